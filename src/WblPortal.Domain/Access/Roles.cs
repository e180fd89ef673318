namespace WblPortal.Domain.Access;

public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string MinistryAnalyst = nameof(MinistryAnalyst);
    public const string CollegeAdmin = nameof(CollegeAdmin);
    public const string CollegeStaff = nameof(CollegeStaff);
    public const string EmployerAdmin = nameof(EmployerAdmin);
    public const string Mentor = nameof(Mentor);
    public const string Learner = nameof(Learner);

    /// <summary>Not a user's role: a registered system of the state reading the API (/api/v1), or the anonymous open-data
    /// downloads. It reads national figures (every row, through the aggregates that suppress small cells) and writes nothing.</summary>
    public const string ApiClient = nameof(ApiClient);

    public static readonly IReadOnlyList<string> All =
        [PlatformAdmin, MinistryAnalyst, CollegeAdmin, CollegeStaff, EmployerAdmin, Mentor, Learner];

    /// <summary>The kind of organization a user of the role belongs to.</summary>
    public static OrganizationKind OrganizationKindOf(string role) => role switch
    {
        PlatformAdmin => OrganizationKind.Platform,
        MinistryAnalyst => OrganizationKind.Ministry,
        CollegeAdmin or CollegeStaff or Learner => OrganizationKind.College,
        EmployerAdmin or Mentor => OrganizationKind.Employer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}

public enum OrganizationKind
{
    Platform = 1,
    Ministry = 2,
    College = 3,
    Employer = 4,
}
