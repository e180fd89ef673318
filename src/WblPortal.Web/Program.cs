using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
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
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.BadInput;
using WblPortal.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console());

builder.Services.AddInfrastructure(builder.Configuration);
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
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
    })
    .AddEntityFrameworkStores<WblDbContext>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.LogoutPath = "/account/logout";
    options.AccessDeniedPath = "/account/access-denied";
    options.Cookie.Name = "wbl.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.SlidingExpiration = true;
    // A signed-in user without the role gets 403 (and the localized error page), not a redirect.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
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
    })
    .AddViewLocalization();
builder.Services.ConfigureOptions<LocalizedModelBindingMessages>();
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
builder.Services.AddPortalFeatures();
builder.Services.AddScoped<DemoDataSeeder>();
builder.Services.Configure<WblPortal.Web.Features.Notifications.NotificationOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Notifications.NotificationOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Notifications.NotificationEmailService>();
builder.Services.Configure<WblPortal.Web.Features.Notifications.ReminderOptions>(
    builder.Configuration.GetSection(WblPortal.Web.Features.Notifications.ReminderOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Notifications.ReminderService>();
builder.Services.Configure<WblPortal.Infrastructure.Statistics.NationalFiguresOptions>(
    builder.Configuration.GetSection(WblPortal.Infrastructure.Statistics.NationalFiguresOptions.Section));
builder.Services.AddHostedService<WblPortal.Web.Features.Ministry.NationalFiguresRefresher>();

builder.Services.AddHealthChecks()
    .AddNpgSql(builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName)!, name: "database");

var app = builder.Build();

await app.PrepareDatabaseAsync();

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

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseSerilogRequestLogging();
app.UseRequestLocalization();
app.UseRouting();
app.UseRequestLimits();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health");
app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();

/// <summary>Entry point; public so that the integration tests' WebApplicationFactory can host it.</summary>
public partial class Program;
