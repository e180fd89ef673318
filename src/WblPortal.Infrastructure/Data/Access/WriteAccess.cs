using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Colleges;
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

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Whether an actor may insert, change or delete a row: each row goes to its aggregate's access file
/// (<c>Data/Access/&lt;Aggregate&gt;Access.cs</c>), which holds the aggregate's read filter beside its write rule.
/// <see cref="WblDbContext"/> checks every changed row on SaveChanges, before and after the change.</summary>
public static class WriteAccess
{
    public static bool CanWrite(this Actor actor, object entity) => actor.IsSystem || entity switch
    {
        College or Specialty or Curator or StudyGroup => CollegeAccess.CanWrite(actor, entity),
        Learner learner => LearnerAccess.CanWrite(actor, learner),
        Employer or EmployerSite => EmployerAccess.CanWrite(actor, entity),
        Mentor or MentorTraining or EnterpriseOrder or EnterpriseOrderLine => MentorAccess.CanWrite(actor, entity),
        Ministry => ReferenceAccess.CanWriteMinistry(actor),
        IGraduateRow graduate => GraduateAccess.CanWrite(actor, graduate),
        WblProgramme or ProgrammeLoad or ProgrammeOutcome or ProgrammeFormContent or ProgrammeHistoryEntry or Competency
            or ProgrammeParticipant or ProgrammeComment => ProgrammeAccess.CanWrite(actor, entity),
        Order or OrderLine => OrderAccess.CanWrite(actor, entity),
        InformationEvent or EventParticipant or EventAttendance => EventAccess.CanWrite(actor, entity),
        TripartiteAgreement or AgreementHistoryEntry => AgreementAccess.CanWrite(actor, entity),
        Placement or PlacementLearner or PlacementHistoryEntry => PlacementAccess.CanWrite(actor, entity),
        Partnership or PartnershipHistoryEntry => PartnershipAccess.CanWrite(actor, entity),
        IDiaryRow row when entity is SafetyInduction or DiaryEntry or DiaryEvidence or MentorNote or MentorReference => DiaryAccess.CanWrite(actor, row),
        Assessment assessment => AssessmentAccess.CanWrite(actor, assessment),
        IssuedDocument document => DocumentAccess.CanWrite(actor, document),
        IssuedDocumentFile file => DocumentAccess.CanWrite(actor, file),
        StoredFile file => StoredFileAccess.CanWrite(actor, file),
        Notification or NotificationRead or NotificationPreference => NotificationAccess.CanWrite(actor, entity),
        AnnualReport or AnnualReportResponse or AnnualReportHistoryEntry => AnnualReportAccess.CanWrite(actor, entity),
        RoadmapMeasure => RoadmapAccess.CanWrite(actor),
        WblPortal.Domain.Privacy.PersonalDataConsent consent => ConsentAccess.CanWrite(actor, consent),
        WblPortal.Domain.Api.ApiClient => ApiClientAccess.CanWrite(actor),
        _ => false,
    };

    /// <summary>A row shared by a college and an employer: the college's staff write their college's; the employer
    /// admin writes rows with its employer.</summary>
    internal static bool WritesShared(Actor actor, ISharedWithEmployer row) =>
        (actor.IsCollegeStaff && row.CollegeId == actor.CollegeId)
        || (actor.Role == Roles.EmployerAdmin && row.SharedEmployerId is not null && row.SharedEmployerId == actor.EmployerId);
}
