using System.Security.Cryptography;
using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;

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
    MentorReference = 10,
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

    /// <summary>The year and number of the document in its issuer's register of its kind (agreements, protocols,
    /// certificates: numbered from 1 in each calendar year of a college, like orders); null for kinds numbered elsewhere
    /// (orders, enterprise orders) and for diaries and reports.</summary>
    public int? RegisterYear { get; init; }

    public int? RegisterNumber { get; init; }

    /// <summary>Kinds that take their number from the issuer's register when their code is first created.</summary>
    public static bool IsRegistered(IssuedDocumentKind kind) =>
        kind is IssuedDocumentKind.TripartiteAgreement or IssuedDocumentKind.AssessmentProtocol or IssuedDocumentKind.LearnerCertificate;

    /// <summary>A registered kind's row with the next number of the year: "5/2026".</summary>
    public static IssuedDocument Registered(IssuedDocumentKind kind, Guid entityId, int registerNumber, DateOnly date, Guid issuerOrganizationId,
        Guid? employerId, DateTimeOffset at)
    {
        Guard.That(IsRegistered(kind) && registerNumber > 0, "Document_InvalidRegisterNumber");
        return new()
        {
            Code = NewCode(),
            Kind = kind,
            EntityId = entityId,
            Number = $"{registerNumber}/{date.Year}",
            Date = date,
            IssuerOrganizationId = issuerOrganizationId,
            EmployerId = employerId,
            CreatedAt = at,
            RegisterYear = date.Year,
            RegisterNumber = registerNumber,
        };
    }

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
