using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Programmes;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>What a placement form needs: an approved programme, a curator and learners of a group.</summary>
public sealed record PlacementSetup(College College, Employer Employer, WblProgramme Programme, Curator Curator, StudyGroup Group, IReadOnlyList<Learner> Learners);

public sealed partial class TestData
{
    public const int WorkshopFormId = 12;

    public async Task<PlacementSetup> PlacementSetupAsync(int learners = 3, College? college = null, Employer? employer = null)
    {
        college ??= await CollegeAsync();
        employer ??= await EmployerAsync();
        var programme = await ProgrammeAsync(college);
        var curator = await CuratorAsync(college);
        var group = await GroupAsync(college);
        var list = new List<Learner>();
        for (var i = 0; i < learners; i++)
        {
            list.Add(await LearnerAsync(college, group));
        }

        return new PlacementSetup(college, employer, programme, curator, group, list);
    }

    /// <summary>The fields of the placement form for a new production practice (or the given form) of the learners.</summary>
    public static Dictionary<string, string> PlacementForm(PlacementSetup s, IEnumerable<Learner>? learners = null, int count = 3,
        int formId = ProductionPracticeFormId, string start = "2026-05-04", string end = "2026-05-29")
    {
        var fields = new Dictionary<string, string>
        {
            ["ProgrammeId"] = s.Programme.Id.ToString(),
            ["FormId"] = formId.ToString(),
            ["EmployerId"] = s.Employer.Id.ToString(),
            ["Site"] = "Механикалык цех",
            ["StartDate"] = start,
            ["EndDate"] = end,
            ["RequestedCount"] = count.ToString(),
            ["CuratorId"] = s.Curator.Id.ToString(),
        };
        var i = 0;
        foreach (var l in learners ?? s.Learners)
        {
            fields[$"LearnerIds[{i++}]"] = l.Id.ToString();
        }

        return fields;
    }
}
