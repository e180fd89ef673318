using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WblPortal.Web.Infrastructure.Operations;

/// <summary>
/// OpenTelemetry: metrics (ASP.NET Core requests, Kestrel, the .NET runtime, Npgsql's commands and pool) scraped by
/// Prometheus at <c>/metrics</c> on the <b>metrics address only</b> (<c>Observability:MetricsUrl</c>, a port of its own
/// that the public proxy does not forward: on any other port <c>/metrics</c> is an ordinary 404), and traces (ASP.NET
/// Core requests and Npgsql commands) sent by OTLP when <c>Observability:OtlpEndpoint</c> is set. Neither carries
/// personal data: routes, status codes and SQL text with parameters, never parameter values or query strings.
/// </summary>
public static class Telemetry
{
    public const string Section = "Observability";

    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[$"{Section}:OtlpEndpoint"];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("wbl-portal", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                    .AddNpgsql();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });

        // Kestrel listens on the metrics address beside the portal's own addresses (urls / http_ports, else :5000).
        if (MetricsPort(builder.Configuration) is { } port && port > 0)
        {
            var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
            if (string.IsNullOrWhiteSpace(urls))
            {
                var httpPorts = builder.Configuration[WebHostDefaults.HttpPortsKey];
                urls = string.IsNullOrWhiteSpace(httpPorts)
                    ? "http://localhost:5000"
                    : string.Join(';', httpPorts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
            }

            builder.WebHost.UseUrls($"{urls};{builder.Configuration[$"{Section}:MetricsUrl"]}");
        }

        return builder;
    }

    /// <summary>Answers Prometheus's scrape at <c>/metrics</c>, only on a connection to the metrics port.</summary>
    public static IApplicationBuilder UsePortalMetrics(this IApplicationBuilder app, IConfiguration configuration)
    {
        var port = MetricsPort(configuration);
        return port is > 0
            ? app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == "/metrics" && context.Connection.LocalPort == port)
            : app;
    }

    /// <summary>The port of <c>Observability:MetricsUrl</c>; null (no endpoint) when unset.</summary>
    public static int? MetricsPort(IConfiguration configuration) =>
        Uri.TryCreate(configuration[$"{Section}:MetricsUrl"], UriKind.Absolute, out var url) ? url.Port : null;

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
