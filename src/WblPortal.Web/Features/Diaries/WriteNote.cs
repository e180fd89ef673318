using FluentValidation;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The mentor's dated note to the college on a learner's adaptation, discipline or behaviour.</summary>
public static class WriteNote
{
    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }
        public DateOnly? Date { get; set; }
        public MentorNoteTopic? Topic { get; set; }
        public string? Text { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Date).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Topic).NotNull().WithMessage(_ => l["Validation_Required"]).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Text).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<DiaryResource> d, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, false, cancellationToken);
            if (workspace is null)
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
                db.MentorNotes.Add(MentorNote.Write(workspace.Learner, workspace.Placement, command.Date!.Value, command.Topic!.Value,
                    command.Text!, by, clock.GetUtcNow()));
                return null;
            }, () => command.PlacementLearnerId, cancellationToken, new Refusals(d));
        }
    }
}
