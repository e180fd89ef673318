using System.Net;
using System.Text.RegularExpressions;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>An invitation and its raw token (only the hash is stored).</summary>
    public async Task<(Invitation Invitation, string Token)> InvitationAsync(string role, Guid? organizationId, Action<Invitation>? configure = null)
    {
        var token = Invitation.NewToken();
        var email = $"invitee{Next()}@test.kg";
        var invitation = new Invitation
        {
            Email = email,
            FullName = $"Чакырылган Адам {Next()}",
            Role = role,
            OrganizationKind = Roles.OrganizationKindOf(role),
            OrganizationId = organizationId,
            TokenHash = Invitation.Hash(token),
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(7),
        };
        configure?.Invoke(invitation);
        await using var db = factory.CreateDbContext();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return (invitation, token);
    }
}

/// <summary>Reads the .eml files the portal wrote to the pickup folder (with MimeKit, as a mail reader would).</summary>
public static partial class MailPickup
{
    /// <param name="Body">the HTML part</param>
    /// <param name="Text">the plain-text part</param>
    public sealed record Mail(string To, string Subject, string Body, string Text)
    {
        /// <summary>The path and query of the first portal link in the body that contains <paramref name="fragment"/>.</summary>
        public string LinkTo(string fragment)
        {
            var match = LinkPattern().Matches(Body).Select(m => WebUtility.HtmlDecode(m.Value)).First(v => v.Contains(fragment, StringComparison.Ordinal));
            return new Uri(match).PathAndQuery;
        }
    }

    public static IReadOnlyList<Mail> Read(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.eml").Select(Parse).ToList();

    private static Mail Parse(string file)
    {
        using var message = MimeKit.MimeMessage.Load(file);
        return new Mail(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "",
            message.HtmlBody ?? "", message.TextBody ?? "");
    }

    [GeneratedRegex("https?://[^\\s\"<]+")]
    private static partial Regex LinkPattern();
}
