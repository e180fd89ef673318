using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

/// <summary>The safety induction (коопсуздук техникасы боюнча нускама) of one learner at the workplace: the topics
/// covered, when and by whom. Recorded by the employer admin or the mentor, acknowledged by the learner; no diary
/// entry before it.</summary>
public class SafetyInduction : Entity, IDiaryRow, IDiaryRowIds
{
    public Guid PlacementLearnerId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid LearnerId { get; set; }

    public bool Charter { get; private set; }
    public bool InternalRules { get; private set; }
    public bool Sanitary { get; private set; }
    public bool FireSafety { get; private set; }
    public bool LabourProtection { get; private set; }

    public DateOnly Date { get; private set; }
    public string ConductedByName { get; private set; } = "";
    public string ConductedByPosition { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public static SafetyInduction Record(PlacementLearner learner, Placement placement, InductionTopics topics, DateOnly date,
        string conductedByName, string conductedByPosition, WorkflowUser by, DateTimeOffset at)
    {
        var induction = new SafetyInduction();
        DiaryRules.CopyIds(induction, learner);
        induction.Change(placement, topics, date, conductedByName, conductedByPosition, null, by, at);
        return induction;
    }

    /// <summary>Corrected before the learner acknowledges it; the date may not move after the first diary entry.</summary>
    public void Change(Placement placement, InductionTopics topics, DateOnly date, string conductedByName, string conductedByPosition,
        DateOnly? firstEntryDate, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin || by.IsMentor(), "Induction_EmployerOnly");
        DiaryRules.RequireWorkplace(placement);
        Guard.That(AcknowledgedAt is null, "Induction_AlreadyAcknowledged");
        Guard.That(topics.Any, "Induction_NoTopics");
        Guard.That(date <= placement.EndDate, "Induction_DateAfterPlacement");
        Guard.That(firstEntryDate is null || date <= firstEntryDate, "Induction_AfterEntries");
        (Charter, InternalRules, Sanitary, FireSafety, LabourProtection) =
            (topics.Charter, topics.InternalRules, topics.Sanitary, topics.FireSafety, topics.LabourProtection);
        Date = date;
        ConductedByName = Guard.Text(conductedByName, "Induction_ConductedByRequired");
        ConductedByPosition = Guard.Text(conductedByPosition, "Induction_ConductedByRequired");
        RecordedByName = by.Name;
        RecordedAt = at;
    }

    /// <summary>The learner confirms in their area that the induction took place (once).</summary>
    public void Acknowledge(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsLearner, "Induction_LearnerOnly");
        Guard.That(AcknowledgedAt is null, "Induction_AlreadyAcknowledged");
        AcknowledgedAt = at;
    }

    public InductionTopics Topics => new(Charter, InternalRules, Sanitary, FireSafety, LabourProtection);
}

/// <summary>The topics of a safety induction: the employer's charter, internal labour rules, sanitary rules, fire
/// safety and labour protection.</summary>
public sealed record InductionTopics(bool Charter, bool InternalRules, bool Sanitary, bool FireSafety, bool LabourProtection)
{
    public bool Any => Charter || InternalRules || Sanitary || FireSafety || LabourProtection;

    public static readonly InductionTopics All = new(true, true, true, true, true);
}
