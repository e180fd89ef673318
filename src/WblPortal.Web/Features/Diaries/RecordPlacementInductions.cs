using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The employer admin or the mentor records one safety induction (date, topics, who conducted it) for several
/// or all learners of one placement at once, as the paper register is signed by the group. Each learner goes through
/// the single induction's rules; one refused → nothing saved, and the message names the learner.</summary>
public static class RecordPlacementInductions
{
    public sealed class Command
    {
        public Guid PlacementId { get; set; }
        public List<Guid> PlacementLearnerIds { get; set; } = [];
        public bool Charter { get; set; }
        public bool InternalRules { get; set; }
        public bool Sanitary { get; set; }
        public bool FireSafety { get; set; }
        public bool LabourProtection { get; set; }
        public DateOnly? Date { get; set; }
        public string? ConductedByName { get; set; }
        public string? ConductedByPosition { get; set; }

        /// <summary>The placement's learners in the actor's scope, to tick.</summary>
        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        [Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
        public IReadOnlyList<(Guid Id, string Name, bool HasInduction)> Learners { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<DiaryResource> d)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.PlacementLearnerIds).NotEmpty().WithMessage(_ => d["Induction_NoLearnersTicked"]);
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
        /// <summary>The placement's learners in scope (none → not found).</summary>
        public async Task<bool> LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            var rows = await db.PlacementLearners.AsNoTracking().Where(pl => pl.PlacementId == command.PlacementId)
                .OrderBy(pl => pl.Learner!.LastName).ThenBy(pl => pl.Learner!.FirstName)
                .Select(pl => new { pl.Id, pl.Learner!.LastName, pl.Learner.FirstName, Has = db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id) })
                .ToListAsync(cancellationToken);
            command.Learners = rows.Select(r => (r.Id, $"{r.LastName} {r.FirstName}", r.Has)).ToList();
            return rows.Count > 0;
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var ids = command.PlacementLearnerIds.Distinct().ToList();
            var workspaces = new List<DiaryWorkspace>();
            foreach (var id in ids)
            {
                var workspace = await DiaryWorkspace.LoadAsync(db, id, false, cancellationToken);
                if (workspace is null || workspace.Placement.Id != command.PlacementId)
                {
                    return FeatureResult.NotFound;
                }

                workspaces.Add(workspace);
            }

            if (!await db.PlacementLearners.AnyAsync(pl => pl.PlacementId == command.PlacementId, cancellationToken))
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var by = WorkflowUser.From(db.Actor);
            var topics = new InductionTopics(command.Charter, command.InternalRules, command.Sanitary, command.FireSafety, command.LabourProtection);
            var now = clock.GetUtcNow();
            var names = await db.PlacementLearners.AsNoTracking().Where(pl => ids.Contains(pl.Id))
                .Select(pl => new { pl.Id, Name = pl.Learner!.LastName + " " + pl.Learner.FirstName }).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
            // Each learner's first diary day (a changed induction may not move after it), in one query for the group.
            var firstEntries = await db.DiaryEntries.AsNoTracking().Where(e => ids.Contains(e.PlacementLearnerId))
                .GroupBy(e => e.PlacementLearnerId).Select(g => new { g.Key, First = g.Min(e => e.Date) })
                .ToDictionaryAsync(x => x.Key, x => x.First, cancellationToken);
            return await db.SaveAsync(() =>
            {
                foreach (var w in workspaces)
                {
                    try
                    {
                        if (w.Induction is { } induction)
                        {
                            induction.Change(w.Placement, topics, command.Date!.Value, command.ConductedByName!, command.ConductedByPosition!,
                                firstEntries.TryGetValue(w.Learner.Id, out var first) ? first : null, by, now);
                        }
                        else
                        {
                            db.SafetyInductions.Add(SafetyInduction.Record(w.Learner, w.Placement, topics, command.Date!.Value,
                                command.ConductedByName!, command.ConductedByPosition!, by, now));
                        }
                    }
                    catch (WorkflowException refused)
                    {
                        return FeatureResult.Invalid("", d["Induction_BulkRefused", names[w.Learner.Id], d[refused.Key, [.. refused.Arguments]].Value]);
                    }
                }

                return null;
            }, () => command.PlacementId, cancellationToken, new Refusals(d),
                saveFailed: _ => FeatureResult.Conflict); // recorded by someone else meanwhile
        }
    }
}
