using WblPortal.Infrastructure.Cluster;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>Refreshes the national figures on start and every <see cref="NationalFiguresOptions.FiguresRefreshMinutes"/>,
/// once across the instances sharing the database: a run takes the <see cref="ClusterJobLock"/> and skips the refresh
/// when another instance refreshed within the last half interval (<c>ministry_wbl_refreshed</c> says when).</summary>
public sealed class NationalFiguresRefresher(IServiceScopeFactory scopes, ClusterJobLock cluster,
    Microsoft.Extensions.Options.IOptions<NationalFiguresOptions> options, TimeProvider clock, ILogger<NationalFiguresRefresher> logger)
    : BackgroundService
{
    public const string Job = "national-figures";

    /// <summary>One run: returns whether this instance refreshed the figures (false: another instance runs or just ran it).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var refreshed = false;
        await cluster.TryRunAsync(Job, async ct =>
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WblDbContext>();
            var minutes = options.Value.FiguresRefreshMinutes;
            if (minutes > 0 && await NationalFigures.RefreshedAtAsync(db, ct) is { } at && at > clock.GetUtcNow().AddMinutes(-minutes / 2.0))
            {
                return;
            }

            await NationalFigures.RefreshAsync(db, ct);
            refreshed = true;
        }, cancellationToken);
        return refreshed;
    }

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
                await RunOnceAsync(stoppingToken);
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
