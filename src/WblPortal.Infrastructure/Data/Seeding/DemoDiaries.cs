using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// The diary workspace of the demo pair's running production practice (2 Nov – 18 Dec 2026, mentor@, with
/// learner@ first): every state, built through the domain's own steps.
/// <list type="bullet">
/// <item>learner@: induction acknowledged; week 1 countersigned with an approved correction, week 2 approved (one
/// entry written by the mentor, one with a PDF evidence), week 3 submitted / returned / draft, week 4 drafts and one
/// submitted; two mentor's notes.</item>
/// <item>the second learner: induction recorded, not acknowledged; week 4 submitted.</item>
/// <item>the third learner: no induction yet (no entries possible).</item>
/// </list>
/// </summary>
internal static class DemoDiaries
{
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private static readonly WorkflowUser Curator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);

    private static readonly string[] Tasks =
    [
        "Цехтин жабдуулары жана иш орду менен таанышуу, насаатчынын көзөмөлүндө куралдарды даярдоо",
        "Токардык станокто даярдамаларды кесүү, өлчөөчү куралдар менен текшерүү",
        "Бөлүктөрдү чийме боюнча иштетүү, техникалык көзөмөл журналын толтуруу",
        "Жабдууну пландуу техникалык тейлөөгө катышуу: майлоо, тазалоо, бекиткичтерди текшерүү",
        "Сапатты көзөмөлдөө бөлүмүндө даяр продукцияны кабыл алууга катышуу",
    ];

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.Year, day.Month, day.Day, hour, 0, 0, Bishkek);

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SafetyInductions.AnyAsync(cancellationToken))
        {
            return;
        }

        var collegeId = PilotColleges.All[0].Id;
        var placement = await db.Placements.Include(p => p.Learners)
            .Where(p => p.CollegeId == collegeId && p.Status == PlacementStatus.InProgress && p.MentorId != null && p.StartDate == new DateOnly(2026, 11, 2))
            .OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            return;
        }

        var learnerIds = placement.Learners.Select(l => l.LearnerId).ToList();
        var learners = await db.Learners.Where(l => learnerIds.Contains(l.Id)).OrderBy(l => l.Pin).ToListAsync(cancellationToken);
        var mentor = await db.Mentors.SingleAsync(m => m.Id == placement.MentorId, cancellationToken);
        var outcomes = await db.ProgrammeOutcomes.Where(o => o.ProgrammeId == placement.ProgrammeId).OrderBy(o => o.SortOrder)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        var mentorUser = new WorkflowUser("demo:mentor@wbl.kg", mentor.FullName, Roles.Mentor);
        var rows = learners.Select(l => placement.Learners.Single(pl => pl.LearnerId == l.Id)).ToList();

        // learner@ (first by ПИН): the richest diary.
        var first = rows[0];
        var learnerUser = new WorkflowUser("demo:learner@wbl.kg", learners[0].FullName, Roles.Learner);
        var induction = SafetyInduction.Record(first, placement, InductionTopics.All, placement.StartDate, "Абдыкадыров Талант",
            "Эмгекти коргоо боюнча инженер", mentorUser, At(placement.StartDate, 9));
        induction.Acknowledge(learnerUser, At(placement.StartDate, 17));
        db.SafetyInductions.Add(induction);
        var entries = new List<DiaryEntry>();

        DiaryEntry Write(PlacementLearner row, SafetyInduction ind, WorkflowUser by, DateOnly day, decimal hours, int task, Guid? corrects = null)
        {
            var picked = outcomes.Skip(task % Math.Max(1, outcomes.Count)).Take(2).ToList();
            var e = DiaryEntry.Write(row, placement, ind, entries.Where(x => x.PlacementLearnerId == row.Id).ToList(),
                new DiaryEntryContent(day, hours, Tasks[task % Tasks.Length], picked), outcomes, corrects, by, At(day, 18));
            entries.Add(e);
            db.DiaryEntries.Add(e);
            return e;
        }

        void SubmitAll(IEnumerable<DiaryEntry> list, WorkflowUser by)
        {
            foreach (var e in list.Where(e => e.IsEditable))
            {
                e.Submit(by, At(e.Date, 19));
            }
        }

        var week1 = placement.StartDate; // Monday 2 November
        var w1 = Enumerable.Range(0, 5).Select(d => Write(first, induction, learnerUser, week1.AddDays(d), 8, d)).ToList();
        SubmitAll(w1, learnerUser);
        DiaryEntry.ApproveWeek(w1, mentorUser, At(week1.AddDays(5), 10));
        // A mistake found after approval: 6 hours, not 8, on Wednesday — a correction citing the approved entry.
        var correction = Write(first, induction, learnerUser, week1.AddDays(2), 6, 2, corrects: w1[2].Id);
        correction.Submit(learnerUser, At(week1.AddDays(7), 9));
        DiaryEntry.ApproveWeek([correction], mentorUser, At(week1.AddDays(7), 12));
        DiaryEntry.CountersignWeek(entries.Where(e => e.WeekStart == week1), Curator, At(week1.AddDays(8), 11));

        var week2 = week1.AddDays(7);
        var w2 = Enumerable.Range(0, 4).Select(d => Write(first, induction, learnerUser, week2.AddDays(d), 8, d + 1)).ToList();
        w2.Add(Write(first, induction, mentorUser, week2.AddDays(4), 7, 4));
        var evidence = DiaryEvidence.Create(first, "texnikalyk-kozomol.pdf", DemoPdf, learnerUser, At(week2.AddDays(2), 18));
        db.DiaryEvidence.Add(evidence);
        w2[2].AttachEvidence(evidence);
        SubmitAll(w2, learnerUser);
        DiaryEntry.ApproveWeek(w2, mentorUser, At(week2.AddDays(5), 10));

        var week3 = week2.AddDays(7);
        var w3 = Enumerable.Range(0, 5).Select(d => Write(first, induction, learnerUser, week3.AddDays(d), d == 3 ? 10 : 8, d + 2)).ToList();
        SubmitAll(w3.Take(4), learnerUser);
        w3[3].Return("10 саат жазылган, бирок смена 8 саат болчу. Сааттарды оңдоп, кайра жөнөтүңүз.", mentorUser, At(week3.AddDays(5), 9));

        var week4 = week3.AddDays(7);
        var w4 = Enumerable.Range(0, 3).Select(d => Write(first, induction, learnerUser, week4.AddDays(d), 8, d + 3)).ToList();
        w4[0].Submit(learnerUser, At(week4, 19));

        db.MentorNotes.Add(MentorNote.Write(first, placement, week1.AddDays(4), MentorNoteTopic.Adaptation,
            "Жамаатка тез кошулду, суроолорду активдүү берет, коопсуздук эрежелерин так сактайт.", mentorUser, At(week1.AddDays(4), 17)));
        db.MentorNotes.Add(MentorNote.Write(first, placement, week3.AddDays(1), MentorNoteTopic.Discipline,
            "Шаршемби күнү 40 мүнөткө кечикти, себебин түшүндүрдү. Эскертүү берилди.", mentorUser, At(week3.AddDays(1), 17)));

        // The second learner: induction recorded by the employer, not acknowledged yet; this week's entries await the mentor.
        if (rows.Count > 1)
        {
            var secondUser = new WorkflowUser("demo:learner-2", learners[1].FullName, Roles.Learner);
            var second = SafetyInduction.Record(rows[1], placement, InductionTopics.All with { Sanitary = false }, week1.AddDays(1),
                "Абдыкадыров Талант", "Эмгекти коргоо боюнча инженер", EmployerAdmin, At(week1.AddDays(1), 9));
            db.SafetyInductions.Add(second);
            SubmitAll(Enumerable.Range(0, 3).Select(d => Write(rows[1], second, secondUser, week4.AddDays(d), 8, d)).ToList(), secondUser);
        }

        // The third learner has no induction: the diary cannot start yet.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A minimal one-page PDF as the demo evidence file.</summary>
    private static readonly byte[] DemoPdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
}
