using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Orders;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>Issue 13: a correcting order says what it corrects (item by item, with the changed lines), and the corrected
/// order's page and its public verification say "corrected by №…"; a cancelled agreement verifies as cancelled.</summary>
public sealed class CorrectionRecordTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string RightName = "Абдыкадырова Гүлнара";
    private const string MisspeltName = "Абдыкадырова Гүлнар";

    /// <summary>Order 102 issued with the curator's name misspelt and three learners; the curator's name fixed; the
    /// correction created by the page's "Correct" button, one learner taken off its list, issued as 103.</summary>
    private async Task<(Order Original, Order Correction, string RemovedLearner)> CorrectedOrderAsync(bool issueCorrection = true)
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var learners = new[] { await Data.LearnerAsync(college, group), await Data.LearnerAsync(college, group), await Data.LearnerAsync(college, group) };
        var (original, placement, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: null, learners: learners);
        await using (var db = Factory.CreateDbContext())
        {
            await db.Curators.Where(c => c.Id == placement.CuratorId).ExecuteUpdateAsync(s => s.SetProperty(c => c.FullName, MisspeltName));
            await db.OrderLines.Where(l => l.OrderId == original.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.CuratorName, MisspeltName));
            await db.Orders.Where(o => o.Id == original.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.CuratorName, MisspeltName));
            var draft = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == original.Id);
            draft.Issue(102, new DateOnly(2026, 3, 10), await Data.IssuerAsync(college.Id), TestData.CollegeAdminUser);
            await db.SaveChangesAsync();
            await db.Curators.Where(c => c.Id == placement.CuratorId).ExecuteUpdateAsync(s => s.SetProperty(c => c.FullName, RightName));
        }

        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        await admin.PostFormAsync($"/College/Orders/Correct/{original.Id}", []);
        await using var check = Factory.CreateDbContext();
        var correction = await check.Orders.Include(o => o.Lines).SingleAsync(o => o.CorrectsOrderId == original.Id);
        var removed = correction.Lines.Single(l => l.LineNo == 2);
        correction.RemoveLine(removed.Id);
        if (issueCorrection)
        {
            correction.Issue(103, new DateOnly(2026, 3, 12), await Data.IssuerAsync(college.Id), TestData.CollegeAdminUser);
        }

        await check.SaveChangesAsync();
        return (original, correction, removed.LearnerName!);
    }

    private async Task<PortalClient> AdminOfAsync(Order order) => await SignInAsync(Roles.CollegeAdmin, order.CollegeId);

    [Fact]
    public async Task Get_CorrectionInKyrgyz_RestatesTheChangedItemsOfOrder102_AndListsTheChangedLines()
    {
        var (original, correction, removed) = await CorrectedOrderAsync();
        var admin = await AdminOfAsync(original);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Order/{correction.Id}?lang=ky")));

        Assert.Contains("2026-жылдын 10-мартындагы №102/2026 буйругуна өзгөртүүлөрдү киргизүү жөнүндө", text);
        Assert.Contains("2026-жылдын 10-мартындагы №102/2026 буйругунун 1-пункту төмөнкү редакцияда баяндалсын:", text);
        Assert.Contains("2026-жылдын 10-мартындагы №102/2026 буйругунун 2-пункту төмөнкү редакцияда баяндалсын:", text);
        Assert.Contains($"{RightName} бекитилсин.»", text);
        Assert.Contains("Тизменин өзгөргөн саптары:", text);
        Assert.Contains($"{removed} — тизмеден чыгарылат;", text);
        Assert.Contains($"«Куратор» тилкеси: «{MisspeltName}» деген «{RightName}» болуп өзгөртүлөт;", text);
        // Item 3 (the mentor) did not change: it is not restated.
        Assert.DoesNotContain("буйругунун 3-пункту", text);
    }

    [Fact]
    public async Task Get_CorrectionInRussian_RestatesTheChangedItemsOfOrder102_AndListsTheChangedLines()
    {
        var (original, correction, removed) = await CorrectedOrderAsync();
        var admin = await AdminOfAsync(original);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Order/{correction.Id}?lang=ru")));

        Assert.Contains("О внесении изменений в приказ №102/2026 от 10 марта 2026 г.", text);
        Assert.Contains("Пункт 1 приказа №102/2026 от 10 марта 2026 г. изложить в следующей редакции:", text);
        Assert.Contains("Пункт 4 приказа №102/2026 от 10 марта 2026 г. изложить в следующей редакции:", text);
        Assert.Contains($"{removed} — исключается из списка;", text);
        Assert.Contains($"графа «Куратор»: «{MisspeltName}» заменить на «{RightName}»;", text);
        Assert.DoesNotContain("Пункт 3 приказа", text);
    }

    [Fact]
    public async Task Get_CorrectionPreview_SaysTheSameAsThePdf()
    {
        var (original, correction, removed) = await CorrectedOrderAsync(issueCorrection: false);
        var admin = await AdminOfAsync(original);

        var document = (await admin.GetDocumentAsync($"/College/Documents/OrderPreview/{correction.Id}?lang=ky"))
            .QuerySelector("[data-testid=document]")!.TextContent;

        Assert.Contains("№102/2026 буйругунун 2-пункту төмөнкү редакцияда баяндалсын:", document);
        Assert.Contains($"{removed} — тизмеден чыгарылат;", document);
    }

    [Theory]
    [InlineData("ky-KG", "Андан бери өзгөртүү киргизилген: 12.03.2026 күнкү № 103/2026 буйрук менен")]
    [InlineData("ru-KG", "С тех пор изменён: приказом № 103/2026 от 12.03.2026")]
    [InlineData("en", "Corrected since by: order No. 103/2026 of 12.03.2026")]
    public async Task Get_VerifyCorrectedOrder_SaysByWhichOrder(string culture, string expected)
    {
        var (original, _, _) = await CorrectedOrderAsync();
        var admin = await AdminOfAsync(original);
        await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{original.Id}?lang=ky"));
        await using var db = Factory.CreateDbContext();
        var code = (await db.IssuedDocuments.SingleAsync(d => d.EntityId == original.Id)).Code;

        var page = await PortalClient.Anonymous(Factory, culture).GetDocumentAsync($"/verify/{code}");

        Assert.Equal(expected, PdfPages.Normalize(page.QuerySelector("[data-testid=corrected-by]")!.TextContent).Trim());
        Assert.Equal("102/2026", page.QuerySelector("[data-testid=number]")!.TextContent);
        Assert.Equal("10.03.2026", page.QuerySelector("[data-testid=date]")!.TextContent);
    }

    [Fact]
    public async Task Get_VerifyOrderWithOnlyADraftCorrection_StandsInForce()
    {
        var (original, _, _) = await CorrectedOrderAsync(issueCorrection: false);
        var admin = await AdminOfAsync(original);
        await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{original.Id}?lang=ru"));
        await using var db = Factory.CreateDbContext();
        var code = (await db.IssuedDocuments.SingleAsync(d => d.EntityId == original.Id)).Code;

        var page = await PortalClient.Anonymous(Factory, "ru-KG").GetDocumentAsync($"/verify/{code}");

        Assert.Null(page.QuerySelector("[data-testid=corrected-by]"));
        Assert.StartsWith("Действует", page.QuerySelector("[data-testid=standing]")!.TextContent);
    }

    [Fact]
    public async Task Get_OrderPage_OfTheCorrectedOrder_LinksTheIssuedCorrectionByNumber()
    {
        var (original, correction, _) = await CorrectedOrderAsync();
        var admin = await AdminOfAsync(original);

        var page = await admin.GetDocumentAsync($"/College/Orders/Details/{original.Id}");

        var link = page.QuerySelector("#order-corrected-by a")!;
        Assert.Contains("103/2026", link.TextContent);
        Assert.Equal($"/College/Orders/Details/{correction.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_VerifyAgreementCancelledAfterConfirmation_SaysItIsCancelledAndWhen()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, Domain.Placements.PlacementStatus.Confirmed, [learner]);
        var agreement = await Data.AgreementAsync(placement, learner.Id);
        await using (var db = Factory.CreateDbContext())
        {
            var a = await db.Agreements.SingleAsync(x => x.Id == agreement.Id);
            a.ConfirmByCollege(TestData.CollegeAdminUser, TestData.WorkflowAt);
            await db.SaveChangesAsync();
            var issued = Domain.Documents.IssuedDocument.Create(Domain.Documents.IssuedDocumentKind.TripartiteAgreement, a.Id, "Д-1", new DateOnly(2026, 3, 2),
                college.Id, employer.Id, TestData.WorkflowAt);
            db.IssuedDocuments.Add(issued);
            a.Cancel("Окуучу колледжден чыгарылды", TestData.CollegeAdminUser, new DateTimeOffset(2026, 4, 15, 23, 30, 0, TimeSpan.Zero));
            await db.SaveChangesAsync();
        }

        await using var read = Factory.CreateDbContext();
        var code = (await read.IssuedDocuments.SingleAsync(d => d.EntityId == agreement.Id)).Code;
        var page = await PortalClient.Anonymous(Factory, "ru-KG").GetDocumentAsync($"/verify/{code}");

        // 23:30 UTC on the 15th is the 16th in Bishkek.
        Assert.Equal("Расторгнут колледжем 16.04.2026: документ больше не действует.", page.QuerySelector("[data-testid=revoked]")!.TextContent);
        Assert.Equal("Расторгнут", page.QuerySelector("[data-testid=standing]")!.TextContent);
        Assert.DoesNotContain("Окуучу колледжден чыгарылды", page.Body!.TextContent);
    }
}
