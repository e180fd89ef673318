using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>The scan of a partnership signed on paper, for the college and the employer of that partnership only.</summary>
public static class DownloadPartnershipScan
{
    public sealed record Scan(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(WblDbContext db)
    {
        public Task<Scan?> LoadAsync(Guid partnershipId, CancellationToken cancellationToken) =>
            (from p in db.Partnerships.AsNoTracking()
             join f in db.StoredFiles.AsNoTracking() on p.ScanFileId equals f.Id
             where p.Id == partnershipId
             select new Scan(f.FileName, f.ContentType, f.Content)).SingleOrDefaultAsync(cancellationToken);
    }
}
