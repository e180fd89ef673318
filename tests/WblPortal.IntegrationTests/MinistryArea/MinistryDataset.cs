using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>
/// A small known dataset whose national figures are computed by hand in the tests:
/// <list type="bullet">
/// <item>College A (Bishkek, specialty of NQF 5, programme share 50 %): learners a1 ♀, a2 ♀ with special needs, a3 ♂.
/// 2025: P1 production practice at E1 (construction, trained mentor m1) with a1 a2 a3, in progress; P2 workshop at the
/// college with a1, completed; P5 production practice with a3, cancelled (not counted). 2024: P6 production practice
/// at E1 with a1, in progress. A held excursion (2025-10-15) attended by a1 and a3 (a2 absent).</item>
/// <item>College B (Osh City, specialty of NQF 4, programme share 30 % &lt; 60 %): learners b1 ♂, b2 ♀. 2025: P3
/// production practice at E2 (IT, untrained mentor m2) with b1 b2, assessed; P4 proposed with b1 (not counted).
/// A held guest lecture (2025-11-10) attended by b1.</item>
/// <item>College C (Bishkek): one learner, no placement.</item>
/// </list>
/// </summary>
public sealed record MinistryDataset(College A, College B, College C, Specialty SpecialtyA, Specialty SpecialtyB, Learner A1, Learner A2)
{
    public const int WorkshopForm = 12;
    public const int ExcursionForm = 4;
    public const int GuestLectureForm = 1;

    public static async Task<MinistryDataset> CreateAsync(TestData data)
    {
        await data.EnsureWblFormsAsync();
        var a = await data.CollegeAsync(c => c.RegionId = 1);
        var b = await data.CollegeAsync(c => c.RegionId = 2);
        var c = await data.CollegeAsync(c => c.RegionId = 1);
        var specA = await data.SpecialtyAsync(a, s => s.NqfLevelId = 5);
        var specB = await data.SpecialtyAsync(b, s => s.NqfLevelId = 4);
        var groupA = await data.GroupAsync(a, specA);
        var groupB = await data.GroupAsync(b, specB);
        var a1 = await data.LearnerAsync(a, groupA, l => { l.Gender = Gender.Female; l.LastName = "Жекеманов"; });
        var a2 = await data.LearnerAsync(a, groupA, l => { l.Gender = Gender.Female; l.HasSpecialNeeds = true; });
        var a3 = await data.LearnerAsync(a, groupA, l => l.Gender = Gender.Male);
        var b1 = await data.LearnerAsync(b, groupB, l => l.Gender = Gender.Male);
        var b2 = await data.LearnerAsync(b, groupB, l => l.Gender = Gender.Female);
        await data.LearnerAsync(c);

        var e1 = await data.EmployerAsync(e => e.Sector = EconomicSector.Construction);
        var e2 = await data.EmployerAsync(e => e.Sector = EconomicSector.InformationTechnology);
        var m1 = await data.MentorAsync(e1, m => { m.PedagogicalTrainingDate = new DateOnly(2025, 3, 1); m.FullName = "Купуянов Насаатчы"; });
        var m2 = await data.MentorAsync(e2);

        var pa = await data.YearProgrammeAsync(a, specA, 2025, wblHours: 500);
        var pb = await data.YearProgrammeAsync(b, specB, 2025, wblHours: 300);
        var pa2024 = await data.YearProgrammeAsync(a, specA, 2024);

        await data.YearPlacementAsync(pa, [a1, a2, a3], employer: e1, mentor: m1, status: PlacementStatus.InProgress);
        await data.YearPlacementAsync(pa, [a1], formId: WorkshopForm, status: PlacementStatus.Completed);
        await data.YearPlacementAsync(pb, [b1, b2], employer: e2, mentor: m2, status: PlacementStatus.Assessed);
        await data.YearPlacementAsync(pb, [b1], employer: e1, status: PlacementStatus.Proposed);
        await data.YearPlacementAsync(pa, [a3], employer: e1, status: PlacementStatus.Cancelled);
        await data.YearPlacementAsync(pa2024, [a1], employer: e1, mentor: m1, status: PlacementStatus.InProgress);

        var bishkek = TimeSpan.FromHours(6);
        await data.EventAsync(a, [e1], ExcursionForm, new DateTimeOffset(2025, 10, 15, 10, 0, 0, bishkek), held: true,
            attendance: [(a1, true), (a2, false), (a3, true)]);
        await data.EventAsync(b, [e2], GuestLectureForm, new DateTimeOffset(2025, 11, 10, 10, 0, 0, bishkek), held: true, attendance: [(b1, true)]);
        // Not counted: planned, and of another academic year.
        await data.EventAsync(a, [e1], ExcursionForm, new DateTimeOffset(2025, 12, 1, 10, 0, 0, bishkek));
        await data.EventAsync(b, [e2], GuestLectureForm, new DateTimeOffset(2026, 10, 1, 10, 0, 0, bishkek), held: true, attendance: [(b2, true)]);
        return new MinistryDataset(a, b, c, specA, specB, a1, a2);
    }
}
