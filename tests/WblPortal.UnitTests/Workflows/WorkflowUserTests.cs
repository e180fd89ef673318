using System.Security.Claims;
using WblPortal.Domain.Access;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.UnitTests.Workflows;

/// <summary>One acting user: the claims become an <see cref="Actor"/> with a display name, and the workflow history
/// records <see cref="WorkflowUser.From"/> that actor — the same id, name and role whatever the step.</summary>
public sealed class WorkflowUserTests
{
    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Fact]
    public void From_ActorOfSignedInUser_RecordsIdFullNameAndRole()
    {
        var actor = PortalClaims.ToActor(Principal(
            new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "mentor@example.kg"),
            new Claim(PortalClaims.FullName, "Айгүл Осмонова"), new Claim(ClaimTypes.Role, Roles.Mentor)));

        var user = WorkflowUser.From(actor);

        Assert.Equal(new WorkflowUser("u1", "Айгүл Осмонова", Roles.Mentor), user);
        Assert.True(user.IsMentor);
    }

    [Fact]
    public void From_ActorWithoutFullName_FallsBackToUserNameThenId()
    {
        var withUserName = PortalClaims.ToActor(Principal(
            new Claim(ClaimTypes.NameIdentifier, "u2"), new Claim(ClaimTypes.Name, "staff@college.kg"), new Claim(ClaimTypes.Role, Roles.CollegeStaff)));
        var withIdOnly = PortalClaims.ToActor(Principal(new Claim(ClaimTypes.NameIdentifier, "u3"), new Claim(ClaimTypes.Role, Roles.Learner)));

        Assert.Equal("staff@college.kg", WorkflowUser.From(withUserName).Name);
        Assert.Equal("u3", WorkflowUser.From(withIdOnly).Name);
    }

    [Fact]
    public void From_Anonymous_RecordsNoOne()
    {
        Assert.Equal(new WorkflowUser("", "", ""), WorkflowUser.From(PortalClaims.ToActor(new ClaimsPrincipal())));
    }
}
