using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>Refreshes the national figures on start and every <see cref="NationalFiguresOptions.FiguresRefreshMinutes"/>.</summary>
public sealed class NationalFiguresRefresher(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<NationalFiguresOptions> options,
    ILogger<NationalFiguresRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.FiguresRefreshOnRead)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await NationalFigures.RefreshAsync(scope.ServiceProvider.GetRequiredService<WblDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Refreshing the national figures failed");
            }

            if (options.Value.FiguresRefreshMinutes <= 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMinutes(options.Value.FiguresRefreshMinutes), stoppingToken);
        }
    }
}
