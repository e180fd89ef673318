using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Two colleges and two employers with a row of every scoped kind each, and the actors that the tenant
/// isolation tests act as.</summary>
public sealed record AccessWorld(
    Ministry Ministry,
    College CollegeA,
    College CollegeB,
    Specialty SpecialtyA,
    Specialty SpecialtyB,
    Curator CuratorA,
    Curator CuratorB,
    StudyGroup GroupA,
    StudyGroup GroupB,
    Learner LearnerA1,
    Learner LearnerA2,
    Learner LearnerB,
    Employer EmployerA,
    Employer EmployerB,
    Mentor MentorA1,
    Mentor MentorA2,
    Mentor MentorB,
    Invitation InvitationA,
    Invitation InvitationB,
    Invitation InvitationEmployerA,
    Invitation InvitationEmployerB)
{
    public static readonly IReadOnlyList<string> ActorNames =
        ["CollegeAAdmin", "CollegeAStaff", "CollegeBAdmin", "EmployerAAdmin", "EmployerBAdmin", "MentorA", "LearnerA", "Ministry", "PlatformAdmin"];

    public Actor ActorNamed(string name) => name switch
    {
        "CollegeAAdmin" => new("u-college-a-admin", Roles.CollegeAdmin, OrganizationKind.College, CollegeA.Id),
        "CollegeAStaff" => new("u-college-a-staff", Roles.CollegeStaff, OrganizationKind.College, CollegeA.Id),
        "CollegeBAdmin" => new("u-college-b-admin", Roles.CollegeAdmin, OrganizationKind.College, CollegeB.Id),
        "EmployerAAdmin" => new("u-employer-a-admin", Roles.EmployerAdmin, OrganizationKind.Employer, EmployerA.Id),
        "EmployerBAdmin" => new("u-employer-b-admin", Roles.EmployerAdmin, OrganizationKind.Employer, EmployerB.Id),
        "MentorA" => new("u-mentor-a", Roles.Mentor, OrganizationKind.Employer, EmployerA.Id, MentorId: MentorA1.Id),
        "LearnerA" => new("u-learner-a", Roles.Learner, OrganizationKind.College, CollegeA.Id, LearnerId: LearnerA1.Id),
        "Ministry" => new("u-ministry", Roles.MinistryAnalyst, OrganizationKind.Ministry, Ministry.Id),
        "PlatformAdmin" => new("u-platform", Roles.PlatformAdmin, OrganizationKind.Platform, null),
        "Anonymous" => Actor.Anonymous,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The short label of a row or an organization: A, B (colleges and their rows), EA, EB (employers),
    /// A1, A2, B (learners), MA1, MA2, MB (mentors), M (ministry), "-" (none).</summary>
    public string Label(Guid? id) =>
        id == CollegeA.Id || id == SpecialtyA.Id || id == CuratorA.Id || id == GroupA.Id || id == InvitationA.Id ? "A"
        : id == CollegeB.Id || id == SpecialtyB.Id || id == CuratorB.Id || id == GroupB.Id || id == InvitationB.Id || id == LearnerB.Id ? "B"
        : id == EmployerA.Id || id == InvitationEmployerA.Id ? "EA"
        : id == EmployerB.Id || id == InvitationEmployerB.Id ? "EB"
        : id == LearnerA1.Id ? "A1"
        : id == LearnerA2.Id ? "A2"
        : id == MentorA1.Id ? "MA1"
        : id == MentorA2.Id ? "MA2"
        : id == MentorB.Id ? "MB"
        : id == Ministry.Id ? "M"
        : id is null ? "-"
        : id.Value.ToString();

    /// <summary>The organization a label names, for rows written into it.</summary>
    public Guid OrganizationOf(string label) => label switch
    {
        "A" => CollegeA.Id,
        "B" => CollegeB.Id,
        "EA" => EmployerA.Id,
        "EB" => EmployerB.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };
}

public sealed partial class TestData
{
    public Task<Invitation> InvitationAsync(string role, OrganizationKind kind, Guid? organizationId, Action<Invitation>? configure = null)
    {
        var invitation = NewInvitation(role, kind, organizationId);
        configure?.Invoke(invitation);
        return SaveAsync(invitation);
    }

    public static Invitation NewInvitation(string role, OrganizationKind kind, Guid? organizationId) => new()
    {
        Email = $"invitee{Next()}@test.kg",
        FullName = $"Чакырылган {Next()}",
        Role = role,
        OrganizationKind = kind,
        OrganizationId = organizationId,
        TokenHash = Invitation.Hash(Invitation.NewToken()),
        ExpiresAt = DateTimeOffset.UtcNow.AddDays(7),
    };

    /// <summary>Colleges A and B with a specialty, curator, group and learners each; employers A and B with mentors;
    /// an invitation into each organization; and the ministry.</summary>
    public async Task<AccessWorld> AccessWorldAsync()
    {
        var ministry = await MinistryAsync();
        var collegeA = await CollegeAsync(c => c.RegionId = 1);
        var collegeB = await CollegeAsync(c => c.RegionId = 2);
        var specialtyA = await SpecialtyAsync(collegeA);
        var specialtyB = await SpecialtyAsync(collegeB);
        var curatorA = await CuratorAsync(collegeA);
        var curatorB = await CuratorAsync(collegeB);
        var groupA = await GroupAsync(collegeA, specialtyA, g => g.CuratorId = curatorA.Id);
        var groupB = await GroupAsync(collegeB, specialtyB, g => g.CuratorId = curatorB.Id);
        var learnerA1 = await LearnerAsync(collegeA, groupA);
        var learnerA2 = await LearnerAsync(collegeA, groupA);
        var learnerB = await LearnerAsync(collegeB, groupB);
        var employerA = await EmployerAsync();
        var employerB = await EmployerAsync();
        var mentorA1 = await MentorAsync(employerA);
        var mentorA2 = await MentorAsync(employerA);
        var mentorB = await MentorAsync(employerB);
        return new AccessWorld(
            ministry, collegeA, collegeB, specialtyA, specialtyB, curatorA, curatorB, groupA, groupB,
            learnerA1, learnerA2, learnerB, employerA, employerB, mentorA1, mentorA2, mentorB,
            await InvitationAsync(Roles.CollegeStaff, OrganizationKind.College, collegeA.Id),
            await InvitationAsync(Roles.CollegeStaff, OrganizationKind.College, collegeB.Id),
            await InvitationAsync(Roles.Mentor, OrganizationKind.Employer, employerA.Id),
            await InvitationAsync(Roles.Mentor, OrganizationKind.Employer, employerB.Id));
    }
}
