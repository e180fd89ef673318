using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Consents;

/// <summary>A learner's consents under Law No. 58, newest first, and which purposes are in force: read through the
/// tenant filter (the learner, their college's staff, an employer or mentor of their placements).</summary>
public static class LearnerConsents
{
    public sealed record Row(Guid Id, uint Version, ConsentPurpose Purpose, ConsentGiver GivenBy, string? RepresentativeName, string TextVersion,
        DateOnly GivenOn, bool OnPaper, DateTimeOffset RecordedAt, string RecordedByName, DateTimeOffset? WithdrawnAt, string? WithdrawnByName)
    {
        public bool IsActive => WithdrawnAt is null;
    }

    public sealed record Summary(Guid LearnerId, bool IsMinor, IReadOnlyList<Row> Rows)
    {
        public bool Has(ConsentPurpose purpose) => Rows.Any(r => r.Purpose == purpose && r.IsActive);

        public Row? Active(ConsentPurpose purpose) => Rows.FirstOrDefault(r => r.Purpose == purpose && r.IsActive);
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        /// <summary>Null when the learner is not in the actor's scope.</summary>
        public async Task<Summary?> LoadAsync(Guid learnerId, CancellationToken cancellationToken)
        {
            var birth = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId).Select(l => (DateOnly?)l.DateOfBirth).SingleOrDefaultAsync(cancellationToken);
            if (birth is not { } born)
            {
                return null;
            }

            var rows = await db.PersonalDataConsents.AsNoTracking().Where(c => c.LearnerId == learnerId)
                .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
                .Select(c => new Row(c.Id, c.Version, c.Purpose, c.GivenBy, c.RepresentativeName, c.TextVersion, c.GivenOn, c.OnPaper, c.RecordedAt,
                    c.RecordedByName, c.WithdrawnAt, c.WithdrawnByName))
                .ToListAsync(cancellationToken);
            return new Summary(learnerId, Domain.Learners.Learner.AgeOn(born, clock.BishkekToday()) < 18, rows);
        }

        /// <summary>The signed-in learner's own.</summary>
        public async Task<Summary?> LoadMineAsync(CancellationToken cancellationToken) =>
            db.Actor.LearnerId is { } id ? await LoadAsync(id, cancellationToken) : null;

        /// <summary>Whether the learner's consent to transfer their details to the employer is in force (read in the
        /// actor's scope: an employer finds consents only of learners placed with it).</summary>
        public Task<bool> TransferAllowedAsync(Guid learnerId, CancellationToken cancellationToken) =>
            db.PersonalDataConsents.AnyAsync(c => c.LearnerId == learnerId && c.Purpose == ConsentPurpose.TransferToEmployer && c.WithdrawnAt == null,
                cancellationToken);
    }
}
