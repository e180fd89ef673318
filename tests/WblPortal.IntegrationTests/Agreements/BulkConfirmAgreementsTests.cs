using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Agreements;

/// <summary>The employer confirms all the agreements of one placement at once: all through the single confirmation's
/// rule, all or nothing.</summary>
public class BulkConfirmAgreementsTests(PortalFactory factory) : IntegrationTest(factory)
{
    private sealed record World(College College, Employer Employer, IReadOnlyList<Learner> Learners, Placement Placement, IReadOnlyList<TripartiteAgreement> Agreements);

    private async Task<World> WorldAsync()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learners = new List<Learner> { await Data.LearnerAsync(college), await Data.LearnerAsync(college), await Data.LearnerAsync(college) };
        var placement = await Data.ConfirmedPlacementAsync(college, employer, learners);
        var agreements = new List<TripartiteAgreement>();
        foreach (var l in learners)
        {
            agreements.Add(await Data.AgreementAsync(placement, l.Id));
        }

        return new World(college, employer, learners, placement, agreements);
    }

    private static Dictionary<string, string> Form(Guid placementId, IEnumerable<Guid> ids)
    {
        var fields = new Dictionary<string, string> { ["PlacementId"] = placementId.ToString() };
        var i = 0;
        foreach (var id in ids)
        {
            fields[$"Ids[{i++}]"] = id.ToString();
        }

        return fields;
    }

    private async Task<List<TripartiteAgreement>> StoredAsync(Guid placementId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Agreements.AsNoTracking().Where(a => a.PlacementId == placementId).ToListAsync();
    }

    [Fact]
    public async Task ConfirmPlacement_AllShownAgreements_ConfirmsTheEmployerSideOfEach()
    {
        var w = await WorldAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var list = await client.GetDocumentAsync($"/Employer/Agreements?placement={w.Placement.Id}");
        Assert.Equal(3, list.QuerySelectorAll("#confirm-placement input[name='Ids']").Length);

        var response = await client.PostFormAsync("/Employer/Agreements/ConfirmPlacement", Form(w.Placement.Id, w.Agreements.Select(a => a.Id)),
            $"/Employer/Agreements?placement={w.Placement.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(await StoredAsync(w.Placement.Id), a => Assert.NotNull(a.EmployerConfirmedAt));
        Assert.Null((await client.GetDocumentAsync($"/Employer/Agreements?placement={w.Placement.Id}")).QuerySelector("#confirm-placement"));
    }

    [Fact]
    public async Task ConfirmPlacement_OneRowRefused_ConfirmsNoneAndNamesTheLearner()
    {
        var w = await WorldAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id, culture: "en-US");
        var already = w.Agreements[1];
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Employer/Agreements/Confirm/{already.Id}",
            new() { ["version"] = already.Version.ToString() }, "/Employer/Agreements")).StatusCode);

        var response = await client.PostFormAsync("/Employer/Agreements/ConfirmPlacement", Form(w.Placement.Id, w.Agreements.Select(a => a.Id)),
            $"/Employer/Agreements?placement={w.Placement.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was confirmed", html);
        Assert.Contains(w.Learners[1].LastName, (await PortalClient.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent);
        var stored = await StoredAsync(w.Placement.Id);
        Assert.Single(stored, a => a.EmployerConfirmedAt is not null);
    }

    [Fact]
    public async Task ConfirmPlacement_OtherEmployersPlacement_ReturnsNotFoundAndConfirmsNothing()
    {
        var w = await WorldAsync();
        var other = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        var response = await other.PostFormAsync("/Employer/Agreements/ConfirmPlacement", Form(w.Placement.Id, w.Agreements.Select(a => a.Id)),
            "/Employer/Agreements");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All(await StoredAsync(w.Placement.Id), a => Assert.Null(a.EmployerConfirmedAt));
    }

    [Fact]
    public async Task ConfirmPlacement_AgreementOfAnotherPlacement_ReturnsNotFoundAndConfirmsNothing()
    {
        var w = await WorldAsync();
        var second = await WorldAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);

        var response = await client.PostFormAsync("/Employer/Agreements/ConfirmPlacement",
            Form(w.Placement.Id, [w.Agreements[0].Id, second.Agreements[0].Id]), "/Employer/Agreements");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All(await StoredAsync(w.Placement.Id), a => Assert.Null(a.EmployerConfirmedAt));
    }

    [Fact]
    public async Task ConfirmPlacement_AsCollegeUser_ReturnsForbidden()
    {
        var w = await WorldAsync();
        var college = await SignInAsync(Roles.CollegeAdmin, w.College.Id);

        var response = await college.PostFormAsync("/Employer/Agreements/ConfirmPlacement", Form(w.Placement.Id, w.Agreements.Select(a => a.Id)),
            "/College/Agreements");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
