using System.Net;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Infrastructure.Operations;

namespace WblPortal.IntegrationTests.Operations;

public sealed class HealthAndTelemetryTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_HealthProbe_AnswersHealthy(string url)
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Metrics_OnThePublicPort_IsNotFound()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Metrics_OnTheMetricsPort_AnswersPrometheusText()
    {
        await PortalClient.Anonymous(Factory).GetAsync("/account/login");
        var port = Telemetry.MetricsPort((Microsoft.Extensions.Configuration.IConfiguration)Factory.Services.GetService(typeof(Microsoft.Extensions.Configuration.IConfiguration))!)!.Value;

        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            c.Connection.LocalPort = port;
        });
        using var reader = new StreamReader(context.Response.Body);
        var text = await reader.ReadToEndAsync();

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task Request_WithCorrelationId_EchoesIt_AndReplacesAnUnsafeOne()
    {
        var client = PortalClient.Anonymous(Factory);
        using var good = new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { { CorrelationIdMiddleware.Header, "lb-7f3a-01" } } };
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { { CorrelationIdMiddleware.Header, "<script>alert(1)</script>" } } };

        var echoed = (await client.Http.SendAsync(good)).Headers.GetValues(CorrelationIdMiddleware.Header).Single();
        var replaced = (await client.Http.SendAsync(bad)).Headers.GetValues(CorrelationIdMiddleware.Header).Single();

        Assert.Equal("lb-7f3a-01", echoed);
        Assert.Matches("^[0-9a-f]{32}$", replaced);
    }
}
