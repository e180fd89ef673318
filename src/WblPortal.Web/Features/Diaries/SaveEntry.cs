using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>Write a new diary entry (or a correction of an approved one) or change a draft/returned one, with an
/// optional evidence file; the learner's entries start as drafts, the mentor's are submitted at once.</summary>
public static class SaveEntry
{
    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public DateOnly? Date { get; set; }
        public decimal? Hours { get; set; }
        public string? Tasks { get; set; }
        public List<Guid> OutcomeIds { get; set; } = [];
        public Guid? CorrectsEntryId { get; set; }
        public IFormFile? Evidence { get; set; }

        /// <summary>Submit to the mentor right after saving (the learner's "Save and submit").</summary>
        public bool Submit { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<DiaryResource> d, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            // A diary records work done: a day that has not come yet (in Bishkek) cannot have been worked.
            RuleFor(c => c.Date).NotNull().WithMessage(_ => l["Validation_Required"])
                .Must(date => date <= clock.BishkekToday()).WithMessage(_ => d["Entry_DateInFuture"]);
            RuleFor(c => c.Hours).NotNull().WithMessage(_ => l["Validation_Required"])
                .GreaterThan(0).WithMessage(_ => d["Entry_HoursPositive"])
                .LessThanOrEqualTo(DiaryEntry.MaxHoursPerWeek).WithMessage(_ => d["Entry_HoursPositive"]);
            RuleFor(c => c.Tasks).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.Evidence).Must(f => f is null || f.Length <= DiaryEvidence.MaxSize).WithMessage(_ => d["Evidence_TooLarge"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<DiaryResource> d, TimeProvider clock)
    {
        public async Task<Command?> LoadAsync(Guid entryId, CancellationToken cancellationToken) =>
            await db.DiaryEntries.AsNoTracking().Where(e => e.Id == entryId)
                .Select(e => new Command
                {
                    PlacementLearnerId = e.PlacementLearnerId, Id = e.Id, Version = e.Version, Date = e.Date, Hours = e.Hours, Tasks = e.Tasks,
                    OutcomeIds = e.OutcomeIds, CorrectsEntryId = e.CorrectsEntryId,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, true, cancellationToken);
            if (workspace is null)
            {
                return FeatureResult.NotFound;
            }

            var entry = command.Id is { } id ? workspace.Entries.FirstOrDefault(e => e.Id == id) : null;
            if (command.Id is not null && entry is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var outcomes = await db.ProgrammeOutcomes.Where(o => o.ProgrammeId == workspace.Placement.ProgrammeId)
                .Select(o => o.Id).ToListAsync(cancellationToken);
            var content = new DiaryEntryContent(command.Date!.Value, command.Hours!.Value, command.Tasks!, command.OutcomeIds);
            var limits = await db.WorkingTimeLimits.AsNoTracking().ToListAsync(cancellationToken);
            var dateOfBirth = await db.PlacementLearners.AsNoTracking().Where(pl => pl.Id == command.PlacementLearnerId)
                .Select(pl => pl.Learner!.DateOfBirth).SingleAsync(cancellationToken);
            var now = clock.GetUtcNow();
            return await db.SaveAsync(async ct =>
            {
                if (entry is null)
                {
                    entry = DiaryEntry.Write(workspace.Learner, workspace.Placement, workspace.Induction, workspace.Entries, content, outcomes,
                        command.CorrectsEntryId, by, now);
                    // Checked before the entry is added: a refused week saves nothing.
                    WeeklyHours.Check(limits, dateOfBirth, workspace.Entries, entry);
                    db.DiaryEntries.Add(entry);
                }
                else
                {
                    db.ExpectVersion(entry, command.Version);
                    entry.Edit(workspace.Placement, workspace.Induction, workspace.Entries, content, outcomes, by);
                    WeeklyHours.Check(limits, dateOfBirth, workspace.Entries, entry);
                }

                if (command.Evidence is { Length: > 0 } file)
                {
                    using var stream = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(stream, ct);
                    var evidence = DiaryEvidence.Create(workspace.Learner, file.FileName, stream.ToArray(), by, now);
                    db.DiaryEvidence.Add(evidence);
                    entry.AttachEvidence(evidence);
                }

                if (command.Submit && entry.IsEditable)
                {
                    entry.Submit(by, now);
                }

                return null;
            }, () => entry!.Id, cancellationToken, new Refusals(d, key => FieldOf(key)));
        }

        private static string FieldOf(string key) => key switch
        {
            _ when key.StartsWith("Evidence_", StringComparison.Ordinal) => nameof(Command.Evidence),
            "Diary_InvalidHours" or WeeklyHours.RefusalKey => nameof(Command.Hours),
            "Diary_TasksRequired" => nameof(Command.Tasks),
            "Diary_UnknownOutcome" => nameof(Command.OutcomeIds),
            "Diary_BeforeInduction" or "Diary_OutsidePlacement" or "Diary_DayTaken" or "Diary_WeekTaken" or "Diary_WeekLocked" => nameof(Command.Date),
            _ => "",
        };
    }
}
