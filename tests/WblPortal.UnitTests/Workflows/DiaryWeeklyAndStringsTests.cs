using System.Text.RegularExpressions;
using System.Xml.Linq;
using WblPortal.Domain.Diaries;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public partial class DiaryWeeklyAndStringsTests
{
    [Fact]
    public void Placement_OfDualTraining_KeepsAWeeklyDiary_OneEntryPerWeekUpTo60Hours()
    {
        var placement = Draft(Form(16));
        placement.Propose(CollegeStaff, At);
        placement.Confirm(3, EmployerAdmin, At);
        placement.AssignMentor(Mentor(), null, EmployerAdmin, At);
        placement.Start(CollegeStaff, At);
        var row = placement.Learners[0];
        var induction = SafetyInduction.Record(row, placement, InductionTopics.All, new DateOnly(2026, 4, 1), "А", "Б", EmployerAdmin, At);
        var first = DiaryEntry.Write(row, placement, induction, [], new DiaryEntryContent(new DateOnly(2026, 4, 3), 36, "Жуманын иштери", []), [], null, LearnerUser, At);

        Assert.True(placement.WeeklyDiary);
        Assert.False(Draft(ProductionPractice).WeeklyDiary);
        Throws("Diary_WeekTaken", () => DiaryEntry.Write(row, placement, induction, [first],
            new DiaryEntryContent(new DateOnly(2026, 4, 1), 8, "Дагы", []), [], null, LearnerUser, At));
        Throws("Diary_InvalidHours", () => DiaryEntry.Write(row, placement, induction, [first],
            new DiaryEntryContent(new DateOnly(2026, 4, 6), 61, "Дагы", []), [], null, LearnerUser, At));
    }

    /// <summary>Every refusal key the diary domain throws has its message in DiaryResource (the parity test checks
    /// the other languages).</summary>
    [Fact]
    public void EveryDiaryRefusalKey_IsInDiaryResource()
    {
        var root = Root();
        var thrown = Directory.GetFiles(Path.Combine(root, "src", "WblPortal.Domain", "Diaries"), "*.cs")
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var keys = XDocument.Load(Path.Combine(root, "src", "WblPortal.Web", "Resources", "DiaryResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        Assert.NotEmpty(thrown);
        Assert.Empty(thrown.Except(keys));
    }

    [GeneratedRegex("\"((?:Diary|Induction|Evidence|Note|Reference)_[A-Za-z]+)\"")]
    private static partial Regex KeyPattern();

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (Directory.Exists(Path.Combine(d.FullName, "src", "WblPortal.Domain")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }

}
