using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>An entry's evidence file, for whoever sees the diary.</summary>
public static class DownloadEvidence
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(WblDbContext db)
    {
        public Task<File?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            db.DiaryEvidence.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new File(f.FileName, f.ContentType, f.Content)).SingleOrDefaultAsync(cancellationToken);
    }
}
