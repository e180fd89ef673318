using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace WblPortal.Web.Infrastructure;

/// <summary>What makes the portal fast on a phone: Brotli/Gzip for text responses and long-lived caching of static
/// files whose URL carries a content hash (<c>asp-append-version</c> → <c>?v=…</c>).</summary>
public static class WebPerformance
{
    /// <summary>A year, immutable: the <c>?v=</c> hash changes whenever the file does, so a cached copy is never stale.</summary>
    public const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Files requested without a hash may change with a release: cached for an hour, then revalidated.</summary>
    public const string PlainCacheControl = "public, max-age=3600";

    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // HTTPS too. BREACH needs a secret repeated in every compressed response next to attacker-chosen text; the
            // portal's only secret in pages, the antiforgery token, is encrypted afresh (new random bytes) on every
            // render, and the auth cookie is never echoed into a body.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "text/plain",
                "image/svg+xml", "image/x-icon"];
        });
        // Fastest levels: pages are built per request on a small machine; static files are small enough either way.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static StaticFileOptions StaticFileOptions() => new()
    {
        OnPrepareResponse = context =>
        {
            context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                ? FingerprintedCacheControl
                : PlainCacheControl;
        },
    };
}
