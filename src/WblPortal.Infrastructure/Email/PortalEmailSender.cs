using System.Net.Mail;
using Microsoft.Extensions.Options;

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
    public bool SmtpEnableSsl { get; set; } = true;
}

public interface IPortalEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}

/// <summary>Sends through SMTP, or writes .eml files to a pickup folder when one is configured.</summary>
public sealed class PortalEmailSender(IOptions<EmailOptions> options) : IPortalEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, htmlBody)
        {
            IsBodyHtml = true,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = new SmtpClient();
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory);
        }
        else
        {
            client.Host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not configured.");
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.SmtpEnableSsl;
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                client.Credentials = new System.Net.NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
            }
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            // Law No. 58, no personal data in the logs: an SMTP server's answer repeats the recipient's address
            // ("550 5.1.1 <name@example.kg>: Recipient address rejected") and whoever catches this logs it. Only the
            // status code and the exception's type leave here.
            throw new EmailDeliveryException(ex.StatusCode, ex.GetType().Name);
        }
    }
}

/// <summary>An e-mail could not be delivered: the SMTP status and the original exception's type, never the server's
/// answer (it names the recipient).</summary>
public sealed class EmailDeliveryException(SmtpStatusCode status, string smtpError)
    : Exception($"E-mail delivery failed: SMTP {(int)status} {status} ({smtpError}).")
{
    public SmtpStatusCode Status { get; } = status;
}
