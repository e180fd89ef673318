using System.Text.RegularExpressions;

namespace WblPortal.UnitTests.Security;

/// <summary>Time comes from <see cref="TimeProvider"/> (tests move it; the whole portal agrees on "now"): a direct read
/// of the system clock in src fails this test unless the allow-list below names the file with its reason.</summary>
public sealed partial class ClockReadsTests
{
    private static readonly Dictionary<string, (int Count, string Reason)> Allowed = new()
    {
        // Entity defaults that Identity's own code paths rely on; the portal's handlers set the value from the clock.
        ["src/WblPortal.Infrastructure/Identity/Invitation.cs"] = (1, "entity default (InviteUser sets it from the clock)"),
        ["src/WblPortal.Infrastructure/Identity/ApplicationUser.cs"] = (1, "entity default for users created by Identity"),
        // The PDF's metadata creation date when the caller gives none (documents pass their issue date).
        ["src/WblPortal.Infrastructure/Documents/Layout/PdfRenderer.cs"] = (1, "PDF metadata fallback"),
    };

    [Fact]
    public void Src_ReadsTheClockOnlyThroughTimeProvider()
    {
        var root = RepositoryFiles.Root();
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(root, f).Replace('\\', '/'),
                Count: File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Sum(l => ClockRead().Count(l))))
            .Where(f => f.Count > 0)
            .ToList();

        var unexpected = found.Where(f => !Allowed.TryGetValue(f.File, out var a) || a.Count != f.Count)
            .Select(f => $"{f.File}: {f.Count} (allowed {(Allowed.TryGetValue(f.File, out var a) ? a.Count : 0)})").ToList();
        var stale = Allowed.Keys.Except(found.Select(f => f.File)).ToList();

        Assert.Empty(unexpected);
        Assert.Empty(stale);
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex ClockRead();
}
