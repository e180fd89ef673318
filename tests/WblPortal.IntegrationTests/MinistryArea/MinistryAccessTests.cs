using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>The ministry reads national counts and writes nothing; no other role opens the ministry's pages.</summary>
public sealed class MinistryAccessTests(PortalFactory factory) : IntegrationTest(factory)
{
    public static TheoryData<string, string> OtherRolesAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { Roles.CollegeAdmin, Roles.CollegeStaff, Roles.EmployerAdmin, Roles.Mentor, Roles.Learner, Roles.PlatformAdmin })
        {
            foreach (var url in new[] { "/Ministry", "/Ministry/Dashboard/Colleges?Year=2025", "/Ministry/Dashboard/FormsByCollege", "/Ministry/Dashboard/Workbook" })
            {
                data.Add(role, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherRolesAndPages))]
    public async Task Get_MinistryPage_AsOtherRole_IsForbidden(string role, string url)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(role, college.Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_CollegePages_AsMinistry_IsForbiddenAndChangesNothing()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var specialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var responses = new[]
        {
            await client.PostFormAsync("/College/Learners/Delete", new() { ["id"] = learner.Id.ToString() }),
            await client.PostFormAsync("/College/Learners/Save", new() { ["Id"] = learner.Id.ToString(), ["LastName"] = "Өзгөртүлгөн" }),
            await client.PostFormAsync("/College/Specialties/Delete", new() { ["id"] = specialty.Id.ToString() }),
            await client.PostFormAsync("/College/Placements/Save", new() { ["RequestedCount"] = "3" }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(learner.LastName, (await db.Learners.SingleAsync(l => l.Id == learner.Id)).LastName);
        Assert.True(await db.Specialties.AnyAsync(s => s.Id == specialty.Id));
    }
}
