using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.Web.Controllers;

/// <summary>The Telegram bot's webhook (register it with setWebhook and the same secret_token): only calls carrying
/// the configured secret in X-Telegram-Bot-Api-Secret-Token are read; without a bot token the address does not exist.</summary>
[Route("telegram")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class TelegramController(IOptions<TelegramOptions> options, TelegramNotifier telegram, ILogger<TelegramController> logger) : Controller
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    [HttpPost("webhook")]
    public async Task<IActionResult> Webhook([FromServices] TelegramUpdates.Handler handler, CancellationToken cancellationToken)
    {
        if (!telegram.Enabled)
        {
            return NotFound();
        }

        var secret = options.Value.WebhookSecret;
        var given = Request.Headers[SecretHeader].ToString();
        if (string.IsNullOrEmpty(secret) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(given)))
        {
            return Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(Request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return BadRequest();
        }

        if (update is null)
        {
            return BadRequest();
        }

        try
        {
            await handler.HandleAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is Telegram.Bot.Exceptions.ApiRequestException or HttpRequestException)
        {
            // The answer could not reach Telegram; the step itself is saved or not on its own. Telegram must not retry it.
            logger.LogWarning(ex, "Answering Telegram update {UpdateId} failed", update.Id);
        }

        return Ok();
    }
}
