using System.Text.RegularExpressions;

namespace WblPortal.UnitTests.Security;

/// <summary>The tenant filter is lifted only through the doors listed here (docs/conventions.md names the kinds). A new
/// <c>IgnoreQueryFilters</c> in src fails this test until it uses <c>ReadThrough</c> or is added below with its reason.</summary>
public sealed partial class FilterBypassAllowListTests
{
    /// <summary>File (from the repository root) → how many bypasses it holds, and why.</summary>
    private static readonly Dictionary<string, (int Count, string Reason)> Allowed = new()
    {
        // The one door for reading another party's details of a row already found in scope (tenant check built in).
        ["src/WblPortal.Infrastructure/Data/Access/ReadThrough.cs"] = (2, "read-through: the door itself"),
        // The write check: an issued order's lines may not change, whoever's filter hides the order.
        ["src/WblPortal.Infrastructure/Data/WblDbContext.cs"] = (1, "write check inside SaveChanges"),
        // National readers: the ministry and the platform admin count every college.
        ["src/WblPortal.Infrastructure/Statistics/NationalStatistics.cs"] = (1, "national reader (ministry)"),
        ["src/WblPortal.Infrastructure/Statistics/NationalOutcomes.cs"] = (1, "national reader (ministry), only when the actor reads all"),
        // Token look-ups: the bearer of the token has no scope yet.
        ["src/WblPortal.Web/Features/Invitations/AcceptInvitation.cs"] = (2, "token look-up (invitation)"),
        ["src/WblPortal.Web/Features/Api/ApiTokenAuthentication.cs"] = (1, "token look-up (API bearer token, by its SHA-256): the client's id, name, scopes and whether it is revoked"),
        ["src/WblPortal.Web/Features/Documents/VerifyDocument.cs"] = (5, "token look-up (public verification code): the hashes of the PDFs stored under it, and whether the issued order was corrected (by which issued order) or the agreement cancelled since"),
        // Existence checks of keys unique across tenants, answering yes or no and no other data.
        ["src/WblPortal.Web/Features/Learners/LearnerPins.cs"] = (1, "existence check: ПИН unique across colleges"),
        ["src/WblPortal.Web/Features/Employers/EditEmployer.cs"] = (1, "existence check: ИНН unique across employers"),
        ["src/WblPortal.Web/Features/Colleges/EditCollege.cs"] = (1, "existence check: college name unique"),
        ["src/WblPortal.Web/Features/Invitations/InviteUser.cs"] = (1, "existence check: one pending invitation per e-mail"),
        ["src/WblPortal.Web/Features/Documents/DocumentCodes.cs"] = (2, "unique-key look-up: the code and register number of (kind, document) whose row the caller read in scope"),
        ["src/WblPortal.Web/Features/Documents/LoadProgrammeDocument.cs"] = (1, "read-through: the names of the employers invited to a programme the caller read in scope (the СОГЛАСОВАНО block)"),
        ["src/WblPortal.Web/Features/Documents/IssuedPdfs.cs"] = (2, "unique-key look-up: the stored PDF of the code of a document the caller read in scope"),
        ["src/WblPortal.Web/Features/AnnualReports/LoadAnnualReportDocument.cs"] = (1, "existence check: a code was issued for the report"),
        ["src/WblPortal.Web/Features/AnnualReports/SubmitAnnualReport.cs"] = (1, "existence check: a code was issued for the report"),
    };

    [Fact]
    public void Src_IgnoreQueryFilters_OnlyInTheAllowList()
    {
        var root = RepositoryFiles.Root();
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(root, f).Replace('\\', '/'), Lines: CodeLines(f).Where(l => l.Contains("IgnoreQueryFilters", StringComparison.Ordinal)).ToList()))
            .Where(f => f.Lines.Count > 0)
            .ToList();

        var unnamed = found.SelectMany(f => f.Lines.Where(l => !NamedBypass().IsMatch(l)).Select(l => $"{f.File}: {l.Trim()}")).ToList();
        var unexpected = found.Where(f => !Allowed.TryGetValue(f.File, out var a) || a.Count != f.Lines.Count)
            .Select(f => $"{f.File}: {f.Lines.Count} (allowed {(Allowed.TryGetValue(f.File, out var a) ? a.Count : 0)})").ToList();
        var stale = Allowed.Keys.Except(found.Select(f => f.File)).ToList();

        Assert.Empty(unnamed);
        Assert.Empty(unexpected);
        Assert.Empty(stale);
    }

    [GeneratedRegex(@"IgnoreQueryFilters\(\[(WblDbContext\.TenantFilter|TenantFilter)\]\)")]
    private static partial Regex NamedBypass();

    private static IEnumerable<string> CodeLines(string file) =>
        File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
}
