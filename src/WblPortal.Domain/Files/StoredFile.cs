using System.Security.Cryptography;
using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Files;

/// <summary>An uploaded scan (signed agreement, partnership document): PDF, JPEG or PNG up to 10 MB, kept in the
/// database with its SHA-256 and owned by a college and/or an employer.</summary>
public class StoredFile : Entity
{
    public const long MaxSize = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> AllowedContentTypes = ["application/pdf", "image/jpeg", "image/png"];

    public Guid? CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedByUserId { get; set; }

    /// <summary>The type is what the bytes prove (<see cref="FileSignatures"/>), never the name or the declared type;
    /// the stored name carries that type's extension.</summary>
    public static StoredFile Create(string fileName, byte[] content, Guid? collegeId, Guid? employerId,
        WorkflowUser by, DateTimeOffset at)
    {
        Guard.That(content.Length > 0, "File_Empty");
        Guard.That(content.Length <= MaxSize, "File_TooLarge");
        var contentType = FileSignatures.Sniff(content);
        Guard.That(contentType is not null && AllowedContentTypes.Contains(contentType), "File_TypeNotAllowed");
        Guard.That(collegeId is not null || employerId is not null, "File_NoOwner");
        return new StoredFile
        {
            FileName = FileSignatures.SafeFileName(Guard.Text(fileName, "File_NameRequired"), contentType!),
            ContentType = contentType!,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            CollegeId = collegeId,
            EmployerId = employerId,
            UploadedAt = at,
            UploadedByUserId = by.UserId,
        };
    }
}
