using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>
/// The national dashboard: headline counts and figures (each a table with an optional chart), every number linking
/// to the colleges behind it. Counts only. To add a section (e.g. assessment results, graduate employment), compute
/// its rows and append a <see cref="Figure"/> to <see cref="Model.Figures"/>: the page, the chart, the xlsx export,
/// the workbook and the PDF report pick it up.
/// </summary>
public static class NationalDashboard
{
    public sealed record Option(string Value, string Name);

    public sealed record Options(IReadOnlyList<int> Years, IReadOnlyList<Option> Regions, IReadOnlyList<Option> NqfLevels,
        IReadOnlyList<Option> Colleges, IReadOnlyList<Option> Specialties, IReadOnlyList<Option> Forms);

    public sealed record Stat(string Key, string Label, int Value, Dictionary<string, string?> Drill);

    public sealed record FigureRow(string Label, IReadOnlyList<decimal> Values, Dictionary<string, string?>? Drill = null);

    /// <summary>One table of the dashboard. <paramref name="Chart"/> is a Chart.js type (bar, line, doughnut) or
    /// null; the chart draws <paramref name="ChartColumns"/> of the table. <paramref name="CountColumns"/>: the columns
    /// counting people, which small-cell suppression covers (null = all; numbers of colleges, employers or events and
    /// programme shares are not).</summary>
    public sealed record Figure(string Key, string Title, string LabelHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows,
        string? Chart = "bar", IReadOnlyList<int>? ChartColumns = null, string? Note = null, IReadOnlyList<int>? CountColumns = null)
    {
        public IReadOnlyList<int> ChartedColumns => ChartColumns ?? [0];

        /// <summary>The table as a national reader sees it: its rows and columns suppressed together (<see cref="SmallCellRule.Table"/>).</summary>
        public Figure Suppressed(SmallCellRule rule)
        {
            var counts = CountColumns ?? Enumerable.Range(0, Columns.Count).ToList();
            var shown = rule.Table(Rows.Select(r => (IReadOnlyList<int>)r.Values.Select((v, c) => counts.Contains(c) ? (int)v : 0).ToList()).ToList(), counts);
            return this with
            {
                Rows = Rows.Select((r, i) => r with { Values = r.Values.Select((v, c) => counts.Contains(c) ? shown[i][c] : v).ToList() }).ToList(),
            };
        }
    }

    /// <summary><paramref name="FiguresAt"/>: when the pre-computed placement figures were last refreshed (null = live).</summary>
    public sealed record Model(DashboardFilter Filter, Options Options, IReadOnlyList<Stat> Stats, IReadOnlyList<Figure> Figures,
        DateTimeOffset? FiguresAt = null, int RefreshMinutes = 0);

    public sealed class Handler(WblDbContext db, IStringLocalizer<MinistryResource> m, IStringLocalizer<SharedResource> l,
        Microsoft.Extensions.Options.IOptions<NationalFiguresOptions> figuresOptions, IStringLocalizer<AssessmentResource> a,
        IStringLocalizer<GraduateResource> g, IMemoryCache cache, TimeProvider clock, SmallCellRule smallCells)
    {
        private static string Culture => CultureInfo.CurrentUICulture.Name;

        public async Task<Options> OptionsAsync(CancellationToken ct)
        {
            var years = await db.Programmes.Select(p => p.AcademicYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
            var current = DashboardFilter.CurrentYear(clock);
            if (!years.Contains(current))
            {
                years.Insert(0, current);
            }

            var regions = await db.Regions.OrderBy(r => r.SortOrder).Select(r => new { r.Id, r.NameKy, r.NameRu, r.NameEn }).ToListAsync(ct);
            var levels = await db.NqfLevels.OrderBy(n => n.Level).Select(n => new { n.Id, n.NameKy, n.NameRu, n.NameEn }).ToListAsync(ct);
            var colleges = await db.Colleges.OrderBy(c => c.NameKy).Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn }).ToListAsync(ct);
            var specialties = await db.Specialties.GroupBy(s => s.Code).Select(g => new { Code = g.Key, NameKy = g.Min(s => s.NameKy)!, NameRu = g.Min(s => s.NameRu)! })
                .OrderBy(s => s.Code).ToListAsync(ct);
            var forms = await db.WblForms.OrderBy(x => x.SortOrder).Select(x => new { x.Id, x.NameKy, x.NameRu, x.NameEn }).ToListAsync(ct);
            return new Options(
                years.OrderDescending().ToList(),
                regions.Select(r => new Option(r.Id.ToString(CultureInfo.InvariantCulture), LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, Culture))).ToList(),
                levels.Select(n => new Option(n.Id.ToString(CultureInfo.InvariantCulture), LocalizedName.Pick(n.NameKy, n.NameRu, n.NameEn, Culture))).ToList(),
                colleges.Select(c => new Option(c.Id.ToString(), LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, Culture))).ToList(),
                specialties.Select(s => new Option(s.Code, $"{s.Code} {LocalizedName.Pick(s.NameKy, s.NameRu, null, Culture)}")).ToList(),
                forms.Select(x => new Option(x.Id.ToString(CultureInfo.InvariantCulture), LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, Culture))).ToList());
        }

        /// <summary>
        /// The dashboard for a filter, computed once per refresh of the pre-computed figures and shared by every ministry
        /// user: the key is the filter, the language and the time of the last refresh (read from the database, so that
        /// every instance of the portal sees a refresh at once). The live figures (events, programme shares,
        /// assessments, graduates) are as of that computation too, as the page's footer says. Figures read current on
        /// every request (<see cref="NationalFiguresOptions.FiguresRefreshOnRead"/>) are never cached.
        /// </summary>
        public async Task<Model> LoadAsync(DashboardFilter filter, CancellationToken ct)
        {
            if (figuresOptions.Value.FiguresRefreshOnRead || !db.Actor.ReadsAll || await NationalFigures.RefreshedAtAsync(db, ct) is not { } at)
            {
                return await ComputeAsync(filter, ct);
            }

            var values = filter.RouteValues(withDimensions: true);
            var key = string.Join('|', ["ministry-dashboard", at.UtcTicks.ToString(CultureInfo.InvariantCulture), Culture,
                .. values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value)]);
            if (cache.TryGetValue(key, out Model? cached) && cached is not null)
            {
                return cached;
            }

            var model = await ComputeAsync(filter, ct);
            // Kept past the next refresh only as long as a request might still carry the old time; later keys differ.
            cache.Set(key, model, TimeSpan.FromMinutes(Math.Max(5, 2 * figuresOptions.Value.FiguresRefreshMinutes)));
            return model;
        }

        private async Task<Model> ComputeAsync(DashboardFilter filter, CancellationToken ct)
        {
            var stats = new NationalStatistics(db, figuresOptions.Value.FiguresRefreshOnRead);
            var f = filter.ToStatistics();
            var options = await OptionsAsync(ct);
            var forms = await db.WblForms.OrderBy(x => x.SortOrder).ToListAsync(ct);

            await stats.PrefetchAsync(f, ct);
            var partners = await stats.PartnersAsync(f, ct);
            var colleges = await stats.ByCollegeAsync(f, ct, partners);
            var national = NationalStatistics.National(partners);
            var byForm = await stats.ByFormAsync(f, ct);
            var byStage = await stats.ByStageAsync(f, ct);
            var byLevel = await stats.ByNqfLevelAsync(f, ct);
            var bySpecialty = await stats.BySpecialtyAsync(f, ct);
            var bySector = await stats.BySectorAsync(f, ct);
            var events = await stats.EventsByFormAsync(f, ct);
            var shares = await stats.ProgrammeSharesAsync(f, ct);
            var trend = await stats.TrendAsync(f, ct);
            var outcomes = new NationalOutcomes(db);
            var assessments = await outcomes.AssessmentsByFormAsync(f, ct);
            var levels = await outcomes.OutcomeLevelsByFormAsync(f, ct);
            var graduates = await outcomes.GraduatesBySpecialtyAsync(f, ct);
            var employment = await outcomes.EmploymentAsync(f, ct);

            var d = filter.RouteValues();
            var statsRow = new List<Stat>
            {
                new("colleges", m["Stat_CollegesInWbl"], colleges.Count, d),
                new("learners", m["Stat_LearnersInWbl"], colleges.Sum(c => c.Learners), d),
                new("placements", m["Stat_Placements"], colleges.Sum(c => c.Placements), d),
                new("female", m["Stat_Female"], colleges.Sum(c => c.Female), filter.Drill(nameof(DashboardFilter.Gender), Gender.Female)),
                new("male", m["Stat_Male"], colleges.Sum(c => c.Male), filter.Drill(nameof(DashboardFilter.Gender), Gender.Male)),
                new("sen", m["Stat_SpecialNeeds"], colleges.Sum(c => c.SpecialNeeds), filter.Drill(nameof(DashboardFilter.Sen), "true")),
                new("employers", m["Stat_Employers"], national.Employers, d),
                new("mentors", m["Stat_Mentors"], national.Mentors, d),
                new("mentors-trained", m["Stat_MentorsTrained"], national.MentorsTrained, d),
            };

            var collegeNames = options.Colleges.ToDictionary(c => c.Value, c => c.Name); // below-minimum programmes name their college
            string FormName(WblForm x) => LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, Culture);
            var figures = new List<Figure>
            {
                new("by-form", m["Fig_ByForm"], m["Col_Form"],
                    [m["Col_Learners"], m["Col_Female"], m["Col_Male"], m["Col_Placements"], m["Col_EventAttendees"], m["Col_Events"]],
                    forms.Select(x =>
                    {
                        var r = byForm.FirstOrDefault(r => r.FormId == x.Id);
                        var ev = events.FirstOrDefault(e => e.FormId == x.Id);
                        return new FigureRow(FormName(x),
                            [r?.Learners ?? 0, r?.Female ?? 0, r?.Male ?? 0, r?.Placements ?? 0, ev?.Attendees ?? 0, ev?.Events ?? 0],
                            filter.Drill(nameof(DashboardFilter.Form), x.Id));
                    }).ToList(),
                    ChartColumns: [0, 4], Note: m["Fig_ByForm_Note"], CountColumns: [0, 1, 2, 3, 4]),
                new("by-stage", m["Fig_ByStage"], m["Col_Stage"], [m["Col_Learners"], m["Col_Placements"], m["Col_EventAttendees"]],
                    Enum.GetValues<WblStage>().Select(s =>
                    {
                        var r = byStage.FirstOrDefault(x => x.Key == s);
                        var attendees = events.Where(e => forms.Any(x => x.Id == e.FormId && x.Stage == s)).Sum(e => e.Attendees);
                        return new FigureRow(m["Stage_" + s], [r?.Learners ?? 0, r?.Placements ?? 0, attendees], filter.Drill(nameof(DashboardFilter.Stage), s));
                    }).ToList(), ChartColumns: [0, 2]),
                new("by-region", m["Fig_ByRegion"], m["Col_Region"], [m["Col_Colleges"], m["Col_Learners"], m["Col_Placements"]],
                    options.Regions.Select(r =>
                    {
                        var id = int.Parse(r.Value, CultureInfo.InvariantCulture);
                        var of = colleges.Where(c => c.RegionId == id).ToList();
                        return new FigureRow(r.Name, [of.Count, of.Sum(c => c.Learners), of.Sum(c => c.Placements)], filter.Drill(nameof(DashboardFilter.Region), id));
                    }).ToList(), ChartColumns: [1], CountColumns: [1, 2]),
                new("by-nqf", m["Fig_ByNqf"], m["Col_NqfLevel"], [m["Col_Learners"], m["Col_Placements"]],
                    options.NqfLevels.Select(n =>
                    {
                        var r = byLevel.FirstOrDefault(x => x.Key.ToString(CultureInfo.InvariantCulture) == n.Value);
                        return new FigureRow(n.Name, [r?.Learners ?? 0, r?.Placements ?? 0], filter.Drill(nameof(DashboardFilter.Nqf), n.Value));
                    }).ToList()),
                new("by-specialty", m["Fig_BySpecialty"], m["Col_Specialty"], [m["Col_Learners"], m["Col_Placements"]],
                    bySpecialty.OrderByDescending(s => s.Learners).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s =>
                        new FigureRow(options.Specialties.FirstOrDefault(o => o.Value == s.Key)?.Name ?? s.Key, [s.Learners, s.Placements],
                            filter.Drill(nameof(DashboardFilter.Specialty), s.Key))).ToList()),
                new("by-sector", m["Fig_BySector"], m["Col_Sector"], [m["Col_Learners"], m["Col_Placements"]],
                    bySector.OrderBy(s => s.Key is null).ThenBy(s => s.Key).Select(s =>
                        new FigureRow(s.Key is { } sector ? l["Sector_" + sector] : m["Sector_None"], [s.Learners, s.Placements],
                            s.Key is { } k ? filter.Drill(nameof(DashboardFilter.Sector), k) : null)).ToList()),
                new("by-gender", m["Fig_ByGender"], m["Col_Gender"], [m["Col_Learners"]],
                    [
                        new FigureRow(l["Gender_Female"], [colleges.Sum(c => c.Female)], filter.Drill(nameof(DashboardFilter.Gender), Gender.Female)),
                        new FigureRow(l["Gender_Male"], [colleges.Sum(c => c.Male)], filter.Drill(nameof(DashboardFilter.Gender), Gender.Male)),
                    ], Chart: "doughnut"),
                new("below-minimum", m["Fig_BelowMinimum"], m["Col_Programme"], [m["Col_SharePercent"], m["Col_MinSharePercent"]],
                    shares.Where(s => s.BelowMinimum).Select(s =>
                        new FigureRow($"{collegeNames.GetValueOrDefault(s.CollegeId.ToString())} — {s.SpecialtyCode} {s.SpecialtyName}",
                            [s.SharePercent, s.MinSharePercent],
                            Merge(filter.Drill(nameof(DashboardFilter.College), s.CollegeId), nameof(DashboardFilter.Specialty), s.SpecialtyCode))).ToList(),
                    Chart: null, Note: string.Format(CultureInfo.CurrentCulture, m["Fig_BelowMinimum_Note"], shares.Count(s => s.BelowMinimum), shares.Count),
                    CountColumns: []),
                new("trend", m["Fig_Trend"], m["Col_Year"], [m["Col_Colleges"], m["Col_Learners"], m["Col_Placements"]],
                    trend.Select(y => new FigureRow(AcademicCalendar.Label(y.Year), [y.Colleges, y.Learners, y.Placements], filter.Drill(nameof(DashboardFilter.Year), y.Year))).ToList(),
                    Chart: "line", ChartColumns: [1, 2], CountColumns: [1, 2]),
            };
            figures.AddRange(OutcomeFigures(filter, forms, options, assessments, levels, graduates, employment));
            var figuresAt = db.Actor.ReadsAll ? await NationalFigures.RefreshedAtAsync(db, ct) : null;
            return new Model(filter, options, SuppressStats(statsRow), figures.Select(x => x.Suppressed(smallCells)).ToList(), figuresAt,
                figuresOptions.Value.FiguresRefreshMinutes);
        }

        /// <summary>The headline counts of people, suppressed with their sums: learners = female + male are one group (each
        /// other figure stands alone); colleges and employers are organizations and stay.</summary>
        private List<Stat> SuppressStats(List<Stat> stats)
        {
            var shown = stats.ToDictionary(x => x.Key, x => x.Value);
            foreach (var group in new[] { new[] { "learners", "female", "male" }, ["mentors"], ["mentors-trained"], ["placements"], ["sen"] })
            {
                var row = smallCells.Table([group.Select(k => shown[k]).ToList()])[0];
                for (var i = 0; i < group.Length; i++)
                {
                    shown[group[i]] = row[i];
                }
            }

            return stats.Select(x => x with { Value = shown[x.Key] }).ToList();
        }

        /// <summary>Final joint assessments by form (outcome levels, 2–5 grades) and graduate employment at 6 and 12
        /// months by specialty and by status.</summary>
        private IEnumerable<Figure> OutcomeFigures(DashboardFilter filter, List<WblForm> forms, Options options,
            List<NationalOutcomes.AssessmentCounts> assessments, List<NationalOutcomes.LevelCounts> levels,
            Dictionary<string, int> graduates, List<NationalOutcomes.EmploymentCounts> employment)
        {
            var assessedForms = forms.Where(x => assessments.Any(r => r.FormId == x.Id)).ToList();
            int Level(int form, OutcomeLevel level) => levels.Where(x => x.FormId == form && x.Level == level).Sum(x => x.Outcomes);
            yield return new Figure("assessment-levels", m["Fig_AssessmentLevels"], m["Col_Form"],
                [m["Col_FinalAssessments"], a["Level_Achieved"], a["Level_PartlyAchieved"], a["Level_NotAchieved"]],
                assessedForms.Select(x => new FigureRow(LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, Culture),
                    [assessments.First(r => r.FormId == x.Id).Assessments, Level(x.Id, OutcomeLevel.Achieved), Level(x.Id, OutcomeLevel.PartlyAchieved),
                        Level(x.Id, OutcomeLevel.NotAchieved)],
                    filter.Drill(nameof(DashboardFilter.Form), x.Id))).ToList(),
                ChartColumns: [1, 2, 3], Note: m["Fig_AssessmentLevels_Note"]);
            yield return new Figure("assessment-grades", m["Fig_AssessmentGrades"], m["Col_Form"],
                [m["Col_FinalAssessments"], $"5 ({a["Grade_5"]})", $"4 ({a["Grade_4"]})", $"3 ({a["Grade_3"]})", $"2 ({a["Grade_2"]})"],
                assessedForms.Select(x =>
                {
                    var r = assessments.First(r => r.FormId == x.Id);
                    return new FigureRow(LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, Culture), [r.Assessments, r.Grade5, r.Grade4, r.Grade3, r.Grade2],
                        filter.Drill(nameof(DashboardFilter.Form), x.Id));
                }).ToList(),
                ChartColumns: [1, 2, 3, 4], Note: m["Fig_AssessmentGrades_Note"]);

            static bool Employed(EmploymentStatus s) =>
                s is EmploymentStatus.AtWblEmployer or EmploymentStatus.EmployedInSpecialty or EmploymentStatus.EmployedOutsideSpecialty;
            int Count(string code, EmploymentCheckpoint at, Func<EmploymentStatus, bool> which) =>
                employment.Where(x => x.SpecialtyCode == code && x.Checkpoint == at && which(x.Status)).Sum(x => x.Graduates);
            yield return new Figure("graduate-employment", m["Fig_GraduateEmployment"], m["Col_Specialty"],
                [m["Col_Graduates"], m["Col_Employed6"], m["Col_AtWblEmployer6"], m["Col_Employed12"], m["Col_AtWblEmployer12"]],
                graduates.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => new FigureRow(
                    options.Specialties.FirstOrDefault(o => o.Value == x.Key)?.Name ?? x.Key,
                    [x.Value, Count(x.Key, EmploymentCheckpoint.SixMonths, Employed), Count(x.Key, EmploymentCheckpoint.SixMonths, s => s == EmploymentStatus.AtWblEmployer),
                        Count(x.Key, EmploymentCheckpoint.TwelveMonths, Employed), Count(x.Key, EmploymentCheckpoint.TwelveMonths, s => s == EmploymentStatus.AtWblEmployer)],
                    filter.Drill(nameof(DashboardFilter.Specialty), x.Key))).ToList(),
                ChartColumns: [1, 2, 3, 4], Note: m["Fig_GraduateEmployment_Note"]);
            yield return new Figure("graduate-status", m["Fig_GraduateStatus"], m["Col_EmploymentStatus"], [m["Col_SixMonths"], m["Col_TwelveMonths"]],
                Enum.GetValues<EmploymentStatus>().Select(st => new FigureRow(g["Status_" + st],
                    [employment.Where(x => x.Status == st && x.Checkpoint == EmploymentCheckpoint.SixMonths).Sum(x => x.Graduates),
                        employment.Where(x => x.Status == st && x.Checkpoint == EmploymentCheckpoint.TwelveMonths).Sum(x => x.Graduates)],
                    filter.RouteValues())).ToList(),
                ChartColumns: [0, 1]);
        }

        private static Dictionary<string, string?> Merge(Dictionary<string, string?> values, string key, string value)
        {
            values[key] = value;
            return values;
        }
    }
}
