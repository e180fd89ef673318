using WblPortal.Domain.Privacy;
using WblPortal.Domain.Reference;

namespace WblPortal.Domain.AnnualReports;

/// <summary>
/// The figures of a college's annual WBL report, computed from its data for an academic year (1 September – 31 August)
/// and frozen into the report when it is sent. Names are kept in Kyrgyz and Russian so that the frozen report prints in
/// either language.
/// </summary>
public sealed record AnnualReportFigures
{
    public int AcademicYear { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    /// <summary>Distinct learners in at least one placement of the year.</summary>
    public int Learners { get; init; }
    public int LearnersFemale { get; init; }
    public int LearnersMale { get; init; }
    public int LearnersWithSpecialNeeds { get; init; }

    /// <summary>All learners of the college, for the share in WBL.</summary>
    public int LearnersOfCollege { get; init; }

    public int Placements { get; init; }
    public int Employers { get; init; }
    public int ActivePartnerships { get; init; }
    public int Memoranda { get; init; }
    public int CooperationAgreements { get; init; }
    public int WblContracts { get; init; }
    public int EventsHeld { get; init; }
    public int EventLearnersAttended { get; init; }
    public int EventEmployers { get; init; }

    /// <summary>WBL hours of the year's approved programmes.</summary>
    public int WblHours { get; init; }

    public IReadOnlyList<FormFigure> ByForm { get; init; } = [];
    public IReadOnlyList<StageFigure> ByStage { get; init; } = [];
    public IReadOnlyList<ProgrammeFigure> Programmes { get; init; } = [];
    public IReadOnlyList<PlacementFigure> PlacementRows { get; init; } = [];

    /// <summary>The figures without any learner's name: for readers with no right to the persons (the ministry, the
    /// platform). Counts stay.</summary>
    public AnnualReportFigures WithoutNames() =>
        this with { PlacementRows = PlacementRows.Select(p => p with { LearnerNames = [] }).ToList() };

    /// <summary>The learners of the placements table together (its total row), kept when the rows' counts are
    /// suppressed (<see cref="ForNationalReader"/>); null: the sum of the rows.</summary>
    public int? PlacementLearnersTotal { get; init; }

    /// <summary>What the ministry and the platform read: no names, and every count of people from 1 to 4 suppressed with
    /// whatever would give it back through a total (<see cref="SmallCellRule"/>): learners = female + male; each of the
    /// by-form, by-stage and placements tables across its rows and columns. Organizations, events, hours and programme
    /// shares are not counts of people and stay.</summary>
    public AnnualReportFigures ForNationalReader(SmallCellRule rule)
    {
        var headline = rule.Table([[Learners, LearnersFemale, LearnersMale]])[0];
        var forms = rule.Table(ByForm.Select(x => (IReadOnlyList<int>)[x.Placements, x.Learners]).ToList());
        var stages = rule.Table(ByStage.Select(x => (IReadOnlyList<int>)[x.Placements, x.Learners]).ToList());
        var placements = rule.Table(PlacementRows.Select(x => (IReadOnlyList<int>)[x.Learners]).ToList());
        return WithoutNames() with
        {
            Learners = headline[0],
            LearnersFemale = headline[1],
            LearnersMale = headline[2],
            LearnersWithSpecialNeeds = rule.Cell(LearnersWithSpecialNeeds),
            LearnersOfCollege = rule.Cell(LearnersOfCollege),
            Placements = rule.Cell(Placements),
            EventLearnersAttended = rule.Cell(EventLearnersAttended),
            ByForm = ByForm.Select((x, i) => x with { Placements = forms[i][0], Learners = forms[i][1] }).ToList(),
            ByStage = ByStage.Select((x, i) => x with { Placements = stages[i][0], Learners = stages[i][1] }).ToList(),
            PlacementRows = PlacementRows.Select((x, i) => x with { Learners = placements[i][0], LearnerNames = [] }).ToList(),
            PlacementLearnersTotal = rule.Cell(PlacementRows.Sum(p => p.Learners)),
        };
    }

    /// <summary>What a partner employer reads: the counts, and of the placements only its own (with the names of the
    /// learners it hosts). Rows frozen before the employer was recorded on them are left out.</summary>
    public AnnualReportFigures ForEmployer(Guid employerId) =>
        this with { PlacementRows = PlacementRows.Where(p => p.EmployerId == employerId).ToList() };
}

public sealed record FormFigure(string Code, WblStage Stage, string NameKy, string NameRu, int Placements, int Learners);

public sealed record StageFigure(WblStage Stage, int Placements, int Learners);

public sealed record ProgrammeFigure(string SpecialtyCode, string NameKy, string NameRu, int NqfLevel, int WblHours, int TotalHours,
    decimal SharePercent, decimal MinSharePercent)
{
    public bool MeetsMinimum => SharePercent >= MinSharePercent;
}

/// <summary>A placement of the year with its learners' names (as printed in the report's placements table).</summary>
public sealed record PlacementFigure(string EmployerName, string FormKy, string FormRu, DateOnly Start, DateOnly End, int Learners)
{
    /// <summary>The host employer, so that each employer reads only its own rows.</summary>
    public Guid? EmployerId { get; init; }

    public IReadOnlyList<string> LearnerNames { get; init; } = [];
}
