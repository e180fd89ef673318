using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Placements;

/// <summary>A placement is not marked in progress long before its start without a deliberate override, and is not
/// proposed with a weekly load above the working time the law allows its youngest learner (the working_time_limits
/// reference table seeded by the DailyUseDiaryLoopAndMinors migration).</summary>
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

    /// <summary>The placement runs 1–28 April 2026: twenty working days, so its weekly load is a quarter of the
    /// programme's hours for the form.</summary>
    [Theory]
    [InlineData("2011-01-15", 100, 96, "15 years old on the first day and may work at most 24 h a week (Labour Code of the Kyrgyz Republic, art. 91)")]
    [InlineData("2009-01-15", 148, 144, "17 years old on the first day and may work at most 36 h a week (Labour Code of the Kyrgyz Republic, art. 91)")]
    [InlineData("2000-01-15", 164, 160, "26 years old on the first day and may work at most 40 h a week (Labour Code of the Kyrgyz Republic (normal working time))")]
    public async Task Post_Propose_OverTheWeeklyLimitOfTheLearnersAge_IsRefusedNamingTheLimitAndItsSource(string birth, int overHours, int atLimitHours, string message)
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college, configure: l => l.DateOfBirth = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));
        var placement = await Data.PlacementAsync(college, await Data.EmployerAsync(), PlacementStatus.Draft, [learner]);
        await Data.ProgrammeLoadAsync(placement, overHours);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var refused = await client.PostFormAsync("/College/Placements/Propose", Step(placement));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(PlacementStatus.Draft, (await ReloadAsync(placement.Id)).Status);

        await Data.ProgrammeLoadAsync(placement, atLimitHours);
        var proposed = await client.PostFormAsync("/College/Placements/Propose", Step(placement, (await ReloadAsync(placement.Id)).Version));

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(PlacementStatus.Proposed, (await ReloadAsync(placement.Id)).Status);
    }

    [Fact]
    public async Task Post_Propose_WithAnAdultAndAMinor_IsRefusedForTheMinorInKyrgyz()
    {
        var college = await Data.CollegeAsync();
        var adult = await Data.LearnerAsync(college);
        var minor = await Data.LearnerAsync(college, configure: l => l.DateOfBirth = new DateOnly(2011, 1, 15));
        var placement = await Data.PlacementAsync(college, await Data.EmployerAsync(), PlacementStatus.Draft, [adult, minor]);
        await Data.ProgrammeLoadAsync(placement, 120);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var refused = await client.PostFormAsync("/College/Placements/Propose", Step(placement));

        var alert = (await PortalClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains(minor.LastName, alert);
        Assert.Contains("жумасына эң көп 24 саат иштей алат (КР Эмгек кодекси, 91-берене)", alert);
        Assert.Equal(PlacementStatus.Draft, (await ReloadAsync(placement.Id)).Status);
    }
}
