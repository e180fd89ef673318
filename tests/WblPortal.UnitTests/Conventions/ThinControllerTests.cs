using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.UnitTests.Conventions;

/// <summary>Controllers stay thin (docs/conventions.md, "A page = controller + use cases + views"): queries live in the
/// features' handlers, pages get typed models, services come through the constructor or <c>[FromServices]</c>.</summary>
public sealed partial class ThinControllerTests
{
    private static readonly Type[] Controllers = typeof(PortalController).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    [Fact]
    public void Controllers_TakeNoDbContext()
    {
        var offenders = Controllers
            .SelectMany(c => c.GetConstructors().SelectMany(k => k.GetParameters())
                .Concat(c.GetMethods(BindingFlags.Public | BindingFlags.Instance).SelectMany(m => m.GetParameters()))
                .Where(p => typeof(WblDbContext).IsAssignableFrom(p.ParameterType))
                .Select(p => $"{c.Name}: {p.Member.Name}({p.Name})"))
            .ToList();

        Assert.NotEmpty(Controllers);
        Assert.Empty(offenders);
    }

    [Fact]
    public void WebProject_UsesNoViewBag()
    {
        var offenders = WebFiles("*.cs").Concat(WebFiles("*.cshtml"))
            .Where(f => File.ReadLines(f.Path).Any(l => ViewBag().IsMatch(l)))
            .Select(f => f.Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void FeaturesAndAreas_LocateNoServiceByHand()
    {
        var offenders = WebFiles("*.cs")
            .Where(f => !f.Relative.StartsWith("src/WblPortal.Web/Infrastructure/", StringComparison.Ordinal)
                && !f.Relative.StartsWith("src/WblPortal.Web/Security/", StringComparison.Ordinal)
                && !f.Relative.EndsWith("/Program.cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f.Path).Contains("RequestServices.GetRequiredService", StringComparison.Ordinal))
            .Select(f => f.Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<(string Path, string Relative)> WebFiles(string pattern)
    {
        var root = RepositoryFiles.Root();
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(root, "src", "WblPortal.Web"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            .Select(f => (f, Path.GetRelativePath(root, f).Replace('\\', '/')));
    }

    [GeneratedRegex(@"\bViewBag\b")]
    private static partial Regex ViewBag();
}
