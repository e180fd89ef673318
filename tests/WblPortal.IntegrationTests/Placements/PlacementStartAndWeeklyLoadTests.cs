using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Placements;

/// <summary>A placement is not marked in progress long before its start without a deliberate override.</summary>
public sealed class PlacementStartAndWeeklyLoadTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static DateOnly BishkekToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    private async Task<Placement> ReloadAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Placements.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private static Dictionary<string, string> Step(Placement p, uint? version = null) =>
        new() { ["Id"] = p.Id.ToString(), ["Version"] = (version ?? p.Version).ToString() };

    [Fact]
    public async Task Post_Start_LongBeforeStartDate_IsRefusedWithoutOverride_AndStartsWithIt()
    {
        var s = await Data.PlacementSetupAsync(1);
        var start = BishkekToday.AddDays(60);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.MentorAssigned, s.Learners, start: start);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");

        var refused = await client.PostFormAsync("/College/Placements/Start", Step(placement));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        var warning = page.QuerySelector("[data-testid=early-start]")!;
        Assert.Contains($"The placement starts on {start:dd.MM.yyyy}: it can be marked as started at most 7 days before that", warning.TextContent);
        Assert.NotNull(warning.QuerySelector("input[type=checkbox][name=EarlyStart]"));
        Assert.Equal(PlacementStatus.MentorAssigned, (await ReloadAsync(placement.Id)).Status);

        var fields = Step(placement);
        fields["EarlyStart"] = "true";
        var started = await client.PostFormAsync("/College/Placements/Start", fields);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(PlacementStatus.InProgress, (await ReloadAsync(placement.Id)).Status);
    }

    [Fact]
    public async Task Post_Start_WithinAWeekOfStartDate_StartsWithoutOverride()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.MentorAssigned, s.Learners, start: BishkekToday.AddDays(Placement.EarlyStartDays));
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var started = await client.PostFormAsync("/College/Placements/Start", Step(placement));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(PlacementStatus.InProgress, (await ReloadAsync(placement.Id)).Status);
    }

    [Fact]
    public async Task Post_StartWithOverride_OtherCollegesPlacement_ReturnsNotFound_EmployerIsForbidden()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.MentorAssigned, s.Learners, start: BishkekToday.AddDays(60));
        var other = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id);
        var fields = Step(placement);
        fields["EarlyStart"] = "true";

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/College/Placements/Start", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostFormAsync("/College/Placements/Start", fields)).StatusCode);
        Assert.Equal(PlacementStatus.MentorAssigned, (await ReloadAsync(placement.Id)).Status);
    }
}
