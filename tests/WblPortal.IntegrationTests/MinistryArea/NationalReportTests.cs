using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>The national report as PDF in Kyrgyz and Russian, read back with PdfPig.</summary>
public sealed class NationalReportTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("ky", "Республика", "1-таблица.")]
    [InlineData("ru", "Показатели", "Таблица 1.")]
    public async Task Get_Report_HasTheFiguresAndTable1InTheLanguage(string lang, string titleWord, string table1)
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en");

        var text = await PdfPages.TextAsync(await client.GetAsync($"/Ministry/Dashboard/Report?Year=2025&lang={lang}"));

        Assert.Contains(titleWord, text);
        Assert.Contains(table1, text);
        Assert.Contains("2025–2026", text);
        Assert.DoesNotContain("Жекеманов", text);
        Assert.DoesNotContain(set.A2.Pin, text);
    }
}
