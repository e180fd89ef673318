using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the reminder job: diary entries submitted (and approved) at a given time.</summary>
public sealed partial class TestData
{
    /// <summary>An entry of the learner on <paramref name="date"/>, submitted at <paramref name="submittedAt"/> and, when
    /// <paramref name="approved"/>, approved by the mentor then.</summary>
    public async Task<DiaryEntry> SubmittedEntryAsync(DiarySetup s, DateOnly date, DateTimeOffset submittedAt, bool approved = false)
    {
        await using var db = factory.CreateDbContext();
        var induction = await db.SafetyInductions.SingleAsync(i => i.PlacementLearnerId == s.Row.Id);
        var others = await db.DiaryEntries.Where(e => e.PlacementLearnerId == s.Row.Id).ToListAsync();
        var entry = DiaryEntry.Write(s.Row, s.Placement, induction, others, new DiaryEntryContent(date, 8, "Станокту тазалоо", []), [], null, LearnerUser, submittedAt);
        entry.Submit(LearnerUser, submittedAt);
        if (approved)
        {
            DiaryEntry.ApproveWeek([entry], MentorUser, submittedAt);
        }

        db.DiaryEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }
}
