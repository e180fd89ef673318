using System.Security.Cryptography;
using WblPortal.Domain.Common;

namespace WblPortal.Domain.Documents;

/// <summary>
/// An issued document's PDF in one language (and, for a document printing consented personal details, one copy with them and one without), exactly as it was first printed once issued, with its SHA-256. Printing the
/// document again returns these bytes (not a new rendering), and /verify shows the hash, so a paper or a file can be
/// checked against what the portal issued. Written once, never changed. The issuer, employer and kind are copied down
/// from the <see cref="IssuedDocument"/> for the tenant filter and the write check.
/// </summary>
public class IssuedDocumentFile : Entity, ICollegeOwned
{
    public Guid IssuedDocumentId { get; init; }

    public IssuedDocumentKind Kind { get; init; }

    public Guid IssuerOrganizationId { get; init; }

    public Guid? EmployerId { get; init; }

    /// <summary>"ky" or "ru".</summary>
    public required string Language { get; init; }

    /// <summary>The copy printed with a person's details allowed only by their consent (the agreement with the learner's
    /// birth date and contacts), kept apart from the copy without them: each is the issued record of its kind, and the one
    /// with the details is served only while the consent is in force.</summary>
    public bool WithPersonalDetails { get; init; }

    public required byte[] Pdf { get; init; }

    /// <summary>Lower-case hexadecimal SHA-256 of <see cref="Pdf"/>.</summary>
    public required string Sha256 { get; init; }

    public DateTimeOffset StoredAt { get; init; }

    Guid ICollegeOwned.CollegeId => IssuerOrganizationId;

    public static IssuedDocumentFile Create(IssuedDocument document, string language, byte[] pdf, DateTimeOffset at, bool withPersonalDetails = false) => new()
    {
        WithPersonalDetails = withPersonalDetails,
        IssuedDocumentId = document.Id,
        Kind = document.Kind,
        IssuerOrganizationId = document.IssuerOrganizationId,
        EmployerId = document.EmployerId,
        Language = language,
        Pdf = pdf,
        Sha256 = Hash(pdf),
        StoredAt = at,
    };

    public static string Hash(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));
}
