using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WblPortal.Domain.Access;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Privacy;
using WblPortal.Web.Infrastructure.Operations;

namespace WblPortal.IntegrationTests.Privacy;

/// <summary>Law No. 58, retention: Privacy:RetentionYears (5) after graduation a learner's personal fields are erased
/// everywhere in the database (audit trail included) while the figures stay; learners within the period are never
/// touched; a dry run changes nothing; a second run changes nothing more.</summary>
public sealed partial class RetentionTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    private sealed record Setup(Learner Old, Learner Recent, string[] OldPersonal, string[] RecentPersonal);

    private async Task<Setup> ArrangeAsync()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), tasks: "Сатыбалдиева Нургүл станокту тазалады", hours: 6);
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 3), hours: 7);
        await Data.AgreementAsync(s.Placement, s.Learner.Id);
        var user = await Data.UserAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        await using (var db = Factory.CreateDbContext())
        {
            var old = await db.Learners.SingleAsync(l => l.Id == s.Learner.Id);
            old.LastName = "Сатыбалдиева";
            old.FirstName = "Нургүл";
            old.Patronymic = "Бакытбековна";
            old.Email = "nurgul.satybaldieva@mail.kg";
            old.Phone = "+996555310742";
            old.RepresentativeName = "Сатыбалдиев Бакытбек";
            old.RepresentativePhone = "+996700998877";
            old.GraduatedOn = Today.AddYears(-6);
            await db.SaveChangesAsync();
        }

        var oldLearner = await LearnerAsync(s.Learner.Id);
        await Data.EmploymentAsync(oldLearner);
        var recent = await Data.GraduateAsync(s.College, Today.AddYears(-1), configure: l =>
        {
            l.LastName = "Жумабаева";
            l.Email = "jumabaeva@mail.kg";
        });
        await Data.EmploymentAsync(recent, status: EmploymentStatus.Studying, employerName: null);
        return new Setup(oldLearner, recent,
            ["Сатыбалдиева", "Нургүл", "Бакытбековна", oldLearner.Pin, "nurgul.satybaldieva@mail.kg", "+996555310742", "Сатыбалдиев Бакытбек", "+996700998877", user.Email!],
            ["Жумабаева", recent.Pin, "jumabaeva@mail.kg"]);
    }

    private async Task<Learner> LearnerAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Learners.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private async Task<EraseExpiredPersonalData.Result> RunAsync(bool dryRun)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EraseExpiredPersonalData.Handler>().RunAsync(dryRun);
    }

    /// <summary>How many rows of the whole database (every table, audit trail and files included) hold the value.</summary>
    private async Task<int> RowsHoldingAsync(string value)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var total = 0;
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE t::text ILIKE '%' || @v || '%'", connection);
            count.Parameters.AddWithValue("v", value);
            total += (int)(long)(await count.ExecuteScalarAsync())!;
        }

        return total;
    }

    /// <summary>The figures statistics are made of: learners and graduates per college, placements, diary hours,
    /// employment statuses, the audit trail's size.</summary>
    private async Task<string> FiguresAsync()
    {
        await using var db = Factory.CreateDbContext();
        var learners = await db.Learners.CountAsync();
        var graduates = await db.Learners.Where(l => l.GraduatedOn != null).GroupBy(l => l.GraduatedOn!.Value.Year).Select(g => g.Key + ":" + g.Count()).ToListAsync();
        var byGender = await db.Learners.GroupBy(l => l.Gender).Select(g => g.Key + ":" + g.Count()).ToListAsync();
        var placed = await db.PlacementLearners.CountAsync();
        var hours = await db.DiaryEntries.SumAsync(e => e.Hours);
        var entries = await db.DiaryEntries.GroupBy(e => e.Status).Select(g => g.Key + ":" + g.Count()).ToListAsync();
        var employment = await db.GraduateEmployments.GroupBy(e => e.Status).Select(g => g.Key + ":" + g.Count()).ToListAsync();
        var agreements = await db.Agreements.GroupBy(a => a.Status).Select(g => g.Key + ":" + g.Count()).ToListAsync();
        return string.Join(" | ", learners, string.Join(",", graduates.Order()), string.Join(",", byGender.Order()), placed, hours,
            string.Join(",", entries.Order()), string.Join(",", employment.Order()), string.Join(",", agreements.Order()));
    }

    /// <summary>The ministry's dashboard and its by-college table as the analyst reads them (recomputed on read).</summary>
    private static async Task<string> MinistryFiguresAsync(PortalClient ministry)
    {
        var texts = new List<string>();
        foreach (var url in new[] { "/Ministry", "/Ministry/Dashboard/FormsByCollege" })
        {
            var page = await ministry.GetDocumentAsync(url);
            // Without the page's "as of 06.12.2026 11:17" stamp: the two reads may fall in different minutes.
            texts.Add(AsOfStamp().Replace(page.QuerySelector("main")!.TextContent, "<as of>"));
        }

        return string.Join("\n", texts);
    }

    [Fact]
    public async Task Run_LearnerGraduatedSixYearsAgo_IsErasedEverywhere_AndFiguresStay()
    {
        var s = await ArrangeAsync();
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en");
        var ministryFigures = await MinistryFiguresAsync(ministry);
        foreach (var value in s.OldPersonal)
        {
            Assert.True(await RowsHoldingAsync(value) > 0, $"the arrangement holds no {value}");
        }

        var figures = await FiguresAsync();

        var result = await RunAsync(dryRun: false);

        Assert.Equal(1, result.Learners);
        Assert.Equal(2, result.Counts["diaryEntries"]);
        Assert.Equal(1, result.Counts["userAccounts"]);
        foreach (var value in s.OldPersonal)
        {
            Assert.True(await RowsHoldingAsync(value) == 0, $"{value} is still in the database");
        }

        var erased = await LearnerAsync(s.Old.Id);
        Assert.Equal(Today, erased.ErasedOn);
        Assert.Equal($"*** #{s.Old.Id.ToString("N")[..8]}", erased.FullName);
        Assert.Equal(new DateOnly(s.Old.DateOfBirth.Year, 1, 1), erased.DateOfBirth);
        Assert.Equal(s.Old.GraduatedOn, erased.GraduatedOn);
        Assert.Equal(figures, await FiguresAsync());
        Assert.Equal(ministryFigures, await MinistryFiguresAsync(ministry));
        await using var db = Factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == EraseExpiredPersonalData.AuditEntityType);
        Assert.Contains("\"learners\": 1", audit.Changes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ky-KG", "Жеке маалыматтар")]
    [InlineData("ru-KG", "Персональные данные удалены")]
    [InlineData("en", "Personal data erased")]
    public async Task Get_ErasedLearnerPage_SaysDataWasErased_WithoutPinWarnings(string culture, string notice)
    {
        var s = await ArrangeAsync();
        await RunAsync(dryRun: false);
        var staff = await SignInAsync(Roles.CollegeStaff, s.Old.CollegeId, culture: culture);

        var page = await staff.GetDocumentAsync($"/College/Learners/Details/{s.Old.Id}");

        Assert.Contains(notice, page.QuerySelector("[data-testid=erased]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=pin-warning]"));
        Assert.All(s.OldPersonal, value => Assert.DoesNotContain(value, page.Body!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_LearnerGraduatedOneYearAgoOrNotYet_IsUntouched()
    {
        var s = await ArrangeAsync();
        var studying = await Data.LearnerAsync((await Data.CollegeAsync()));
        var before = new[] { await LearnerAsync(s.Recent.Id), await LearnerAsync(studying.Id) };

        await RunAsync(dryRun: false);

        var after = new[] { await LearnerAsync(s.Recent.Id), await LearnerAsync(studying.Id) };
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Null(after[i].ErasedOn);
            Assert.Equal((before[i].FullName, before[i].Pin, before[i].Email, before[i].DateOfBirth), (after[i].FullName, after[i].Pin, after[i].Email, after[i].DateOfBirth));
        }

        foreach (var value in s.RecentPersonal)
        {
            Assert.True(await RowsHoldingAsync(value) > 0, $"{value} of a learner within the period was erased");
        }
    }

    [Fact]
    public async Task DryRun_ReportsCountsOnly_AndChangesNothing()
    {
        var s = await ArrangeAsync();
        var figures = await FiguresAsync();
        var holding = new List<int>();
        foreach (var value in s.OldPersonal)
        {
            holding.Add(await RowsHoldingAsync(value));
        }

        await using var db = Factory.CreateDbContext();
        var auditRows = await db.AuditEntries.CountAsync();
        var output = new StringWriter();

        var (command, hostArgs) = RetentionCommand.Parse(["retention", "--dry-run", "--Privacy:RetentionYears=5"]);
        await command!.RunAsync(Factory.Services, output);

        Assert.Equal(["--Privacy:RetentionYears=5"], hostArgs);
        var text = output.ToString();
        Assert.Contains("dry run", text, StringComparison.Ordinal);
        Assert.Matches(@"learners\s+1\b", text);
        Assert.All(s.OldPersonal, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
        Assert.Null((await LearnerAsync(s.Old.Id)).ErasedOn);
        Assert.Equal(auditRows, await db.AuditEntries.CountAsync());
        Assert.Equal(figures, await FiguresAsync());
        for (var i = 0; i < s.OldPersonal.Length; i++)
        {
            Assert.Equal(holding[i], await RowsHoldingAsync(s.OldPersonal[i]));
        }
    }

    [Fact]
    public async Task Run_Twice_SecondRunChangesNothingMore()
    {
        var s = await ArrangeAsync();
        await RunAsync(dryRun: false);
        var erased = await LearnerAsync(s.Old.Id);
        await using var db = Factory.CreateDbContext();
        var auditRows = await db.AuditEntries.CountAsync();

        var second = await RunAsync(dryRun: false);

        Assert.All(second.Counts, c => Assert.Equal(0, c.Value));
        var again = await LearnerAsync(s.Old.Id);
        Assert.Equal((erased.FullName, erased.Pin, erased.DateOfBirth, erased.ErasedOn, erased.Version), (again.FullName, again.Pin, again.DateOfBirth, again.ErasedOn, again.Version));
        Assert.Equal(auditRows, await db.AuditEntries.CountAsync());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}")]
    private static partial System.Text.RegularExpressions.Regex AsOfStamp();
}
