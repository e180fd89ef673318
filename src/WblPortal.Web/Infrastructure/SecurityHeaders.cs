namespace WblPortal.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>CSP with no inline script, no framing, no MIME sniffing, and a strict referrer policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // Whatever a signed-in user is shown (pages, xlsx, PDF, scans) may hold personal data: no cache, shared or the
        // browser's, keeps a copy. Checked when the response starts, after authentication has run.
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store, private";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        await next();
    });
}
