using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Partnerships;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>One partnership with its signatures, scan and history, as the college or the employer sees it.</summary>
public static class PartnershipDetails
{
    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string? FromStatus, string ToStatus, string? Comment);

    public sealed record Model(Guid Id, uint Version, PartnershipKind Kind, string Number, string CollegeNameKy, string CollegeNameRu, string? CollegeNameEn,
        Guid EmployerId, string EmployerName, DateOnly ConcludedOn, DateOnly ValidFrom, DateOnly? ValidUntil, string? Subject,
        PartnershipStatus StoredStatus, PartnershipStatus Status, DateTimeOffset? CollegeSignedAt, string? CollegeSignedByName,
        DateTimeOffset? EmployerSignedAt, string? EmployerSignedByName, string? ScanFileName, long? ScanSize, string? TerminationReason)
    {
        public IReadOnlyList<HistoryRow> History { get; init; } = [];

        public string CollegeName => WblPortal.Domain.Common.LocalizedName.Pick(CollegeNameKy, CollegeNameRu, CollegeNameEn,
            System.Globalization.CultureInfo.CurrentUICulture.Name);

        public bool IsDraft => StoredStatus == PartnershipStatus.Draft;

        public bool IsEditable => IsDraft && CollegeSignedAt is null && EmployerSignedAt is null;

        public bool CanTerminate => StoredStatus is PartnershipStatus.Signed or PartnershipStatus.SignedOnPaper;
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var today = clock.BishkekToday();
            var model = await db.Partnerships.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Model(p.Id, p.Version, p.Kind, p.Number, p.College!.NameKy, p.College.NameRu, p.College.NameEn, p.EmployerId,
                    p.Employer!.Name, p.ConcludedOn, p.ValidFrom, p.ValidUntil, p.Subject, p.Status,
                    (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper) && p.ValidUntil < today
                        ? PartnershipStatus.Expired : p.Status,
                    p.CollegeSignedAt, p.CollegeSignedByName, p.EmployerSignedAt, p.EmployerSignedByName,
                    db.StoredFiles.Where(f => f.Id == p.ScanFileId).Select(f => f.FileName).FirstOrDefault(),
                    db.StoredFiles.Where(f => f.Id == p.ScanFileId).Select(f => (long?)f.Size).FirstOrDefault(),
                    p.TerminationReason))
                .SingleOrDefaultAsync(cancellationToken);
            if (model is null)
            {
                return null;
            }

            var history = await db.PartnershipHistory.AsNoTracking().Where(h => h.PartnershipId == id)
                .OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.FromStatus, h.ToStatus, h.Comment))
                .ToListAsync(cancellationToken);
            return model with { History = history };
        }
    }
}
