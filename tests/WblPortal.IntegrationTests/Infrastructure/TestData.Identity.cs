using System.Net;
using System.Text;
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

/// <summary>Reads the .eml files the portal wrote to the pickup folder.</summary>
public static partial class MailPickup
{
    public sealed record Mail(string To, string Subject, string Body)
    {
        /// <summary>The path and query of the first portal link in the body that contains <paramref name="fragment"/>.</summary>
        public string LinkTo(string fragment)
        {
            var match = LinkPattern().Matches(Body).Select(m => WebUtility.HtmlDecode(m.Value)).First(v => v.Contains(fragment, StringComparison.Ordinal));
            return new Uri(match).PathAndQuery;
        }
    }

    public static IReadOnlyList<Mail> Read(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.eml").Select(f => Parse(File.ReadAllText(f))).ToList();

    private static Mail Parse(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Unfold(eml[..split]);
        var body = eml[(split + 4)..];
        var encoding = Header(headers, "Content-Transfer-Encoding")?.ToLowerInvariant();
        var text = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new Mail(Header(headers, "To") ?? "", DecodeWords(Header(headers, "Subject") ?? ""), text);
    }

    private static string Unfold(string headers) => Regex.Replace(headers, @"\r\n[ \t]+", " ");

    private static string? Header(string headers, string name) =>
        Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    private static string DecodeWords(string value) =>
        Regex.Replace(value, @"=\?utf-8\?(B|Q)\?([^?]*)\?=\s*", m => m.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
            : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')), RegexOptions.IgnoreCase);

    private static string QuotedPrintable(string value)
    {
        var bytes = new List<byte>();
        var text = value.Replace("=\r\n", "");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("https?://[^\\s\"<]+")]
    private static partial Regex LinkPattern();
}
