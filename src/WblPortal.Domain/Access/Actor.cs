namespace WblPortal.Domain.Access;

/// <summary>Who acts in a request: the user, their role and organization. Every read and write is scoped by it: the
/// read filter and the write rule of each aggregate are in <c>WblPortal.Infrastructure/Data/Access/&lt;Aggregate&gt;Access.cs</c>.
/// A small value: it knows no aggregate.</summary>
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

    /// <summary>The name a workflow step's history shows for this actor (see <see cref="WorkflowUser.From"/>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Platform admins and the ministry read every row; only the platform admin and the system write widely.
    /// API clients read every row too, only through the national aggregates of the API, and write nothing.</summary>
    public bool ReadsAll => IsSystem || Role is Roles.PlatformAdmin or Roles.MinistryAnalyst or Roles.ApiClient;

    public Guid? CollegeId => OrganizationKind == Access.OrganizationKind.College ? OrganizationId : null;

    public Guid? EmployerId => OrganizationKind == Access.OrganizationKind.Employer ? OrganizationId : null;

    public bool IsCollegeStaff => Role is Roles.CollegeAdmin or Roles.CollegeStaff;
}
