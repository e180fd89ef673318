using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
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

    /// <summary>Sets the programme's hours for the placement's form. The default programme's 500 hours over a
    /// four-week placement are above every weekly working-time limit, so a placement proposed through the page needs a
    /// lawful load (160 h over 1–28 April: 40 h a week).</summary>
    public async Task ProgrammeLoadAsync(Placement placement, int hours = 160)
    {
        await using var db = factory.CreateDbContext();
        var changed = await db.ProgrammeLoads.Where(l => l.ProgrammeId == placement.ProgrammeId && l.FormId == placement.FormId)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Hours, hours));
        if (changed != 1)
        {
            throw new InvalidOperationException($"The programme has {changed} loads for the form.");
        }
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
