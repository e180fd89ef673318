using WblPortal.Domain.Agreements;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Files;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Access;

/// <summary>Who acts in a request: the user, their role and organization. Every read and write is scoped by it.</summary>
public sealed record Actor(
    string? UserId,
    string? Role,
    OrganizationKind? OrganizationKind,
    Guid? OrganizationId,
    Guid? MentorId = null,
    Guid? LearnerId = null)
{
    /// <summary>Not signed in: sees no scoped row.</summary>
    public static readonly Actor Anonymous = new(null, null, null, null);

    /// <summary>The portal itself (migrations, demo seed, background jobs): unscoped.</summary>
    public static readonly Actor System = new("system", "System", null, null);

    public bool IsSystem => ReferenceEquals(this, System) || Role == "System";

    public bool IsAuthenticated => UserId is not null;

    /// <summary>Platform admins and the ministry read every row; only the platform admin and the system write widely.</summary>
    public bool ReadsAll => IsSystem || Role is Roles.PlatformAdmin or Roles.MinistryAnalyst;

    public Guid? CollegeId => OrganizationKind == Access.OrganizationKind.College ? OrganizationId : null;

    public Guid? EmployerId => OrganizationKind == Access.OrganizationKind.Employer ? OrganizationId : null;

    public bool IsCollegeStaff => Role is Roles.CollegeAdmin or Roles.CollegeStaff;

    /// <summary>Reference data (regions, NQF levels and their minimum WBL shares, the forms catalogue).</summary>
    public bool WritesReferenceData => IsSystem || Role == Roles.PlatformAdmin;

    /// <summary>Whether this actor may insert, change or delete the given row (checked on every SaveChanges).</summary>
    public bool CanWrite(object entity) => entity switch
    {
        _ when IsSystem => true,
        // The ministry reads everywhere and writes only its review of annual reports (accept / return: the domain
        // refuses any other step to it), the roadmap's status, and the notifications those steps raise.
        AnnualReport or AnnualReportHistoryEntry or RoadmapMeasure when Role == Roles.MinistryAnalyst => true,
        Notification n when Role == Roles.MinistryAnalyst => n.SenderOrganizationId == OrganizationId && n.RecipientCollegeId is not null,
        NotificationRead r when Role == Roles.MinistryAnalyst => r.UserId == UserId,
        _ when Role == Roles.MinistryAnalyst => false,
        AnnualReport or AnnualReportHistoryEntry { EmployerId: null } when IsCollegeStaff => ((ICollegeOwned)entity).CollegeId == CollegeId,
        AnnualReportHistoryEntry h when Role == Roles.EmployerAdmin => h.EmployerId is not null && h.EmployerId == EmployerId,
        AnnualReportResponse r => WritesShared(r),
        College or Employer or Ministry when Role == Roles.PlatformAdmin => true,
        College college => Role == Roles.CollegeAdmin && college.Id == CollegeId,
        Learner or Specialty or StudyGroup or Curator when Role is Roles.CollegeAdmin or Roles.CollegeStaff =>
            ((ICollegeOwned)entity).CollegeId == CollegeId,
        Employer employer => Role == Roles.EmployerAdmin && employer.Id == EmployerId,
        Mentor mentor => Role == Roles.EmployerAdmin && mentor.EmployerId == EmployerId,
        EmployerSite site => Role == Roles.EmployerAdmin && site.EmployerId == EmployerId,

        // A graduate's employment: the college's staff, or the graduate themself.
        IGraduateRow g => g.CollegeId == CollegeId && (IsCollegeStaff || (Role == Roles.Learner && g.LearnerId == LearnerId)),

        // The mentor registry and the enterprise head's orders appointing mentors: the employer admin's alone.
        MentorTraining or EnterpriseOrder or EnterpriseOrderLine => Role == Roles.EmployerAdmin && ((IEmployerOwned)entity).EmployerId == EmployerId,

        // The college's own workflow rows (programmes and their sections, orders, events).
        WblProgramme or ProgrammeLoad or ProgrammeOutcome or ProgrammeFormContent or ProgrammeHistoryEntry or Competency
            or Order or OrderLine or InformationEvent or EventAttendance when IsCollegeStaff =>
            ((ICollegeOwned)entity).CollegeId == CollegeId,

        // Rows shared by a college and an employer: the college writes its own; the employer admin writes rows with
        // its employer (which fields it may change is decided by the domain methods). Participation rows are the
        // college's alone.
        ProgrammeParticipant or EventParticipant => IsCollegeStaff && ((ICollegeOwned)entity).CollegeId == CollegeId,
        TripartiteAgreement agreement when Role == Roles.Learner => agreement.LearnerId == LearnerId,
        AgreementHistoryEntry entry when Role == Roles.Learner => entry.LearnerId == LearnerId,
        ProgrammeComment or Placement or PlacementLearner or PlacementHistoryEntry or Partnership or PartnershipHistoryEntry
            or TripartiteAgreement or AgreementHistoryEntry => WritesShared((ISharedWithEmployer)entity),

        // The diary workspace (Diaries/*): rows are loaded through the filtered context, so the ids here only keep each
        // party to its own organization and learner.
        IDiaryRow row when entity is SafetyInduction or DiaryEntry or DiaryEvidence or MentorNote => WritesDiary(row),
        // Joint assessments: the college's staff (curator side), the placement's mentor, the learner (acknowledgement);
        // the employer admin only hands an open one over to the placement's new mentor (Assessment.HandOverToMentor).
        Assessment a => (IsCollegeStaff && a.CollegeId == CollegeId)
            || (Role == Roles.Mentor && a.MentorId is not null && a.MentorId == MentorId && a.EmployerId == EmployerId)
            || (Role == Roles.EmployerAdmin && a.EmployerId is not null && a.EmployerId == EmployerId)
            || (Role == Roles.Learner && a.LearnerId == LearnerId && a.CollegeId == CollegeId),

        // A verification code is recorded on the first download by whoever may read the document (checked by the
        // caller through the filtered context): the college's staff and learners, the document's employer, or the
        // mentor printing a diary they keep or the order appointing them.
        IssuedDocument d => MayRecordIssued(d.IssuerOrganizationId, d.EmployerId, d.Kind),

        // The issued PDF is stored on the first print after issue by the same parties.
        IssuedDocumentFile f => MayRecordIssued(f.IssuerOrganizationId, f.EmployerId, f.Kind),

        StoredFile file => (IsCollegeStaff && file.CollegeId is not null && file.CollegeId == CollegeId)
            || (Role == Roles.EmployerAdmin && file.EmployerId is not null && file.EmployerId == EmployerId),

        // Raised by a workflow step of the writer's organization; each user marks their own reading.
        Notification n => IsAuthenticated && n.SenderOrganizationId is not null && n.SenderOrganizationId == OrganizationId,
        NotificationRead r => IsAuthenticated && r.UserId == UserId,
        _ => false,
    };

    /// <summary>The learner writes their own entries and acknowledges their induction; the mentor writes for the
    /// learners of their employer they can see; the employer admin records inductions; the college countersigns.</summary>
    private bool WritesDiary(IDiaryRow row) => Role switch
    {
        Roles.Learner => row.LearnerId == LearnerId && row is not MentorNote,
        Roles.Mentor => MentorId is not null && row.SharedEmployerId is not null && row.SharedEmployerId == EmployerId,
        Roles.EmployerAdmin => row is SafetyInduction && row.SharedEmployerId is not null && row.SharedEmployerId == EmployerId,
        _ => IsCollegeStaff && row is DiaryEntry && row.CollegeId == CollegeId,
    };

    private bool WritesShared(ISharedWithEmployer row) =>
        (IsCollegeStaff && row.CollegeId == CollegeId)
        || (Role == Roles.EmployerAdmin && row.SharedEmployerId is not null && row.SharedEmployerId == EmployerId);

    private bool MayRecordIssued(Guid issuerOrganizationId, Guid? employerId, IssuedDocumentKind kind) =>
        (issuerOrganizationId == CollegeId && (IsCollegeStaff || Role == Roles.Learner))
        || (Role == Roles.EmployerAdmin && employerId is not null && employerId == EmployerId)
        || (Role == Roles.Mentor && kind is IssuedDocumentKind.LearnerDiary or IssuedDocumentKind.EnterpriseOrder
            && employerId is not null && employerId == EmployerId);
}
