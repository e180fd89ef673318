using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WblPortal.UnitTests.Localization;

/// <summary>Every string exists in all three languages: a key in one of Resources/XResource(.ky|.ru).resx must be in
/// the other two, non-empty, with the same {0} placeholders.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string[] Languages = ["", "ky", "ru"];

    public static TheoryData<string> Families()
    {
        var data = new TheoryData<string>();
        foreach (var family in FamiliesIn(ResourcesDirectory()))
        {
            data.Add(family);
        }

        return data;
    }

    [Fact]
    public void Resources_HaveFamilies()
    {
        var families = FamiliesIn(ResourcesDirectory()).ToList();

        Assert.Contains("SharedResource", families);
        Assert.Contains("MinistryResource", families);
        Assert.Contains("MentorResource", families);
        Assert.Contains("LearnerResource", families);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_HasEveryKeyInEveryLanguage(string family)
    {
        Assert.Empty(Problems(ResourcesDirectory(), family));
    }

    [Fact]
    public void Problems_ReportsKeyMissingInOneLanguage()
    {
        var directory = Directory.CreateTempSubdirectory("wbl-resx-");
        try
        {
            Write(directory.FullName, "DemoResource.resx", ("A", "One"), ("B", "Two {0}"));
            Write(directory.FullName, "DemoResource.ky.resx", ("A", "Бир"), ("B", "Эки"));
            Write(directory.FullName, "DemoResource.ru.resx", ("A", "Один"), ("C", ""));

            var problems = Problems(directory.FullName, "DemoResource");

            Assert.Contains("DemoResource.ru: missing B", problems);
            Assert.Contains("DemoResource: missing C", problems);
            Assert.Contains("DemoResource.ky: missing C", problems);
            Assert.Contains("DemoResource.ru: empty C", problems);
            Assert.Contains("DemoResource.ky: placeholders of B differ from English", problems);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<string> Problems(string directory, string family)
    {
        var files = Languages.ToDictionary(
            language => language,
            language => Read(Path.Combine(directory, language.Length == 0 ? $"{family}.resx" : $"{family}.{language}.resx")));
        var allKeys = files.Values.SelectMany(f => f.Keys).ToHashSet();
        var problems = new List<string>();
        foreach (var (language, strings) in files)
        {
            var name = language.Length == 0 ? family : $"{family}.{language}";
            problems.AddRange(allKeys.Where(k => !strings.ContainsKey(k)).Order().Select(k => $"{name}: missing {k}"));
            problems.AddRange(strings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"{name}: empty {s.Key}"));
            if (language.Length > 0)
            {
                problems.AddRange(strings
                    .Where(s => files[""].TryGetValue(s.Key, out var english) && !Placeholders(english).SetEquals(Placeholders(s.Value)))
                    .Select(s => $"{name}: placeholders of {s.Key} differ from English"));
            }
        }

        return problems;
    }

    private static IEnumerable<string> FamiliesIn(string directory) =>
        Directory.GetFiles(directory, "*Resource*.resx")
            .Select(Path.GetFileName)
            .Select(name => name!.Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];

    private static HashSet<string> Placeholders(string value) => Placeholder().Matches(value).Select(m => m.Value).ToHashSet();

    private static void Write(string directory, string file, params (string Key, string Value)[] strings) =>
        new XDocument(new XElement("root", strings.Select(s =>
            new XElement("data", new XAttribute("name", s.Key), new XElement("value", s.Value))))).Save(Path.Combine(directory, file));

    private static string ResourcesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "WblPortal.Web", "Resources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/WblPortal.Web/Resources not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
