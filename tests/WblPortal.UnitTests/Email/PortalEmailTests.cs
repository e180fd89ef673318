using MimeKit;
using WblPortal.Infrastructure.Email;

namespace WblPortal.UnitTests.Email;

public sealed class PortalEmailTests
{
    private const string Html = "<p>Саламатсызбы, Айгүл!</p><p>Сиздин жумаңыз бекитилүүнү күтүп турат &amp; эскертме.</p>"
        + "<p><a href=\"https://wbl.edu.kg/Mentor/Diaries?week=2026-12-07&amp;x=1\">Күндөлүктү ачуу</a></p>"
        + "<p>https://wbl.edu.kg/Mentor/Diaries</p><ul><li>Биринчи</li><li>Экинчи</li></ul>";

    [Fact]
    public void ToPlainText_KeepsParagraphsLinksAndKyrgyzLetters_DropsTags()
    {
        var text = HtmlText.ToPlainText(Html);

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("Саламатсызбы, Айгүл!\n\nСиздин жумаңыз бекитилүүнү күтүп турат & эскертме.", text, StringComparison.Ordinal);
        Assert.Contains("Күндөлүктү ачуу (https://wbl.edu.kg/Mentor/Diaries?week=2026-12-07&x=1)", text, StringComparison.Ordinal);
        Assert.Contains("• Биринчи\n• Экинчи", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_LinkWhoseTextIsItsAddress_WritesTheAddressOnce()
    {
        var text = HtmlText.ToPlainText("<a href=\"https://wbl.edu.kg/a\">https://wbl.edu.kg/a</a>");

        Assert.Equal("https://wbl.edu.kg/a\n", text);
    }

    [Fact]
    public async Task Compose_WritesHtmlAndTextAlternatives_ThatReadBackInKyrgyz()
    {
        using var message = PortalEmailSender.Compose("no-reply@wbl.edu.kg", "aigul@mail.kg", "Жума бекитилүүнү күтөт", Html);
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream);
        stream.Position = 0;

        using var read = await MimeMessage.LoadAsync(stream);
        Assert.Equal("multipart/alternative", read.Body!.ContentType.MimeType);
        Assert.Equal("Жума бекитилүүнү күтөт", read.Subject);
        Assert.Equal("aigul@mail.kg", Assert.Single(read.To.Mailboxes).Address);
        Assert.Contains("жумаңыз бекитилүүнү", read.HtmlBody ?? "", StringComparison.Ordinal);
        Assert.Contains("жумаңыз бекитилүүнү", read.TextBody ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", read.TextBody ?? "", StringComparison.Ordinal);
    }
}
