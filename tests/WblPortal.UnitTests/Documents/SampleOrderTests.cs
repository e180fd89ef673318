namespace WblPortal.UnitTests.Documents;

public class SampleOrderTests
{
    [Fact]
    public void SampleOrder_ReadsLikeAKyrgyzOrder()
    {
        var learners = SampleOrder.Learners(30);

        using var read = new PdfReadBack(SampleOrder.Build(30).ToPdf());

        var first = read.Text(0);
        var firstWords = read.Pages[0].GetWords().Select(w => w.Text).ToHashSet();
        Assert.All("Бишкек политехникалык колледжи Бишкекский политехнический колледж".Split(' '), w => Assert.Contains(w, firstWords));
        Assert.Contains("БУЙРУК", first);
        Assert.Contains("29.05.2025 Бишкек шаары № 125-ст", first);
        Assert.Contains(SampleOrder.Title, first);
        Assert.Contains("БУЙРУК КЫЛАМ:", first);
        Assert.Contains("1. «Электр жабдууларын", first);
        Assert.All(new[] { "Студенттин аты-жөнү", "Тайпасы", "Ишканадагы практика", "жетекчиси" }, h => Assert.Contains(h, first));

        var all = read.AllText;
        foreach (var item in new[] { "2. Колледж тарабынан", "3. Практиканын жетекчиси", "3.1. практика", "3.2. практика", "3.3. практика", "4. Буйруктун аткарылышын көзөмөлдөө" })
        {
            Assert.Contains(item, all);
        }

        Assert.Contains("Директор", all);
        Assert.Contains("А. Асанов", all);

        // The learners' table and the acknowledgement sheet each list all 30 learners.
        Assert.All(learners, l => Assert.Equal(2, CountOf(all, l)));

        // The acknowledgement sheet starts its own page, after the signature.
        var sheetPage = Enumerable.Range(0, read.Pages.Count).First(i => read.Text(i).StartsWith("Буйрук менен тааныштым", StringComparison.Ordinal));
        Assert.Contains("А. Асанов", read.Text(sheetPage - 1));
        Assert.Contains("№ Аты-жөнү Күнү Колу", read.Text(sheetPage));

        for (var i = 0; i < read.Pages.Count; i++)
        {
            Assert.Contains($"{i + 1}-бет / {read.Pages.Count}", read.Text(i));
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
