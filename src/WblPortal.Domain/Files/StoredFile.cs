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

    /// <summary>Checks the declared type against the file's first bytes, so a renamed file is refused too.</summary>
    public static StoredFile Create(string fileName, string contentType, byte[] content, Guid? collegeId, Guid? employerId,
        WorkflowUser by, DateTimeOffset at)
    {
        Guard.That(content.Length > 0, "File_Empty");
        Guard.That(content.Length <= MaxSize, "File_TooLarge");
        Guard.That(AllowedContentTypes.Contains(contentType) && MatchesSignature(contentType, content), "File_TypeNotAllowed");
        Guard.That(collegeId is not null || employerId is not null, "File_NoOwner");
        return new StoredFile
        {
            FileName = Path.GetFileName(Guard.Text(fileName, "File_NameRequired")),
            ContentType = contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            CollegeId = collegeId,
            EmployerId = employerId,
            UploadedAt = at,
            UploadedByUserId = by.UserId,
        };
    }

    private static bool MatchesSignature(string contentType, byte[] c) => contentType switch
    {
        "application/pdf" => c.Length >= 4 && c[0] == 0x25 && c[1] == 0x50 && c[2] == 0x44 && c[3] == 0x46, // %PDF
        "image/jpeg" => c.Length >= 3 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF,
        "image/png" => c.Length >= 8 && c[0] == 0x89 && c[1] == 0x50 && c[2] == 0x4E && c[3] == 0x47,
        _ => false,
    };
}
