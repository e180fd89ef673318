using WblPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Web.Features.Placements;

namespace WblPortal.Web.Features.Appointments;

/// <summary>
/// The employer admin appoints a mentor to a placement's learners by an order of the enterprise head (number, date,
/// head). Candidates who do not meet the programme's requirements on mentors are flagged with the unmet requirements;
/// appointing one needs an explicit acknowledgement, and the gaps are recorded on the placement for the college.
/// A change of mentor is a new order.
/// </summary>
public static class AppointMentor
{
    public sealed record Candidate(Guid Id, string FullName, string Position, MentorRequirementGaps Gaps, int CurrentLearners);

    public sealed record Form(Guid PlacementId, uint Version, PlacementStatus Status, string College, string FormName, DateOnly StartDate,
        DateOnly EndDate, int LearnerCount, MentorRequirements Requirements, Guid? CurrentMentorId, IReadOnlyList<Candidate> Candidates, Command Command);

    public sealed class Command
    {
        public Guid PlacementId { get; set; }
        public uint Version { get; set; }
        public Guid? MentorId { get; set; }
        public bool AcknowledgeGaps { get; set; }
        public string? OrderNumber { get; set; }
        public DateOnly? OrderDate { get; set; }
        public string? HeadName { get; set; }
        public string? HeadPosition { get; set; }
        public string? Basis { get; set; }
    }

    public static readonly PlacementStatus[] AppointableStatuses = [PlacementStatus.Confirmed, PlacementStatus.MentorAssigned, PlacementStatus.InProgress];

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<AppointmentResource> a, IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.MentorId).NotEmpty().WithMessage(_ => a["Appoint_MentorRequired"]);
            EnterpriseOrderRules.Add(this, c => c.OrderNumber, c => c.OrderDate, c => c.HeadName, c => c.HeadPosition, c => c.Basis, a, l, clock);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock,
        IStringLocalizer<AppointmentResource> a, IStringLocalizer<WorkflowResource> w)
    {
        /// <summary>The form for a placement the employer may appoint a mentor to; null when not in scope or without a mentor step.</summary>
        public async Task<Form?> LoadAsync(Guid placementId, Command? posted, CancellationToken cancellationToken)
        {
            var p = await db.Placements.AsNoTracking().Where(x => x.Id == placementId && x.RequiresMentor)
                .Select(x => new
                {
                    x.Id, x.Version, x.Status, x.CollegeId, x.ProgrammeId, x.MentorId, x.StartDate, x.EndDate, LearnerCount = x.Learners.Count,
                    x.College!.NameKy, x.College.NameRu, x.College.NameEn, FormKy = x.Form!.NameKy, FormRu = x.Form.NameRu, FormEn = x.Form.NameEn,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (p is null)
            {
                return null;
            }

            var requirements = await RequirementsAsync(p.CollegeId, p.ProgrammeId, cancellationToken);
            var mentors = await db.Mentors.AsNoTracking().OrderBy(m => m.FullName).ToListAsync(cancellationToken);
            var load = await CurrentLearners.OfMentors(db).ToDictionaryAsync(x => x.MentorId, x => x.Count, cancellationToken);
            var candidates = mentors.Select(m => new Candidate(m.Id, m.FullName, m.Position, requirements.GapsOf(m), load.GetValueOrDefault(m.Id))).ToList();

            var command = posted ?? await DefaultsAsync(cancellationToken);
            command.PlacementId = p.Id;
            command.Version = posted?.Version ?? p.Version;
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            return new Form(p.Id, p.Version, p.Status, Domain.Common.LocalizedName.Pick(p.NameKy, p.NameRu, p.NameEn, culture),
                Domain.Common.LocalizedName.Pick(p.FormKy, p.FormRu, p.FormEn, culture), p.StartDate, p.EndDate, p.LearnerCount, requirements,
                p.MentorId, candidates, command);
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == command.PlacementId, cancellationToken);
            if (placement is null || !placement.RequiresMentor)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (placement.Version != command.Version)
            {
                return FeatureResult.Conflict;
            }

            db.ExpectVersion(placement, command.Version);
            var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == command.MentorId, cancellationToken);
            if (mentor is null)
            {
                return FeatureResult.Invalid(nameof(Command.MentorId), a["Appoint_MentorRequired"]);
            }

            var number = command.OrderNumber!.Trim();
            var date = command.OrderDate!.Value;
            if (await db.EnterpriseOrders.AnyAsync(o => o.Year == date.Year && o.Number == number, cancellationToken))
            {
                return FeatureResult.Invalid(nameof(Command.OrderNumber), a["Order_NumberTaken", date.Year]);
            }

            var requirements = await RequirementsAsync(placement.CollegeId, placement.ProgrammeId, cancellationToken);
            var by = WorkflowUser.From(db.Actor);
            var at = clock.GetUtcNow();
            EnterpriseOrder order;
            try
            {
                placement.AssignMentor(mentor, requirements, by, at, command.AcknowledgeGaps);
                // Assessments already started on the placement go on with the new mentor.
                foreach (var assessment in await db.Assessments.Where(x => x.PlacementId == placement.Id).ToListAsync(cancellationToken))
                {
                    assessment.HandOverToMentor(mentor.Id, by, at);
                }

                var rows = await db.PlacementLearners.AsNoTracking().Where(l => l.PlacementId == placement.Id)
                    .OrderBy(l => l.Learner!.LastName).ThenBy(l => l.Learner!.FirstName)
                    .Select(l => new
                    {
                        l.LearnerId, l.GroupId,
                        Name = l.Learner!.LastName + " " + l.Learner.FirstName + (l.Learner.Patronymic == null ? "" : " " + l.Learner.Patronymic),
                    })
                    .ToListAsync(cancellationToken);
                var groups = await GroupNamesAsync(placement.CollegeId, rows.Select(r => r.GroupId).Distinct().ToList(), cancellationToken);
                var learners = rows.Select(r => new EnterpriseOrderLearner(r.LearnerId, r.Name, groups.GetValueOrDefault(r.GroupId, ""))).ToList();
                var names = await db.Placements.AsNoTracking().Where(p => p.Id == placement.Id)
                    .Select(p => new { College = p.College!.NameKy, Form = p.Form!.NameKy }).SingleAsync(cancellationToken);
                order = EnterpriseOrder.Appointing(placement, mentor, learners, names.College, names.Form, number, date, command.HeadName!,
                    command.HeadPosition!, command.Basis, by, at);
            }
            catch (WorkflowException ex)
            {
                return ex.Key.StartsWith("Appointment_", StringComparison.Ordinal) || ex.Key.StartsWith("EnterpriseOrder_", StringComparison.Ordinal)
                    ? ex.ToResult(a, ex.Key == "Appointment_GapsNotAcknowledged" ? nameof(Command.AcknowledgeGaps) : string.Empty)
                    : ex.ToResult(w);
            }

            db.EnterpriseOrders.Add(order);
            return await db.SaveAsync(() => order.Id, cancellationToken,
                // Two admins racing for the same number: the unique index (employer, year, number) refuses the second.
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.OrderNumber), a["Order_NumberTaken", date.Year]) : null);
        }

        /// <summary>The names of the learners' groups, which the order lists. Groups are the college's records; the
        /// learner rows were found through the employer's filter, so only the names of their groups are read, by name
        /// of the filter.</summary>
        private Task<Dictionary<Guid, string>> GroupNamesAsync(Guid collegeId, List<Guid> groupIds, CancellationToken cancellationToken) =>
            db.StudyGroups.ReadThroughCollege(collegeId).Where(g => groupIds.Contains(g.Id))
                .ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);

        /// <summary>The programme's requirements on mentors. The placement was found through the employer's filter;
        /// the programme itself is the college's (an employer reads it only when invited to discuss it), so only its
        /// requirements on mentors — addressed to the employer — are read, by name of the filter.</summary>
        private async Task<MentorRequirements> RequirementsAsync(Guid collegeId, Guid programmeId, CancellationToken cancellationToken) =>
            await db.Programmes.ReadThroughCollege(collegeId).Where(p => p.Id == programmeId)
                .Select(p => p.MentorRequirements).SingleOrDefaultAsync(cancellationToken) ?? new MentorRequirements();

        /// <summary>Today, and the head as on the employer's last order (or its contact person).</summary>
        private async Task<Command> DefaultsAsync(CancellationToken cancellationToken)
        {
            var last = await db.EnterpriseOrders.AsNoTracking().OrderByDescending(o => o.OrderDate).ThenByDescending(o => o.CreatedAt)
                .Select(o => new { o.HeadName, o.HeadPosition }).FirstOrDefaultAsync(cancellationToken);
            var contact = last is null ? await db.Employers.AsNoTracking().Where(e => e.Id == db.Actor.EmployerId).Select(e => e.ContactPerson)
                .SingleOrDefaultAsync(cancellationToken) : null;
            return new Command
            {
                OrderDate = BishkekTime.Today(clock),
                HeadName = last?.HeadName ?? contact,
                HeadPosition = last?.HeadPosition ?? a["Appoint_DefaultHeadPosition"],
            };
        }
    }
}

/// <summary>The learners each mentor accompanies now: in placements with the mentor assigned or in progress.</summary>
public static class CurrentLearners
{
    public sealed record MentorLoad(Guid MentorId, int Count);

    public static IQueryable<MentorLoad> OfMentors(WblDbContext db) =>
        db.PlacementLearners.AsNoTracking()
            .Where(l => l.MentorId != null && (l.Placement!.Status == PlacementStatus.MentorAssigned || l.Placement.Status == PlacementStatus.InProgress))
            .GroupBy(l => l.MentorId!.Value)
            .Select(g => new MentorLoad(g.Key, g.Count()));
}
