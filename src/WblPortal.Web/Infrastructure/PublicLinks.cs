using Microsoft.Extensions.Options;

namespace WblPortal.Web.Infrastructure;

/// <summary>The <c>Portal</c> settings section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The portal's public address (scheme, host and any path base), e.g. <c>https://wbl.edu.gov.kg</c>.
    /// Every absolute link the portal hands out — emails, invitations, password resets, QR codes on documents — is
    /// built from it, never from the request's Host header, which a client can forge.</summary>
    public string? PublicUrl { get; set; }
}

/// <summary>Builds absolute links from the configured public address (<see cref="PortalOptions.PublicUrl"/>).</summary>
public sealed class PublicLinks
{
    private readonly Uri _base;

    public PublicLinks(IOptions<PortalOptions> options)
    {
        _base = Parse(options.Value.PublicUrl)
            ?? throw new InvalidOperationException($"{PortalOptions.Section}:{nameof(PortalOptions.PublicUrl)} must be an absolute http(s) address.");
    }

    /// <summary>The absolute address of a path of the portal (with its query string, if any).</summary>
    public string To(string pathAndQuery) => _base.AbsoluteUri.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');

    public string ResetPassword(string userId, string token) =>
        To($"account/reset-password?uid={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");

    public string AcceptInvitation(string token) => To($"account/accept-invitation?token={Uri.EscapeDataString(token)}");

    public string Verify(string code) => To($"verify/{Uri.EscapeDataString(code)}");

    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : null;
}
