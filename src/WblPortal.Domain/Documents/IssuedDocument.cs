using System.Security.Cryptography;
using WblPortal.Domain.Common;

namespace WblPortal.Domain.Documents;

/// <summary>Stored by name (the numbers only order them).</summary>
public enum IssuedDocumentKind
{
    SendingOrder = 1,
    CuratorOrder = 2,
    TripartiteAgreement = 3,
    WblProgramme = 4,
    LearnerDiary = 5,
    AssessmentProtocol = 6,
    EnterpriseOrder = 7,
    AnnualReport = 8,
    LearnerCertificate = 9,
}

/// <summary>
/// The verification code printed (with a QR) on an official document. The public page /verify/{code} confirms the
/// document's kind, number, date and issuer from this row alone; it holds no personal data. One row per document:
/// downloading it again prints the same code.
/// </summary>
public class IssuedDocument : Entity, ICollegeOwned
{
    /// <summary>Unambiguous letters and digits (no 0/O, 1/I/L).</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public required string Code { get; init; }
    public IssuedDocumentKind Kind { get; init; }
    public string? Number { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>The issuing organization: the college for every document kind so far.</summary>
    public Guid IssuerOrganizationId { get; init; }

    /// <summary>The employer party of an agreement (so that the employer may create the code on first download).</summary>
    public Guid? EmployerId { get; init; }

    /// <summary>The order, agreement or programme.</summary>
    public Guid EntityId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    Guid ICollegeOwned.CollegeId => IssuerOrganizationId;

    public static IssuedDocument Create(IssuedDocumentKind kind, Guid entityId, string? number, DateOnly? date, Guid issuerOrganizationId,
        Guid? employerId, DateTimeOffset at) => new()
    {
        Code = NewCode(),
        Kind = kind,
        EntityId = entityId,
        Number = number,
        Date = date,
        IssuerOrganizationId = issuerOrganizationId,
        EmployerId = employerId,
        CreatedAt = at,
    };

    /// <summary>12 random characters (about 59 bits) as XXXX-XXXX-XXXX: not guessable, easy to type from paper.</summary>
    public static string NewCode()
    {
        var chars = new char[14];
        for (var i = 0; i < 14; i++)
        {
            chars[i] = i is 4 or 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>The code as typed from paper: case, spaces and missing dashes do not matter.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var raw = new string(input.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        return raw.Length != 12 || raw.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)) ? null : $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
