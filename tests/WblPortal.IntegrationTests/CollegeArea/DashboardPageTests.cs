using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.CollegeArea;

public sealed class DashboardPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.CollegeStaff)]
    public async Task Get_Index_CountsOnlyOwnCollegesRows(string role)
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(mine);
        await Data.SpecialtyAsync(mine);
        var group = await Data.GroupAsync(mine, specialty);
        await Data.LearnerAsync(mine, group);
        await Data.LearnerAsync(mine, group, l => l.HasSpecialNeeds = true);
        await Data.LearnerAsync(mine, group);
        await Data.CuratorAsync(mine);
        var theirGroup = await Data.GroupAsync(other);
        await Data.SpecialtyAsync(other);
        await Data.LearnerAsync(other, theirGroup, l => l.HasSpecialNeeds = true);
        await Data.LearnerAsync(other, theirGroup);
        await Data.CuratorAsync(other);
        await Data.CuratorAsync(other);
        var client = await SignInAsync(role, mine.Id);

        var page = await client.GetDocumentAsync("/College");

        // Specialties, groups, learners, curators, learners with special needs.
        var stats = page.QuerySelectorAll("[data-testid=stat]").Select(s => int.Parse(s.TextContent)).ToList();
        Assert.Equal([2, 1, 3, 1, 1], stats);
        Assert.Equal(mine.NameKy, page.QuerySelector("[data-testid=org-name]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
