using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Features.Placements;

namespace WblPortal.Web.Features.Graduates;

/// <summary>Record or update a graduate's employment at one checkpoint (6 or 12 months): by the college's staff for
/// any of its graduates, by a graduate for themself (the tenant filter finds no one else). Every change is kept.</summary>
public static class RecordEmployment
{
    public sealed class Command
    {
        public Guid LearnerId { get; set; }
        public EmploymentCheckpoint Checkpoint { get; set; }

        /// <summary>0 when the checkpoint was not recorded yet when the form was shown.</summary>
        public uint Version { get; set; }

        public EmploymentStatus? Status { get; set; }
        public Guid? WblEmployerId { get; set; }
        public string? EmployerName { get; set; }
        public string? Position { get; set; }
        public string? Note { get; set; }
    }

    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string? FromStatus, string ToStatus, string? Comment);

    /// <summary>The form with what it shows around it: the graduate, the checkpoint's due date and state, who recorded
    /// the current values, the WBL employers to pick from, and the history.</summary>
    public sealed record Form(Command Command, string FullName, string Group, DateOnly? GraduatedOn, DateOnly? DueOn, CheckpointState? State,
        DateOnly? RecordedOn, string? RecordedBy, bool RecordedByGraduate, IReadOnlyList<SelectListItem> WblEmployers, IReadOnlyList<HistoryRow> History);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<GraduateResource> g)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Status).NotNull().WithMessage(_ => g["Graduate_StatusRequired"])
                .IsInEnum().WithMessage(_ => g["Graduate_StatusRequired"]);
            RuleFor(c => c.WblEmployerId).NotNull().When(c => c.Status == EmploymentStatus.AtWblEmployer)
                .WithMessage(_ => g["Graduate_WblEmployerRequired"]);
            RuleFor(c => c.EmployerName).NotEmpty()
                .When(c => c.Status is EmploymentStatus.EmployedInSpecialty or EmploymentStatus.EmployedOutsideSpecialty)
                .WithMessage(_ => g["Graduate_EmployerNameRequired"]);
            RuleFor(c => c.EmployerName).MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.Position).MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Note).MaximumLength(1000).WithMessage(_ => l["Validation_MaxLength", 1000]);
        }
    }

    private static readonly PlacementStatus[] HeldStatuses =
        [PlacementStatus.Confirmed, PlacementStatus.MentorAssigned, PlacementStatus.InProgress, PlacementStatus.Completed, PlacementStatus.Assessed];

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock,
        IStringLocalizer<GraduateResource> g)
    {
        /// <summary>The form for a graduate's checkpoint; null when the learner is not in the actor's scope.</summary>
        public async Task<Form?> LoadAsync(Guid learnerId, EmploymentCheckpoint checkpoint, CancellationToken cancellationToken, Command? posted = null)
        {
            if (!Enum.IsDefined(checkpoint))
            {
                return null;
            }

            var learner = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId)
                .Select(l => new { l.LastName, l.FirstName, l.Patronymic, Group = l.Group!.Name, l.GraduatedOn })
                .SingleOrDefaultAsync(cancellationToken);
            if (learner is null)
            {
                return null;
            }

            var row = await db.GraduateEmployments.AsNoTracking().SingleOrDefaultAsync(e => e.LearnerId == learnerId && e.Checkpoint == checkpoint, cancellationToken);
            var command = posted ?? (row is null
                ? new Command { LearnerId = learnerId, Checkpoint = checkpoint }
                : new Command
                {
                    LearnerId = learnerId, Checkpoint = checkpoint, Version = row.Version, Status = row.Status, WblEmployerId = row.EmployerId,
                    EmployerName = row.EmployerId is null ? row.EmployerName : null, Position = row.Position, Note = row.Note,
                });
            var employers = await WblEmployersQuery(learnerId)
                .Select(e => new SelectListItem(e.Name, e.Id.ToString(), e.Id == command.WblEmployerId))
                .ToListAsync(cancellationToken);
            var history = row is null
                ? []
                : await db.GraduateEmploymentHistory.AsNoTracking().Where(h => h.EmploymentId == row.Id).OrderBy(h => h.At).ThenBy(h => h.Id)
                    .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.FromStatus, h.ToStatus, h.Comment)).ToListAsync(cancellationToken);
            var name = string.IsNullOrWhiteSpace(learner.Patronymic) ? $"{learner.LastName} {learner.FirstName}" : $"{learner.LastName} {learner.FirstName} {learner.Patronymic}";
            DateOnly? due = learner.GraduatedOn is { } on ? GraduateEmployment.DueOn(on, checkpoint) : null;
            CheckpointState? state = learner.GraduatedOn is { } graduated
                ? GraduateEmployment.StateOf(graduated, checkpoint, row is not null, clock.BishkekToday())
                : null;
            return new Form(command, name, learner.Group, learner.GraduatedOn, due, state, row?.RecordedOn, row?.RecordedByName,
                row?.RecordedByGraduate ?? false, employers, history);
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var learner = await db.Learners.SingleOrDefaultAsync(l => l.Id == command.LearnerId, cancellationToken);
            if (learner is null || !Enum.IsDefined(command.Checkpoint))
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var row = await db.GraduateEmployments.SingleOrDefaultAsync(e => e.LearnerId == learner.Id && e.Checkpoint == command.Checkpoint, cancellationToken);
            if (row is null && command.Version != 0)
            {
                return FeatureResult.Conflict;
            }

            var by = WorkflowUser.From(db.Actor);
            var wblEmployers = await WblEmployersQuery(learner.Id).Select(e => e.Id).ToListAsync(cancellationToken);
            var employer = command.Status == EmploymentStatus.AtWblEmployer && command.WblEmployerId is { } employerId && wblEmployers.Contains(employerId)
                ? await db.Employers.SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken)
                : null;
            try
            {
                if (row is null)
                {
                    row = GraduateEmployment.Start(learner, command.Checkpoint, by);
                    db.GraduateEmployments.Add(row);
                }
                else
                {
                    // Someone saved since this form was shown (or recorded the checkpoint first): show them what is there now.
                    if (command.Version == 0)
                    {
                        return FeatureResult.Conflict;
                    }

                    db.ExpectVersion(row, command.Version);
                }

                row.Record(learner, command.Status!.Value, employer, wblEmployers, command.EmployerName, command.Position, command.Note, by,
                    clock.GetUtcNow(), clock.BishkekToday());
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(g, ex.Key switch
                {
                    "Graduate_WblEmployerRequired" => nameof(Command.WblEmployerId),
                    "Graduate_EmployerNameRequired" => nameof(Command.EmployerName),
                    "Graduate_StatusRequired" => nameof(Command.Status),
                    _ => string.Empty,
                });
            }

            return await db.SaveAsync(() => row.Id, cancellationToken,
                // recorded by someone else a moment ago
                saveFailed: ex => ex.IsUniqueViolation() ? FeatureResult.Conflict : null);
        }

        /// <summary>The employers of the learner's placements that were confirmed (and run): "at the WBL employer".</summary>
        private IQueryable<Domain.Employers.Employer> WblEmployersQuery(Guid learnerId) =>
            db.Employers.AsNoTracking()
                .Where(e => db.PlacementLearners.Any(pl => pl.LearnerId == learnerId && pl.Placement!.EmployerId == e.Id
                    && HeldStatuses.Contains(pl.Placement.Status)))
                .OrderBy(e => e.Name);
    }
}
