using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>Section 4: the hours of one WBL form in one semester of a draft programme (a second entry for the same form
/// and semester replaces the first).</summary>
public static class SetProgrammeLoad
{
    public sealed class Command
    {
        public int? FormId { get; set; }
        public int? Semester { get; set; }
        public int? Hours { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.FormId).NotNull().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.WblForms.AnyAsync(f => f.Id == id && f.IsActive, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.Semester).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(1, 12).WithMessage(_ => l["Validation_Range", 1, 12]);
            RuleFor(c => c.Hours).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(1, 5000).WithMessage(_ => l["Validation_Range", 1, 5000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.Include(p => p.Loads).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            return await db.SaveAsync(() =>
            {
                programme.SetLoad(command.FormId!.Value, command.Semester!.Value, command.Hours!.Value);
                return null;
            }, () => programme.Id, cancellationToken, new Refusals(workflow));
        }
    }
}
