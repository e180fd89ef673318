using System.Globalization;
using WblPortal.Web.Features.Privacy;

namespace WblPortal.Web.Infrastructure.Operations;

/// <summary>
/// The one-off command <c>retention [--dry-run]</c> (scripts/retention.sh): erases the personal data of learners
/// graduated more than Privacy:RetentionYears ago (<see cref="EraseExpiredPersonalData"/>) and prints how many rows of
/// each kind were (or would be) erased — counts only, never a name. The portal is built but not started.
/// </summary>
public sealed record RetentionCommand(bool DryRun)
{
    public const string Name = "retention";
    public const string DryRunSwitch = "--dry-run";

    /// <summary>The command named by the first argument, and the arguments left for the host's configuration.</summary>
    public static (RetentionCommand? Command, string[] HostArgs) Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return (null, args);
        }

        var rest = args.Skip(1).ToList();
        var dryRun = rest.Remove(DryRunSwitch);
        return (new RetentionCommand(dryRun), [.. rest]);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EraseExpiredPersonalData.Handler>().RunAsync(DryRun, cancellationToken);
        var cutoff = result.GraduatedOnOrBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(DryRun
            ? $"retention (dry run, nothing changed): learners graduated on or before {cutoff} whose personal data would be erased:"
            : $"retention: personal data erased for learners graduated on or before {cutoff}:");
        foreach (var (kind, count) in result.Counts.OrderBy(c => c.Key == "learners" ? 0 : 1).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {kind,-20} {count,8}"));
        }

        return 0;
    }
}
