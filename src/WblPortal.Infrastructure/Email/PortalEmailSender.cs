using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WblPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Sender address of every portal email.</summary>
    public string From { get; set; } = "no-reply@wbl.local";

    /// <summary>When set, emails are written as .eml files to this folder instead of being sent (Development).</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Encrypt the connection: TLS from the first byte on port 465, STARTTLS on any other port.</summary>
    public bool SmtpEnableSsl { get; set; } = true;
}

public interface IPortalEmailSender
{
    /// <summary>Sends one message in the recipient's language: the HTML body and, beside it, the same text as plain
    /// text (for mail readers that show no HTML and for spam filters).</summary>
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}

/// <summary>Sends through SMTP with MailKit (Microsoft no longer recommends <c>System.Net.Mail.SmtpClient</c>), or
/// writes .eml files to a pickup folder when one is configured.</summary>
public sealed class PortalEmailSender(IOptions<EmailOptions> options) : IPortalEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = Compose(settings.From, to, subject, htmlBody);
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            await WriteToPickupAsync(message, Path.GetFullPath(settings.PickupDirectory), cancellationToken);
            return;
        }

        var host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not configured.");
        var security = !settings.SmtpEnableSsl ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(host, settings.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            // Law No. 58, no personal data in the logs: an SMTP server's answer repeats the recipient's address
            // ("550 5.1.1 <name@example.kg>: Recipient address rejected"), and MailKit puts it in the message and the
            // mailbox in the exception; whoever catches this logs it. Only the status and the kind of refusal leave here.
            throw new EmailDeliveryException(ex.StatusCode, ex.ErrorCode.ToString());
        }
        catch (Exception ex) when (ex is SmtpProtocolException or AuthenticationException or ServiceNotConnectedException)
        {
            throw new EmailDeliveryException(default, ex.GetType().Name);
        }
    }

    /// <summary>The message: UTF-8 subject, an HTML part and its plain-text twin (multipart/alternative).</summary>
    public static MimeMessage Compose(string from, string to, string subject, string htmlBody)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlBody, TextBody = HtmlText.ToPlainText(htmlBody) }.ToMessageBody();
        return message;
    }

    /// <summary>Writes the whole file under a temporary name first, so that a reader of the folder never sees half a
    /// message.</summary>
    private static async Task WriteToPickupAsync(MimeMessage message, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, $"{Guid.NewGuid():N}");
        await message.WriteToAsync(name + ".tmp", cancellationToken);
        File.Move(name + ".tmp", name + ".eml");
    }
}

/// <summary>An e-mail could not be delivered: the SMTP status and the kind of failure, never the server's answer (it
/// names the recipient).</summary>
public sealed class EmailDeliveryException(SmtpStatusCode status, string smtpError)
    : Exception($"E-mail delivery failed: SMTP {(int)status} {status} ({smtpError}).")
{
    public SmtpStatusCode Status { get; } = status;
}
