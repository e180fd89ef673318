using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Email;

namespace WblPortal.Web.Features.Account;

/// <summary>The account emails (password reset, invitation), written in the current UI culture.</summary>
public static class SendAccountEmail
{
    public sealed class Handler(IPortalEmailSender sender, IStringLocalizer<AccountResource> a, IStringLocalizer<SharedResource> l)
    {
        public Task SendPasswordResetAsync(string to, string fullName, string link, CancellationToken cancellationToken) =>
            sender.SendAsync(to, a["Email_Reset_Subject"],
                Body(a["Email_Greeting", fullName], a["Email_Reset_Body"], link, a["Email_Reset_Button"], a["Email_Reset_Ignore"]),
                cancellationToken);

        public Task SendInvitationAsync(string to, string fullName, string role, string organization, string link, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            sender.SendAsync(to, a["Email_Invite_Subject"],
                Body(a["Email_Greeting", fullName], a["Email_Invite_Body", l["Role_" + role], organization], link, a["Email_Invite_Button"],
                    a["Email_Invite_Expires", expiresAt.ToString(Localization.PortalCultures.DatePattern, CultureInfo.InvariantCulture)]),
                cancellationToken);

        private static string Body(string greeting, string text, string link, string button, string footer)
        {
            var href = WebUtility.HtmlEncode(link);
            return $"<p>{WebUtility.HtmlEncode(greeting)}</p><p>{WebUtility.HtmlEncode(text)}</p>"
                + $"<p><a href=\"{href}\">{WebUtility.HtmlEncode(button)}</a></p><p>{href}</p>"
                + $"<p>{WebUtility.HtmlEncode(footer)}</p>";
        }
    }
}
