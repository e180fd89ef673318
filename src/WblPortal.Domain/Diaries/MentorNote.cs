using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

public enum MentorNoteTopic
{
    Adaptation = 1,
    Discipline = 2,
    Behaviour = 3,
}

/// <summary>A dated note from the mentor to the college on a learner's adaptation, discipline or behaviour. The
/// college and the employer read it; the learner does not.</summary>
public class MentorNote : Entity, IDiaryRow, IDiaryRowIds
{
    public Guid PlacementLearnerId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid LearnerId { get; set; }
    public DateOnly Date { get; private set; }
    public MentorNoteTopic Topic { get; private set; }
    public string Text { get; private set; } = "";
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public static MentorNote Write(PlacementLearner learner, Placement placement, DateOnly date, MentorNoteTopic topic, string text,
        WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsMentor(), "Note_MentorOnly");
        DiaryRules.RequireWorkplace(placement);
        Guard.That(Enum.IsDefined(topic), "Note_TopicRequired");
        var note = new MentorNote
        {
            Date = date,
            Topic = topic,
            Text = Guard.Text(text, "Note_TextRequired"),
            AuthorName = by.Name,
            At = at,
        };
        DiaryRules.CopyIds(note, learner);
        return note;
    }
}
