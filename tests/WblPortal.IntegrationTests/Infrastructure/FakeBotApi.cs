using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>A local stand-in for Telegram's Bot API: a real HTTP server on a free localhost port that answers
/// /bot&lt;token&gt;/&lt;method&gt; with Bot-API-shaped JSON and records each call (method and JSON body).</summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:test-token";

    private readonly WebApplication _app;
    private int _messageId;

    private FakeBotApi(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, JsonElement Body)> Calls { get; } = new();

    public string BaseUrl => _app.Urls.First();

    public IReadOnlyList<JsonElement> CallsOf(string method) => Calls.Where(c => c.Method == method).Select(c => c.Body).ToList();

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", async (string token, string method, HttpRequest request) =>
        {
            if (token != Token)
            {
                return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
            }

            using var body = await JsonDocument.ParseAsync(request.Body);
            var call = body.RootElement.Clone();
            fake.Calls.Enqueue((method, call));
            return method switch
            {
                "sendMessage" => Results.Json(new
                {
                    ok = true,
                    result = new
                    {
                        message_id = Interlocked.Increment(ref fake._messageId), date = 1_776_000_000,
                        chat = new { id = call.GetProperty("chat_id").GetInt64(), type = "private" },
                        text = call.GetProperty("text").GetString(),
                    },
                }),
                _ => Results.Json(new { ok = true, result = true }),
            };
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
