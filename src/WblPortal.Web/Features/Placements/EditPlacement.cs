using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Placements;

/// <summary>Create a placement of the actor's college, or change one: dates, number and learners go through the
/// domain (after confirmation they send the placement back to the employer); the programme, form and employer are
/// chosen once, at creation.</summary>
public static class EditPlacement
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public Guid? ProgrammeId { get; set; }
        public int? FormId { get; set; }
        public Guid? EmployerId { get; set; }
        public string? Site { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public int? RequestedCount { get; set; }
        public Guid? CuratorId { get; set; }
        public List<Guid> LearnerIds { get; set; } = [];

        /// <summary>Shown on the form: the status and whether the employer has already confirmed.</summary>
        public PlacementStatus Status { get; set; } = PlacementStatus.Draft;

        /// <summary>What the form offers (filled by <see cref="Handler.LoadChoicesAsync"/>).</summary>
        [BindNever, ValidateNever] public Choices? Options { get; set; }
    }

    /// <summary>What the form offers: approved programmes, active forms (and which need an employer), employers,
    /// curators, and the learners of each group with the long-term placements they are already in.</summary>
    public sealed record Choices(
        IReadOnlyList<(Guid Id, string Text)> Programmes,
        IReadOnlyList<(int Id, string Text, bool NeedsEmployer)> Forms,
        IReadOnlyList<(Guid Id, string Text)> Employers,
        IReadOnlyList<(Guid Id, string Text)> Curators,
        IReadOnlyList<GroupChoice> Groups,
        IReadOnlySet<int> LongTermFormIds);

    public sealed record GroupChoice(Guid Id, string Name, IReadOnlyList<LearnerChoice> Learners);

    /// <summary>A learner the form offers, with the other long-term placements (not declined or cancelled) they are in
    /// from a year ago on: a learner in one that overlaps the chosen dates is shown as such and not ticked.</summary>
    public sealed record LearnerChoice(Guid Id, string Name, IReadOnlyList<Busy> Busy)
    {
        public bool IsBusy(DateOnly? start, DateOnly? end) =>
            start is { } s && end is { } e && e >= s && Busy.Any(b => b.Start <= e && s <= b.End);
    }

    public sealed record Busy(DateOnly Start, DateOnly End, string Form, string? Employer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<PlacementResource> p, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            When(c => c.Id is null, () =>
            {
                RuleFor(c => c.ProgrammeId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                    .MustAsync((id, ct) => db.Programmes.AnyAsync(x => x.Id == id && x.Status == ProgrammeStatus.Approved, ct))
                    .WithMessage(_ => p["Placement_ProgrammeNotApproved"]);
                RuleFor(c => c.FormId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                    .MustAsync((id, ct) => db.WblForms.AnyAsync(f => f.Id == id && f.IsActive, ct))
                    .WithMessage(_ => l["Validation_Required"]);
                RuleFor(c => c.EmployerId)
                    .MustAsync(async (c, id, ct) => id is not null || !await db.WblForms.AnyAsync(f => f.Id == c.FormId && f.NeedsEmployer, ct))
                    .WithMessage(_ => p["Placement_EmployerRequired"])
                    .MustAsync(async (id, ct) => id is null || await db.Employers.AnyAsync(e => e.Id == id, ct))
                    .WithMessage(_ => l["Validation_Required"]);
            });
            RuleFor(c => c.Site).MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.StartDate).NotEmpty().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.EndDate).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .Must((c, end) => c.StartDate is null || end >= c.StartDate).WithMessage(_ => p["Placement_EndBeforeStart"]);
            RuleFor(c => c.RequestedCount).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(1, 500).WithMessage(_ => p["Placement_CountRange"]);
            RuleFor(c => c.CuratorId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.Curators.AnyAsync(x => x.Id == id, ct)).WithMessage(_ => l["Validation_Required"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock,
        IStringLocalizer<WorkflowResource> w, IStringLocalizer<PlacementResource> p)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var command = await db.Placements.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Command
                {
                    Id = p.Id, Version = p.Version, ProgrammeId = p.ProgrammeId, FormId = p.FormId, EmployerId = p.EmployerId, Site = p.Site,
                    StartDate = p.StartDate, EndDate = p.EndDate, RequestedCount = p.RequestedCount, CuratorId = p.CuratorId, Status = p.Status,
                    LearnerIds = p.Learners.Select(l => l.LearnerId).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return command;
        }

        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Options = await ChoicesAsync(command.Id, cancellationToken);

        private async Task<Choices> ChoicesAsync(Guid? editing, CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var programmes = await db.Programmes.AsNoTracking().Where(p => p.Status == ProgrammeStatus.Approved)
                .OrderBy(p => p.SpecialtyCode).ThenByDescending(p => p.AcademicYear)
                .Select(p => new { p.Id, p.SpecialtyCode, p.SpecialtyName, p.AcademicYear }).ToListAsync(cancellationToken);
            var forms = await db.WblForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
            var employers = await db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
            var curators = await db.Curators.AsNoTracking().OrderBy(c => c.FullName).Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken);
            var learners = await db.Learners.AsNoTracking().OrderBy(l => l.Group!.Name).ThenBy(l => l.LastName).ThenBy(l => l.FirstName)
                .Select(l => new { l.Id, l.LastName, l.FirstName, l.Patronymic, l.GroupId, Group = l.Group!.Name }).ToListAsync(cancellationToken);
            var since = clock.BishkekToday().AddYears(-1);
            var busy = (await db.Placements.AsNoTracking()
                    .Where(p => p.IsLongTerm && p.Id != editing && p.EndDate >= since
                                && p.Status != PlacementStatus.Declined && p.Status != PlacementStatus.Cancelled)
                    .SelectMany(p => p.Learners.Select(l => new
                    {
                        l.LearnerId, p.StartDate, p.EndDate, p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn, Employer = p.Employer != null ? p.Employer.Name : null,
                    }))
                    .ToListAsync(cancellationToken))
                .GroupBy(b => b.LearnerId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Busy>)g.OrderBy(b => b.StartDate)
                    .Select(b => new Busy(b.StartDate, b.EndDate, LocalizedName.Pick(b.NameKy, b.NameRu, b.NameEn, culture), b.Employer)).ToList());
            return new Choices(
                programmes.Select(p => (p.Id, $"{p.SpecialtyCode} {p.SpecialtyName} ({AcademicCalendar.Label(p.AcademicYear)})")).ToList(),
                forms.Select(f => (f.Id, LocalizedName.Pick(f.NameKy, f.NameRu, f.NameEn, culture), f.NeedsEmployer)).ToList(),
                employers.Select(e => (e.Id, e.Name)).ToList(),
                curators.Select(c => (c.Id, c.FullName)).ToList(),
                learners.GroupBy(l => (l.GroupId, l.Group))
                    .Select(g => new GroupChoice(g.Key.GroupId, g.Key.Group,
                        g.Select(l => new LearnerChoice(l.Id,
                            string.IsNullOrWhiteSpace(l.Patronymic) ? $"{l.LastName} {l.FirstName}" : $"{l.LastName} {l.FirstName} {l.Patronymic}",
                            busy.GetValueOrDefault(l.Id) ?? [])).ToList()))
                    .ToList(),
                forms.Where(f => f.IsLongTerm).Select(f => f.Id).ToHashSet());
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Placement? placement = null;
            if (command.Id is { } id)
            {
                placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (placement is null)
                {
                    return FeatureResult.NotFound;
                }

                if (placement.Version != command.Version)
                {
                    return FeatureResult.Conflict;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var wanted = command.LearnerIds.Distinct().ToList();
            var current = placement?.Learners.Select(l => l.LearnerId).ToList() ?? [];
            var involved = current.Union(wanted).ToList();
            var learners = await db.Learners.Where(l => involved.Contains(l.Id)).ToListAsync(cancellationToken);
            if (wanted.Any(id => learners.All(l => l.Id != id)))
            {
                return FeatureResult.NotFound; // a learner of another college
            }

            var count = command.RequestedCount!.Value;
            if (wanted.Count > count)
            {
                return FeatureResult.Invalid(nameof(Command.RequestedCount), p["Placement_MoreLearnersThanRequested", wanted.Count, count]);
            }

            var by = WorkflowUser.From(db.Actor);
            var at = clock.GetUtcNow();
            var start = command.StartDate!.Value;
            var end = command.EndDate!.Value;
            var others = await db.OtherLongPlacementsOfAsync(involved, placement?.Id, cancellationToken);
            try
            {
                if (placement is null)
                {
                    var programme = await db.Programmes.SingleAsync(x => x.Id == command.ProgrammeId, cancellationToken);
                    var form = await db.WblForms.SingleAsync(f => f.Id == command.FormId, cancellationToken);
                    placement = Placement.Create(programme, form, form.NeedsEmployer ? command.EmployerId : null, start, end, count,
                        command.CuratorId!.Value, by, at);
                    placement.Site = form.NeedsEmployer ? Trim(command.Site) : null;
                    if (OverlapIn(placement, start, end, wanted, others, learners) is { } clash)
                    {
                        return clash;
                    }

                    foreach (var learner in learners.Where(l => wanted.Contains(l.Id)).OrderBy(l => l.LastName))
                    {
                        placement.AddLearner(learner, others, by, at);
                    }

                    db.Placements.Add(placement);
                }
                else
                {
                    db.ExpectVersion(placement, command.Version);
                    if (placement.RequiresEmployer)
                    {
                        placement.Site = Trim(command.Site);
                    }

                    placement.CuratorId = command.CuratorId!.Value;
                    if (OverlapIn(placement, start, end, wanted, others, learners) is { } clash)
                    {
                        return clash;
                    }

                    foreach (var gone in current.Except(wanted))
                    {
                        placement.RemoveLearner(gone, by, at);
                    }

                    if (start != placement.StartDate || end != placement.EndDate || count != placement.RequestedCount)
                    {
                        placement.ChangeTerms(start, end, count, others, by, at);
                    }

                    foreach (var learner in learners.Where(l => wanted.Contains(l.Id) && !current.Contains(l.Id)).OrderBy(l => l.LastName))
                    {
                        placement.AddLearner(learner, others, by, at);
                    }
                }
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(w, ex.Key switch
                {
                    "Placement_CapacityExceeded" or "Placement_InvalidCount" => nameof(Command.RequestedCount),
                    "Placement_InvalidDates" => nameof(Command.EndDate),
                    "Placement_LearnerOverlap" => nameof(Command.LearnerIds),
                    _ => string.Empty,
                });
            }

            return await db.SaveAsync(() => placement.Id, cancellationToken);
        }

        /// <summary>The overlap rule, checked here first so that the message names the learner (the domain checks it
        /// again on every change).</summary>
        private FeatureResult? OverlapIn(Placement placement, DateOnly start, DateOnly end, IReadOnlyList<Guid> wanted,
            IReadOnlyList<Placement> others, IReadOnlyList<Domain.Learners.Learner> learners)
        {
            if (!placement.IsLongTerm)
            {
                return null;
            }

            var clashing = learners.Where(l => wanted.Contains(l.Id)
                    && others.Any(o => o.IsLongTerm && o.IsActive && o.Overlaps(start, end) && o.Learners.Any(x => x.LearnerId == l.Id)))
                .Select(l => l.FullName).OrderBy(n => n, StringComparer.Create(CultureInfo.CurrentUICulture, false)).ToList();
            return clashing.Count == 0
                ? null
                : FeatureResult.Invalid(nameof(Command.LearnerIds), p["Placement_LearnerOverlapNamed", string.Join(", ", clashing)]);
        }

        private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
