using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.UnitTests.Domain;

/// <summary>The write table: which actor may insert, change or delete which row ("own" = of the actor's college or
/// employer, "other" = of another one).</summary>
public sealed class ActorTests
{
    private static readonly Guid OwnCollege = Guid.CreateVersion7();
    private static readonly Guid OtherCollege = Guid.CreateVersion7();
    private static readonly Guid OwnEmployer = Guid.CreateVersion7();
    private static readonly Guid OtherEmployer = Guid.CreateVersion7();

    [Theory]
    [InlineData("CollegeAdmin", "College:own Specialty:own Curator:own StudyGroup:own Learner:own")]
    [InlineData("CollegeStaff", "Specialty:own Curator:own StudyGroup:own Learner:own")]
    [InlineData("EmployerAdmin", "Employer:own Mentor:own")]
    [InlineData("Mentor", "")]
    [InlineData("Learner", "")]
    [InlineData("MinistryAnalyst", "")]
    [InlineData("PlatformAdmin", "College:own College:other Employer:own Employer:other Ministry:any")]
    [InlineData("System", "College:own College:other Specialty:own Specialty:other Curator:own Curator:other StudyGroup:own StudyGroup:other Learner:own Learner:other Employer:own Employer:other Mentor:own Mentor:other Ministry:any")]
    [InlineData("Anonymous", "")]
    public void CanWrite_FollowsTheWriteTable(string actorName, string expected)
    {
        var actor = ActorNamed(actorName);

        var writable = Rows().Where(r => actor.CanWrite(r.Row)).Select(r => r.Label);

        Assert.Equal(expected, string.Join(" ", writable));
    }

    [Fact]
    public void CanWrite_CollegeUserWithoutOrganization_WritesNothing()
    {
        var actor = new Actor("u", Roles.CollegeAdmin, OrganizationKind.College, null);

        Assert.DoesNotContain(Rows(), r => actor.CanWrite(r.Row));
    }

    [Fact]
    public void ScopeProperties_FollowTheOrganizationKind()
    {
        var college = new Actor("u", Roles.CollegeStaff, OrganizationKind.College, OwnCollege);
        var employer = new Actor("u", Roles.EmployerAdmin, OrganizationKind.Employer, OwnEmployer);

        Assert.Equal((OwnCollege, (Guid?)null), (college.CollegeId, college.EmployerId));
        Assert.Equal(((Guid?)null, OwnEmployer), (employer.CollegeId, employer.EmployerId));
        Assert.True(ActorNamed("MinistryAnalyst").ReadsAll);
        Assert.True(ActorNamed("PlatformAdmin").ReadsAll);
        Assert.False(college.ReadsAll);
        Assert.False(Actor.Anonymous.IsAuthenticated);
    }

    private static Actor ActorNamed(string name) => name switch
    {
        "CollegeAdmin" or "CollegeStaff" or "Learner" => new("u", name, OrganizationKind.College, OwnCollege, LearnerId: name == "Learner" ? Guid.CreateVersion7() : null),
        "EmployerAdmin" or "Mentor" => new("u", name, OrganizationKind.Employer, OwnEmployer, MentorId: name == "Mentor" ? Guid.CreateVersion7() : null),
        "MinistryAnalyst" => new("u", name, OrganizationKind.Ministry, Guid.CreateVersion7()),
        "PlatformAdmin" => new("u", name, OrganizationKind.Platform, null),
        "System" => Actor.System,
        "Anonymous" => Actor.Anonymous,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static IEnumerable<(string Label, object Row)> Rows()
    {
        foreach (var (which, id) in new[] { ("own", OwnCollege), ("other", OtherCollege) })
        {
            yield return ($"College:{which}", new College { Id = id, NameKy = "К", NameRu = "К", City = "Б", Address = "Б", DirectorName = "Д" });
        }

        foreach (var (which, id) in new[] { ("own", OwnCollege), ("other", OtherCollege) })
        {
            yield return ($"Specialty:{which}", new Specialty { CollegeId = id, Code = "1", NameKy = "А", NameRu = "А" });
        }

        foreach (var (which, id) in new[] { ("own", OwnCollege), ("other", OtherCollege) })
        {
            yield return ($"Curator:{which}", new Curator { CollegeId = id, FullName = "К", Position = "М" });
        }

        foreach (var (which, id) in new[] { ("own", OwnCollege), ("other", OtherCollege) })
        {
            yield return ($"StudyGroup:{which}", new StudyGroup { CollegeId = id, Name = "Г" });
        }

        foreach (var (which, id) in new[] { ("own", OwnCollege), ("other", OtherCollege) })
        {
            yield return ($"Learner:{which}", new Learner { CollegeId = id, LastName = "А", FirstName = "Б", Pin = "10105200712345" });
        }

        foreach (var (which, id) in new[] { ("own", OwnEmployer), ("other", OtherEmployer) })
        {
            yield return ($"Employer:{which}", new Employer { Id = id, Name = "И", Inn = "01234567890123", Address = "Б", ContactPerson = "К" });
        }

        foreach (var (which, id) in new[] { ("own", OwnEmployer), ("other", OtherEmployer) })
        {
            yield return ($"Mentor:{which}", new Mentor { EmployerId = id, FullName = "Н", Position = "М" });
        }

        yield return ("Ministry:any", new Ministry { NameKy = "М", NameRu = "М", NameEn = "M" });
    }
}
