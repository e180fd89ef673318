using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Common;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Agreements;

/// <summary>One agreement as each party sees it: the three parties, the period and form, the mentor requirements of
/// the programme (where the reader may see the programme), each party's confirmation and the history.</summary>
public static class AgreementDetails
{
    public sealed record Confirmation(DateTimeOffset? At, string? By);

    public sealed record Requirements(EducationLevel? MinEducationLevel, int? MinYearsOfExperience, int? MinSkillGrade,
        bool PedagogicalTrainingRequired, string? Notes);

    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string ToStatus, string? Comment);

    public sealed record View(Guid Id, uint Version, AgreementStatus Status, Guid PlacementId,
        string CollegeKy, string CollegeRu, string? CollegeEn, string CollegeAddress, string CollegeDirector,
        string? EmployerName, string? EmployerAddress, string? EmployerContact, string? Site,
        string LearnerName, DateOnly LearnerBirth, string? LearnerRepresentative,
        string FormKy, string FormRu, string FormEn, DateOnly StartDate, DateOnly EndDate,
        Confirmation College, Confirmation Employer, Confirmation Learner, Confirmation Representative, string? RepresentativeName,
        Guid? ScanFileId, string? CancelReason, Guid ProgrammeId, Guid CuratorId)
    {
        public string CollegeName => LocalizedName.Pick(CollegeKy, CollegeRu, CollegeEn, CultureInfo.CurrentUICulture.Name);

        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public Guid LearnerId { get; init; }

        public string? LearnerPhone { get; init; }

        public string? LearnerEmail { get; init; }

        /// <summary>Law No. 58: an employer (or mentor) reading the agreement without the learner's consent to transfer
        /// their details to the employer gets the name only — no birth date, phone or e-mail (README, "Consent").</summary>
        public bool LearnerDetailsWithheld { get; init; }

        /// <summary>Under 18 today (set by the handler from the portal's clock).</summary>
        public bool LearnerIsMinor { get; init; }

        /// <summary>The learner was a minor when confirming: the agreement waits for the representative's consent even
        /// if the learner has come of age since.</summary>
        public bool NeedsRepresentativeConsent { get; init; }

        /// <summary>The representative's consent is shown (and asked for) for a minor, for an agreement that still needs
        /// it, or wherever it was recorded.</summary>
        public bool ShowsRepresentative => LearnerIsMinor || NeedsRepresentativeConsent || Representative.At is not null;

        public Requirements? MentorRequirements { get; init; }

        public string? CuratorName { get; init; }

        public IReadOnlyList<HistoryRow> History { get; init; } = [];

        /// <summary>The agreement's number in the college's register ("5/2026"), once its document was first printed.</summary>
        public string? RegisterNumber { get; init; }
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock, Consents.LearnerConsents.Handler consents, Documents.DocumentCodes.Handler codes)
    {
        public async Task<View?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var view = await db.Agreements.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new View(a.Id, a.Version, a.Status, a.PlacementId,
                    a.Placement!.College!.NameKy, a.Placement.College.NameRu, a.Placement.College.NameEn, a.Placement.College.Address,
                    a.Placement.College.DirectorName,
                    a.Placement.Employer!.Name, a.Placement.Employer.Address, a.Placement.Employer.ContactPerson, a.Placement.Site,
                    a.Learner!.LastName + " " + a.Learner.FirstName + (a.Learner.Patronymic == null ? "" : " " + a.Learner.Patronymic),
                    a.Learner.DateOfBirth, a.Learner.RepresentativeName,
                    a.Placement.Form!.NameKy, a.Placement.Form.NameRu, a.Placement.Form.NameEn, a.Placement.StartDate, a.Placement.EndDate,
                    new Confirmation(a.CollegeConfirmedAt, a.CollegeConfirmedByName),
                    new Confirmation(a.EmployerConfirmedAt, a.EmployerConfirmedByName),
                    new Confirmation(a.LearnerConfirmedAt, a.LearnerConfirmedByName),
                    new Confirmation(a.RepresentativeConsentAt, a.RepresentativeConsentRecordedByName),
                    a.RepresentativeName, a.ScanFileId, a.CancelReason, a.Placement.ProgrammeId, a.Placement.CuratorId)
                {
                    NeedsRepresentativeConsent = a.NeedsRepresentativeConsent,
                    LearnerId = a.LearnerId,
                    LearnerPhone = a.Learner.Phone,
                    LearnerEmail = a.Learner.Email,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (view is null)
            {
                return null;
            }

            // The programme and the curator are read on their own: a party that may not see them still sees the agreement.
            var requirements = await db.Programmes.AsNoTracking().Where(p => p.Id == view.ProgrammeId)
                .Select(p => new Requirements(p.MentorRequirements.MinEducationLevel, p.MentorRequirements.MinYearsOfExperience,
                    p.MentorRequirements.MinSkillGrade, p.MentorRequirements.PedagogicalTrainingRequired, p.MentorRequirements.Notes))
                .SingleOrDefaultAsync(cancellationToken);
            var curator = await db.Curators.AsNoTracking().Where(c => c.Id == view.CuratorId).Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
            var history = await db.AgreementHistory.AsNoTracking().Where(h => h.AgreementId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.ToStatus, h.Comment))
                .ToListAsync(cancellationToken);
            view = view with
            {
                MentorRequirements = requirements, CuratorName = curator, History = history,
                RegisterNumber = await codes.NumberAsync(Domain.Documents.IssuedDocumentKind.TripartiteAgreement, id, cancellationToken),
                LearnerIsMinor = Domain.Learners.Learner.AgeOn(view.LearnerBirth, clock.BishkekToday()) < 18,
            };
            return db.Actor.EmployerId is not null && !await consents.TransferAllowedAsync(view.LearnerId, cancellationToken)
                ? view with { LearnerBirth = default, LearnerPhone = null, LearnerEmail = null, LearnerDetailsWithheld = true }
                : view;
        }
    }
}
