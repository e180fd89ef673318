namespace WblPortal.Domain.Privacy;

/// <summary>What of a learner's personal data someone looked at or took away.</summary>
public enum PersonalDataView
{
    LearnerPage = 1,
    LearnerRecord = 2,
    RecordExport = 3,
    Certificate = 4,
    Diary = 5,
    DiaryPdf = 6,
    LearnerListExport = 7,
}

/// <summary>One view or export of a learner's personal data by someone other than the learner (Law No. 58: the
/// person may learn who processed their data). Append-only, written with one INSERT per view and never read back by
/// the request that writes it. A list export names no single learner: <see cref="LearnerId"/> is null and
/// <see cref="Learners"/> says how many rows left.</summary>
public class PersonalDataAccess
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? LearnerId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The viewer's name as it was at the time (the learner reads it; the user may later be deleted).</summary>
    public string? UserName { get; set; }

    public string? Role { get; set; }
    public Guid? OrganizationId { get; set; }
    public PersonalDataView What { get; set; }
    public int Learners { get; set; } = 1;
}
