using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Graduates;

/// <summary>The two follow-ups of a graduate's employment: 6 and 12 months after graduation.</summary>
public enum EmploymentCheckpoint
{
    SixMonths = 6,
    TwelveMonths = 12,
}

public enum EmploymentStatus
{
    AtWblEmployer = 1,
    EmployedInSpecialty = 2,
    EmployedOutsideSpecialty = 3,
    Studying = 4,
    NotEmployed = 5,
    Unknown = 6,
}

/// <summary>Where a checkpoint stands: not yet due, due (its month), overdue (not recorded a month after), or recorded.</summary>
public enum CheckpointState
{
    Upcoming = 1,
    Due = 2,
    Overdue = 3,
    Recorded = 4,
}

/// <summary>Rows of a graduate's record: the college's, and the graduate's own (a graduate updates their employment).</summary>
public interface IGraduateRow : ICollegeOwned
{
    Guid LearnerId { get; }
}

/// <summary>
/// A graduate's employment at one checkpoint (6 or 12 months after graduation): entered by the college's staff and
/// updatable by the graduate; every change is kept in <see cref="History"/> (who, when, what).
/// </summary>
public class GraduateEmployment : Entity, IGraduateRow
{
    public Guid CollegeId { get; set; }
    public Guid LearnerId { get; private set; }
    public Learner? Learner { get; set; }
    public EmploymentCheckpoint Checkpoint { get; private set; }
    public EmploymentStatus Status { get; private set; }

    /// <summary>Set when the graduate works at an employer of their own WBL placements.</summary>
    public Guid? EmployerId { get; private set; }
    public Employer? Employer { get; set; }

    /// <summary>The employer's (or the place of study's) name as entered; the WBL employer's name when picked.</summary>
    public string? EmployerName { get; private set; }
    public string? Position { get; private set; }
    public string? Note { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";

    /// <summary>Whether the graduate (not the college) recorded the current values.</summary>
    public bool RecordedByGraduate { get; private set; }

    public List<GraduateEmploymentHistoryEntry> History { get; set; } = [];

    /// <summary>When a checkpoint falls due for a graduation date.</summary>
    public static DateOnly DueOn(DateOnly graduatedOn, EmploymentCheckpoint checkpoint) => graduatedOn.AddMonths((int)checkpoint);

    /// <summary>Not recorded and before the due date: upcoming; within a month after it: due; later: overdue.</summary>
    public static CheckpointState StateOf(DateOnly graduatedOn, EmploymentCheckpoint checkpoint, bool recorded, DateOnly today)
    {
        if (recorded)
        {
            return CheckpointState.Recorded;
        }

        var due = DueOn(graduatedOn, checkpoint);
        return today < due ? CheckpointState.Upcoming : today < due.AddMonths(1) ? CheckpointState.Due : CheckpointState.Overdue;
    }

    /// <summary>The first record of a checkpoint for a graduate.</summary>
    public static GraduateEmployment Start(Learner graduate, EmploymentCheckpoint checkpoint, WorkflowUser by)
    {
        RequireAllowed(graduate, by);
        Guard.That(Enum.IsDefined(checkpoint), "Graduate_InvalidCheckpoint");
        return new GraduateEmployment { CollegeId = graduate.CollegeId, LearnerId = graduate.Id, Checkpoint = checkpoint, Status = EmploymentStatus.Unknown };
    }

    /// <summary>Records the status. "At the WBL employer" takes one of <paramref name="wblEmployers"/> (the employers of
    /// the graduate's placements, loaded by the caller); employment elsewhere needs the employer's name.</summary>
    public void Record(Learner graduate, EmploymentStatus status, Employer? wblEmployer, IReadOnlyCollection<Guid> wblEmployers, string? employerName,
        string? position, string? note, WorkflowUser by, DateTimeOffset at, DateOnly today)
    {
        Guard.That(graduate.Id == LearnerId, "Graduate_NotFound");
        RequireAllowed(graduate, by);
        Guard.That(Enum.IsDefined(status), "Graduate_StatusRequired");
        var name = string.IsNullOrWhiteSpace(employerName) ? null : employerName.Trim();
        if (status == EmploymentStatus.AtWblEmployer)
        {
            Guard.That(wblEmployer is not null && wblEmployers.Contains(wblEmployer.Id), "Graduate_WblEmployerRequired");
            name = wblEmployer!.Name;
        }
        else if (status is EmploymentStatus.EmployedInSpecialty or EmploymentStatus.EmployedOutsideSpecialty)
        {
            Guard.That(name is not null, "Graduate_EmployerNameRequired");
        }

        var from = RecordedOn == default ? (EmploymentStatus?)null : Status;
        Status = status;
        EmployerId = status == EmploymentStatus.AtWblEmployer ? wblEmployer!.Id : null;
        EmployerName = name;
        Position = status is EmploymentStatus.AtWblEmployer or EmploymentStatus.EmployedInSpecialty or EmploymentStatus.EmployedOutsideSpecialty
            ? Trimmed(position) : null;
        Note = Trimmed(note);
        RecordedOn = today;
        RecordedByUserId = by.UserId;
        RecordedByName = by.Name;
        RecordedByGraduate = by.IsLearner;
        var summary = string.Join(", ", new[] { EmployerName, Position, Note }.Where(s => s is not null));
        History.Add(new GraduateEmploymentHistoryEntry { EmploymentId = Id, CollegeId = CollegeId, LearnerId = LearnerId }
            .Describing(from is null ? "Record" : "Update", from, status, by, at, summary.Length == 0 ? null : summary));
    }

    /// <summary>The college's staff, or the graduate themself; only after graduation.</summary>
    private static void RequireAllowed(Learner graduate, WorkflowUser by)
    {
        by.Require(by.IsCollegeStaff || by.IsLearner, "Graduate_CollegeOrGraduateOnly");
        Guard.That(graduate.GraduatedOn is not null, "Graduate_NotGraduated");
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public class GraduateEmploymentHistoryEntry : WorkflowHistoryEntry, IGraduateRow
{
    public Guid EmploymentId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid LearnerId { get; set; }
}
