using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;

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

    /// <summary>Whether this actor may insert, change or delete the given row (checked on every SaveChanges).</summary>
    public bool CanWrite(object entity) => entity switch
    {
        _ when IsSystem => true,
        _ when Role == Roles.MinistryAnalyst => false,
        College or Employer or Ministry when Role == Roles.PlatformAdmin => true,
        College college => Role == Roles.CollegeAdmin && college.Id == CollegeId,
        Learner or Specialty or StudyGroup or Curator when Role is Roles.CollegeAdmin or Roles.CollegeStaff =>
            ((ICollegeOwned)entity).CollegeId == CollegeId,
        Employer employer => Role == Roles.EmployerAdmin && employer.Id == EmployerId,
        Mentor mentor => Role == Roles.EmployerAdmin && mentor.EmployerId == EmployerId,
        _ => false,
    };
}
