using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WblPortal.UnitTests.Workflows;

/// <summary>Every message key the domain throws or notifies with has an English, Kyrgyz and Russian text.</summary>
public partial class WorkflowResourceTests
{
    [Theory]
    [InlineData("WorkflowResource.resx")]
    [InlineData("WorkflowResource.ky.resx")]
    [InlineData("WorkflowResource.ru.resx")]
    public void EveryDomainKey_HasAText(string resx)
    {
        var root = RepositoryFiles.Root();
        var texts = XDocument.Load(Path.Combine(root, "src", "WblPortal.Web", "Resources", resx)).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
        var keys = Directory.EnumerateFiles(Path.Combine(root, "src", "WblPortal.Domain"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 50);
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(texts.GetValueOrDefault(key)), $"{key} missing in {resx}"));
    }

    [GeneratedRegex("\"((?:Programme|Placement|Agreement|Partnership|Order|Event|File|Notify)_[A-Za-z]+)\"")]
    private static partial Regex KeyLiteral();
}
