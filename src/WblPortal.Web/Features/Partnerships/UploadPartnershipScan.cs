using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Files;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>Mark a draft signed on paper: the scan (PDF, JPEG or PNG up to 10 MB, recognized by its content) and the
/// status change are saved together or not at all.</summary>
public static class UploadPartnershipScan
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public IFormFile? Scan { get; set; }
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> w, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == command.Id && p.CollegeId == db.Actor.CollegeId, cancellationToken);
            if (partnership is null)
            {
                return FeatureResult.NotFound;
            }

            if (command.Scan is null || command.Scan.Length == 0)
            {
                return FeatureResult.Invalid(nameof(Command.Scan), l["Validation_Required"]);
            }

            // Refused before reading it into memory.
            if (command.Scan.Length > StoredFile.MaxSize)
            {
                return FeatureResult.Invalid(nameof(Command.Scan), w["File_TooLarge"]);
            }

            byte[] content;
            using (var stream = new MemoryStream((int)command.Scan.Length))
            {
                await command.Scan.CopyToAsync(stream, cancellationToken);
                content = stream.ToArray();
            }

            db.ExpectVersion(partnership, command.Version);
            var now = clock.GetUtcNow();
            return await db.SaveAsync(() =>
            {
                // The type is taken from the bytes; the browser's declared type follows the file's extension.
                var file = StoredFile.Create(command.Scan.FileName, content,
                    partnership.CollegeId, partnership.EmployerId, by, now);
                db.StoredFiles.Add(file);
                partnership.MarkSignedOnPaper(file.Id, by, now);
                return null;
            }, () => partnership.Id, cancellationToken, new Refusals(w, key => key.StartsWith("File_", StringComparison.Ordinal) ? nameof(Command.Scan) : ""));
        }
    }
}
