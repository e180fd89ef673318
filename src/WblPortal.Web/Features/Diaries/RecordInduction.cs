using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The employer admin or the mentor records (or corrects, until the learner acknowledges it) a learner's
/// safety induction.</summary>
public static class RecordInduction
{
    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }
        public uint Version { get; set; }
        public bool Charter { get; set; }
        public bool InternalRules { get; set; }
        public bool Sanitary { get; set; }
        public bool FireSafety { get; set; }
        public bool LabourProtection { get; set; }
        public DateOnly? Date { get; set; }
        public string? ConductedByName { get; set; }
        public string? ConductedByPosition { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<DiaryResource> d)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Date).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.ConductedByName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.ConductedByPosition).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Charter).Must((c, _) => c.Charter || c.InternalRules || c.Sanitary || c.FireSafety || c.LabourProtection)
                .WithMessage(_ => d["Induction_NoTopics"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<DiaryResource> d, TimeProvider clock)
    {
        public async Task<Command?> LoadAsync(Guid placementLearnerId, CancellationToken cancellationToken)
        {
            if (!await db.PlacementLearners.AnyAsync(pl => pl.Id == placementLearnerId, cancellationToken))
            {
                return null;
            }

            return await db.SafetyInductions.AsNoTracking().Where(i => i.PlacementLearnerId == placementLearnerId)
                .Select(i => new Command
                {
                    PlacementLearnerId = placementLearnerId, Version = i.Version, Charter = i.Charter, InternalRules = i.InternalRules,
                    Sanitary = i.Sanitary, FireSafety = i.FireSafety, LabourProtection = i.LabourProtection, Date = i.Date,
                    ConductedByName = i.ConductedByName, ConductedByPosition = i.ConductedByPosition,
                })
                .SingleOrDefaultAsync(cancellationToken) ?? new Command { PlacementLearnerId = placementLearnerId };
        }

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

            var topics = new InductionTopics(command.Charter, command.InternalRules, command.Sanitary, command.FireSafety, command.LabourProtection);
            var now = clock.GetUtcNow();
            return await db.SaveAsync(async ct =>
            {
                if (workspace.Induction is { } induction)
                {
                    db.ExpectVersion(induction, command.Version);
                    var firstEntry = await db.DiaryEntries.Where(e => e.PlacementLearnerId == command.PlacementLearnerId)
                        .MinAsync(e => (DateOnly?)e.Date, ct);
                    induction.Change(workspace.Placement, topics, command.Date!.Value, command.ConductedByName!, command.ConductedByPosition!,
                        firstEntry, by, now);
                }
                else
                {
                    db.SafetyInductions.Add(SafetyInduction.Record(workspace.Learner, workspace.Placement, topics, command.Date!.Value,
                        command.ConductedByName!, command.ConductedByPosition!, by, now));
                }

                return null;
            }, () => command.PlacementLearnerId, cancellationToken,
                new Refusals(d, key => key is "Induction_DateAfterPlacement" or "Induction_AfterEntries" ? nameof(Command.Date) : ""),
                // Recorded by someone else meanwhile (one induction per learner and placement).
                saveFailed: _ => workspace.Induction is null ? FeatureResult.Conflict : null);
        }
    }
}
