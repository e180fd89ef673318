using WblPortal.Domain.Access;

namespace WblPortal.Domain.Workflows;

/// <summary>The person taking a workflow step, as recorded in the history (user id and display name) and
/// checked by role where a step belongs to one party.</summary>
public sealed record WorkflowUser(string UserId, string Name, string Role)
{
    /// <summary>The acting user as a workflow step records them: the one conversion from the request's actor.</summary>
    public static WorkflowUser From(Actor actor) =>
        new(actor.UserId ?? "", actor.DisplayName ?? actor.UserId ?? "", actor.Role ?? "");

    public bool IsCollegeAdmin => Role == Roles.CollegeAdmin;

    public bool IsCollegeStaff => Role is Roles.CollegeAdmin or Roles.CollegeStaff;

    public bool IsEmployerAdmin => Role == Roles.EmployerAdmin;

    public bool IsLearner => Role == Roles.Learner;

    public bool IsMentor => Role == Roles.Mentor;

    public bool IsSystem => Role == "System";

    internal void Require(bool allowed, string key)
    {
        if (!allowed && !IsSystem)
        {
            throw new WorkflowException(key);
        }
    }
}
