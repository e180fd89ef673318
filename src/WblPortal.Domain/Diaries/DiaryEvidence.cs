using WblPortal.Domain.Files;
using System.Security.Cryptography;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

/// <summary>A file attached to a diary entry as evidence of the work done: PDF, JPEG, PNG or DOCX up to 10 MB. The
/// type is taken from the file's first bytes, never from its name or the browser's word.</summary>
public class DiaryEvidence : Entity, IDiaryRow, IDiaryRowIds
{
    public const long MaxSize = 10 * 1024 * 1024;

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public Guid PlacementLearnerId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid LearnerId { get; set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedByUserId { get; private set; } = "";

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public static DiaryEvidence Create(PlacementLearner learner, string fileName, byte[] content, WorkflowUser by, DateTimeOffset at)
    {
        Guard.That(content.Length > 0, "Evidence_Empty");
        Guard.That(content.Length <= MaxSize, "Evidence_TooLarge");
        var type = Sniff(content);
        Guard.That(type is not null, "Evidence_TypeNotAllowed");
        var evidence = new DiaryEvidence
        {
            FileName = FileSignatures.SafeFileName(Guard.Text(fileName, "Evidence_TypeNotAllowed"), type!),
            ContentType = type!,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = at,
            UploadedByUserId = by.UserId,
        };
        DiaryRules.CopyIds(evidence, learner);
        return evidence;
    }

    /// <summary>The content type the bytes prove, or null (<see cref="FileSignatures"/>).</summary>
    public static string? Sniff(byte[] c) => FileSignatures.Sniff(c);
}
