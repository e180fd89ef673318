using System.Globalization;
using System.Net;
using WblPortal.Domain.Access;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Privacy;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Placements;

/// <summary>The employer sees the named list of the learners proposed to it: name, group, age band — never the birth
/// date — and special-needs adaptations only under the learner's consent to transfer their details.</summary>
public sealed class EmployerProposedLearnersTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly DateOnly Start = new(2026, 4, 1);

    private async Task<(Placement Placement, Learner Adult, Learner Minor, Guid EmployerId)> ProposedAsync()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var adult = await Data.LearnerAsync(college, configure: l =>
        {
            l.LastName = "Өмүрбекова";
            l.DateOfBirth = new DateOnly(2004, 3, 9);
            l.HasSpecialNeeds = true;
            l.SpecialNeedsNote = "Угуусу начар: тапшырмаларды жазуу түрүндө берүү";
        });
        var minor = await Data.LearnerAsync(college, configure: l =>
        {
            l.LastName = "Үсөнов";
            l.DateOfBirth = new DateOnly(2010, 11, 23);
            l.HasSpecialNeeds = true;
            l.SpecialNeedsNote = "Көрүүсү начар: ири шрифт керек";
        });
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Proposed, [adult, minor], start: Start);
        await using var db = Factory.CreateDbContext();
        db.PersonalDataConsents.Add(PersonalDataConsent.GiveOnline(adult, ConsentPurpose.TransferToEmployer, TestData.CollegeAdminUser, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return (placement, adult, minor, employer.Id);
    }

    [Fact]
    public async Task Get_Details_ListsNamesGroupsAndAgeBands_AdaptationsOnlyUnderConsent_NoBirthDates()
    {
        var (placement, adult, minor, employerId) = await ProposedAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employerId);

        var page = await client.GetDocumentAsync($"/Employer/Placements/Details/{placement.Id}");

        var rows = page.QuerySelectorAll("[data-testid=proposed-learner]");
        Assert.Equal(2, rows.Length);
        var adultRow = rows.Single(r => r.TextContent.Contains("Өмүрбекова", StringComparison.Ordinal));
        var minorRow = rows.Single(r => r.TextContent.Contains("Үсөнов", StringComparison.Ordinal));
        Assert.Contains(adult.FirstName, adultRow.TextContent);
        Assert.Contains("18 жана андан улуу", adultRow.TextContent);
        Assert.Contains("16 жашка чейин", minorRow.TextContent);
        Assert.Contains("Угуусу начар", adultRow.QuerySelector("[data-testid=adaptations]")!.TextContent);
        Assert.Equal("—", minorRow.QuerySelector("[data-testid=adaptations]")!.TextContent.Trim());
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("Көрүүсү начар", text);
        Assert.DoesNotContain(adult.DateOfBirth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), text);
        Assert.DoesNotContain(minor.DateOfBirth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), text);
        Assert.DoesNotContain(minor.Pin, text);
    }

    [Fact]
    public async Task Get_Details_AfterTheConsentIsWithdrawn_HidesTheAdaptations()
    {
        var (placement, _, _, employerId) = await ProposedAsync();
        await using (var db = Factory.CreateDbContext())
        {
            foreach (var consent in db.PersonalDataConsents)
            {
                consent.Withdraw(TestData.CollegeAdminUser, DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        var page = await (await SignInAsync(Roles.EmployerAdmin, employerId)).GetDocumentAsync($"/Employer/Placements/Details/{placement.Id}");

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=proposed-learner]").Length);
        Assert.DoesNotContain("Угуусу начар", page.Body!.TextContent);
    }

    [Fact]
    public async Task Get_Details_OfAnotherEmployersProposal_ReturnsNotFound()
    {
        var (placement, _, _, _) = await ProposedAsync();
        var other = await Data.EmployerAsync();

        var response = await (await SignInAsync(Roles.EmployerAdmin, other.Id)).GetAsync($"/Employer/Placements/Details/{placement.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Өмүрбекова", await response.Content.ReadAsStringAsync());
    }
}
