using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>An invited employer's admin comments on a programme under discussion; the college is notified.</summary>
public static class CommentOnProgramme
{
    public sealed class Command
    {
        public string? Text { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Text).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow,
        TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken)
        {
            // The filter shows an employer only the programmes it is invited to, once under discussion or approved.
            var programme = await db.Programmes.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
            if (programme is null || db.Actor.EmployerId is not { } employerId)
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
                db.ProgrammeComments.Add(programme.AddEmployerComment(employerId, command.Text!, WorkflowUser.From(db.Actor), clock.GetUtcNow()));
                return null;
            }, () => programme.Id, cancellationToken, new Refusals(workflow, _ => nameof(Command.Text)));
        }
    }
}
