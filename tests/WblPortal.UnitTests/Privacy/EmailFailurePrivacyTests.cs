using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using WblPortal.Infrastructure.Email;

namespace WblPortal.UnitTests.Privacy;

/// <summary>Law No. 58: a refused recipient's address, which the SMTP server repeats in its answer, does not reach the
/// exception the portal logs.</summary>
public sealed class EmailFailurePrivacyTests
{
    private const string Recipient = "aigul.omurbekova@mail.kg";

    /// <summary>A one-connection SMTP server on loopback that refuses every recipient, naming it, as real servers do.</summary>
    private static async Task RefusingServerAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            await writer.WriteLineAsync(command switch
            {
                "EHLO" or "HELO" => "250 test",
                "MAIL" => "250 2.1.0 Ok",
                "RCPT" => $"550 5.1.1 <{Recipient}>: Recipient address rejected: User unknown",
                "QUIT" => "221 2.0.0 Bye",
                _ => "250 Ok",
            });
            if (command == "QUIT")
            {
                break;
            }
        }
    }

    [Fact]
    public async Task SendAsync_RecipientRefused_ThrowsWithoutTheAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var server = RefusingServerAsync(listener);
            var sender = new PortalEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, SmtpEnableSsl = false }));

            var error = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(Recipient, "Тема", "<p>Текст</p>"));

            Assert.Equal(MailKit.Net.Smtp.SmtpStatusCode.MailboxUnavailable, error.Status);
            Assert.DoesNotContain("omurbekova", error.ToString(), StringComparison.OrdinalIgnoreCase);
            await server.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            listener.Stop();
        }
    }
}
