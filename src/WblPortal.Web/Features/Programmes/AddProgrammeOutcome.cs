using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>Section 5: a learning outcome of a draft programme, linked to competencies of its specialty (a row of the
/// competency matrix).</summary>
public static class AddProgrammeOutcome
{
    public sealed class Command
    {
        public string? Code { get; set; }
        public string? Text { get; set; }
        public List<Guid> CompetencyIds { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<ProgrammeResource> p)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Code).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(20).WithMessage(_ => l["Validation_MaxLength", 20]);
            RuleFor(c => c.Text).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
            RuleFor(c => c.CompetencyIds).NotEmpty().WithMessage(_ => p["Outcome_ChooseCompetency"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow,
        IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.Include(p => p.Outcomes).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var ids = command.CompetencyIds.Distinct().ToList();
            var competencies = await db.Competencies.Where(c => ids.Contains(c.Id) && c.CollegeId == programme.CollegeId).ToListAsync(cancellationToken);
            if (competencies.Count != ids.Count)
            {
                return FeatureResult.Invalid(nameof(Command.CompetencyIds), l["Validation_NotFound"]);
            }

            return await db.SaveAsync(() =>
            {
                programme.AddOutcome(command.Code!.Trim(), command.Text!.Trim(), competencies);
                return null;
            }, () => programme.Id, cancellationToken,
                new Refusals(workflow, key => key == "Programme_OutcomeCodeTaken" ? nameof(Command.Code) : nameof(Command.CompetencyIds)));
        }
    }
}
