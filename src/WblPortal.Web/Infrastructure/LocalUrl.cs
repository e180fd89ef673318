using Microsoft.AspNetCore.Mvc;

namespace WblPortal.Web.Infrastructure;

/// <summary>A return address from the request (returnUrl), made safe to redirect to: local only (Url.IsLocalUrl), no
/// control characters, and non-ASCII characters percent-encoded — a raw "/ж" in a Location header makes Kestrel fail
/// the response. Anything else goes to <paramref name="fallback"/>.</summary>
public static class LocalUrl
{
    public static string SafeOr(IUrlHelper url, string? returnUrl, string fallback = "/")
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2000 || !url.IsLocalUrl(returnUrl) || returnUrl.Any(char.IsControl)
            || !BadInput.InputCheckFilter.IsClean(returnUrl))
        {
            return fallback;
        }

        var builder = new System.Text.StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return builder.ToString();
    }
}
