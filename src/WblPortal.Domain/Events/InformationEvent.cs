using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Events;

public enum EventStatus
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>An information event (guest lecture, job fair, excursion, master class — a stage 0–1 form of the
/// catalogue) with participating employers and learners' attendance.</summary>
public class InformationEvent : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public int FormId { get; set; }
    public WblForm? Form { get; set; }
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }
    public EventStatus Status { get; private set; } = EventStatus.Planned;
    public string? CancelReason { get; private set; }
    public List<EventParticipant> Participants { get; set; } = [];
    public List<EventAttendance> Attendance { get; set; } = [];

    public static InformationEvent Create(Guid collegeId, WblForm form, string title, DateTimeOffset startsAt)
    {
        Guard.That(form.Stage is WblStage.Preparation or WblStage.GettingToKnow, "Event_FormNotAnEvent");
        return new InformationEvent { CollegeId = collegeId, FormId = form.Id, Title = Guard.Text(title, "Event_TitleRequired"), StartsAt = startsAt };
    }

    public EventParticipant AddEmployer(Guid employerId, string? representative)
    {
        Guard.That(Status == EventStatus.Planned, "Event_InvalidTransition");
        Guard.That(Participants.All(p => p.EmployerId != employerId), "Event_EmployerAlreadyAdded");
        var p = new EventParticipant { EventId = Id, CollegeId = CollegeId, EmployerId = employerId, Representative = representative };
        Participants.Add(p);
        return p;
    }

    public void RecordAttendance(Learner learner, bool attended)
    {
        Guard.That(Status == EventStatus.Held, "Event_NotHeld");
        Guard.That(learner.CollegeId == CollegeId, "Event_LearnerOfOtherCollege");
        var row = Attendance.FirstOrDefault(a => a.LearnerId == learner.Id);
        if (row is null)
        {
            Attendance.Add(new EventAttendance { EventId = Id, CollegeId = CollegeId, LearnerId = learner.Id, GroupId = learner.GroupId, Attended = attended });
        }
        else
        {
            row.Attended = attended;
        }
    }

    public void MarkHeld()
    {
        Guard.That(Status == EventStatus.Planned, "Event_InvalidTransition");
        Status = EventStatus.Held;
    }

    public void Cancel(string reason)
    {
        Guard.That(Status == EventStatus.Planned, "Event_InvalidTransition");
        CancelReason = Guard.Text(reason, "Event_ReasonRequired");
        Status = EventStatus.Cancelled;
    }
}

public class EventParticipant : Entity, ISharedWithEmployer
{
    public Guid EventId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }
    public string? Representative { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}

public class EventAttendance : Entity, ICollegeOwned
{
    public Guid EventId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid GroupId { get; set; }
    public bool Attended { get; set; }
}
