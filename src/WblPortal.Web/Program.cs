using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Serilog;
using WblPortal.Infrastructure;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Api;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.BadInput;
using WblPortal.Web.Infrastructure.Operations;
using WblPortal.Web.Localization;
using WblPortal.Web.Security;

// One-off commands (`retention [--dry-run]`, scripts/retention.sh) build the portal, run and exit without serving.
var (retention, hostArgs) = RetentionCommand.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);

// Every line carries the request's correlation id (Infrastructure/Operations/CorrelationId.cs); sinks registered as
// services (ILogEventSink) are added too.
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    // Query strings lose their values (a search for a learner's name): Infrastructure/Operations/QueryStringMasking.cs.
    .Enrich.With<QueryStringMasking>()
    .WriteTo.Console(
        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {SourceContext}: {Message:lj}{NewLine}{Exception}",
        formatProvider: CultureInfo.InvariantCulture));
builder.AddPortalTelemetry();

builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddOptions<PortalOptions>()
    .Bind(builder.Configuration.GetSection(PortalOptions.Section))
    .Validate(o => PublicLinks.Parse(o.PublicUrl) is not null, "Portal:PublicUrl must be the portal's absolute http(s) address.")
    .ValidateOnStart();
builder.Services.AddSingleton<PublicLinks>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<WblPortal.Web.Features.Notifications.UnreadCountCache>();
builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, WblPortal.Web.Features.Notifications.UnreadCountInterceptor>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IActorAccessor, HttpActorAccessor>();

builder.Services
    .AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        // Password policy (length 12 + common-password list), hashing cost and 2FA: Security/AccountSecurityServices.cs.
    })
    .AddEntityFrameworkStores<WblDbContext>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
    .AddAccountSecurity(builder.Configuration);

builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.LogoutPath = "/account/logout";
    options.AccessDeniedPath = "/account/access-denied";
    options.Cookie.Name = "wbl.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    options.SlidingExpiration = true;
    // A signed-in user without the role gets 403 (and the localized error page), not a redirect.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});

// Every request re-checks the cookie's security stamp at least this often, so that signing out, a password change,
// a lock or a role change ends the user's other sessions within a minute.
builder.Services.Configure<SecurityStampValidatorOptions>(options =>
    options.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Security:SessionValidationSeconds", 60)));
// Every cookie the portal sets (antiforgery, TempData, culture) is Secure in Production.
builder.Services.Configure<CookiePolicyOptions>(options =>
{
    options.Secure = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    options.MinimumSameSitePolicy = SameSiteMode.Lax;
});
builder.Services.AddAntiforgery(options =>
    options.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
// Behind a TLS-terminating proxy the scheme and client address come from X-Forwarded-Proto / -For, trusted only from
// the proxies named in ForwardedHeaders:KnownProxies (loopback by default).
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
    {
        options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
});

builder.Services.AddDataProtection()
    .SetApplicationName("WblPortal")
    .PersistKeysToDbContext<WblDbContext>();

builder.Services.AddAuthorization(Policies.Add);
// Kyrgyz and Russian text is written as is, not as &#x...; entities.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    var cultures = PortalCultures.Create();
    options.DefaultRequestCulture = new RequestCulture(cultures[0], cultures[0]);
    options.SupportedCultures = cultures;
    options.SupportedUICultures = cultures;
    options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
});

builder.Services
    .AddControllersWithViews(options =>
    {
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        options.Filters.Add<ScopeViolationFilter>();
        // Junk input answers a localized 4xx, never 500: see Infrastructure/BadInput.
        options.Filters.Add<InputCheckFilter>();
        options.Filters.Add<QueryBindingFilter>();
        options.Filters.Add<DataErrorFilter>();
        options.ModelBinderProviders.Insert(0, new StrictBindingProvider(options.ModelBinderProviders));
        options.ModelBinderProviders.Insert(0, new DateBinderProvider());
    })
    .AddViewLocalization();
builder.Services.ConfigureOptions<LocalizedModelBindingMessages>();
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
builder.Services.AddPortalFeatures();
builder.Services.AddScoped<DemoDataSeeder>();
builder.Services.Configure<WblPortal.Web.Features.Notifications.NotificationOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Notifications.NotificationOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Notifications.NotificationEmailService>();
builder.Services.Configure<WblPortal.Web.Features.Notifications.TelegramOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Notifications.TelegramOptions.Section));
builder.Services.AddHttpClient(nameof(WblPortal.Web.Features.Notifications.TelegramNotifier));
builder.Services.AddScoped<WblPortal.Web.Features.Notifications.TelegramNotifier>();
builder.Services.Configure<WblPortal.Web.Features.Notifications.ReminderOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Notifications.ReminderOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Notifications.ReminderService>();
builder.Services.Configure<WblPortal.Infrastructure.Statistics.NationalFiguresOptions>(
    builder.Configuration.GetSection(WblPortal.Infrastructure.Statistics.NationalFiguresOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Ministry.NationalFiguresRefresher>();

// National readers see counts of 1–4 as "<5" (Domain/Privacy/SmallCells.cs). Only the tests of the figures' arithmetic
// turn it off; Production refuses to start without it (ProductionReadiness).
builder.Services.AddSingleton(builder.Configuration.GetValue("Privacy:SuppressSmallCells", true)
    ? WblPortal.Domain.Privacy.SmallCellRule.Standard
    : WblPortal.Domain.Privacy.SmallCellRule.Off);
builder.Services.Configure<WblPortal.Web.Features.Privacy.RetentionOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Privacy.RetentionOptions.Section));

builder.Services.AddPortalCompression();
// The read-only API for the state's systems (/api/v1): token scheme, scopes, per-client rate limit, OpenAPI document.
builder.Services.AddPortalApi(builder.Configuration);

builder.Services.AddPortalHealthChecks(builder.Configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (retention is not null)
{
    Environment.ExitCode = await retention.RunAsync(app.Services, Console.Out);
    return;
}

await app.EnsureReadyForProductionAsync();
#if WBL_BENCHMARK
// Benchmark build only (-c Benchmark): SQL commands per response, the raw-Npgsql diary endpoint (docs/benchmarks.md).
app.UseBenchmarkDiagnostics();
#endif

app.UseMiddleware<CorrelationIdMiddleware>();
// Prometheus's scrape, on the metrics port only (never forwarded by the public proxy), before HTTPS redirection.
app.UsePortalMetrics(app.Configuration);
app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    // Refused input that escaped the MVC filters still gets its 4xx page (the same classification as DataErrorFilter).
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        StatusCodeSelector = exception => DataErrorFilter.StatusOf(exception) ?? StatusCodes.Status500InternalServerError,
    });
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseResponseCompression();
app.UseSecurityHeaders();
app.UseCookiePolicy();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles(WebPerformance.StaticFileOptions());
app.UseSerilogRequestLogging();
app.UseRequestLocalization();
app.UseRouting();
app.UseRequestLimits();
app.UseAuthentication();
app.UseTwoFactorEnrolment();
app.UseAuthorization();
// After authorization: the API's limiter is partitioned by the authenticated client.
app.UseRateLimiter();

app.MapPortalHealth();
app.MapPortalApiAndDocument();
app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();

/// <summary>Entry point; public so that the integration tests' WebApplicationFactory can host it.</summary>
public partial class Program;
