namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>A column of a document table: relative width, or fixed in millimetres, and its alignment.</summary>
public sealed record DocumentColumn(double Width, bool FixedMm = false, bool Centered = false)
{
    public static DocumentColumn Mm(double mm, bool centered = true) => new(mm, true, centered);

    public static DocumentColumn Relative(double weight) => new(weight);
}

/// <summary>
/// What an official document is made of. Each document composes itself onto a writer once; the PDF writer lays it
/// out with <see cref="PdfDocumentBuilder"/>, the HTML writer renders the same parts for the on-screen preview, so
/// the two never differ in content.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The organization's name (and address) at the top.</summary>
    void Letterhead(string name, string? address, string? details = null);

    void Heading(string text, bool large = false);

    /// <summary>Date — city — number on one line.</summary>
    void DateLine(string left, string center, string right);

    void Paragraph(string text, bool bold = false, bool indent = true);

    /// <summary>A block in the right half of the page, kept together: a bold title ("БЕКИТЕМИН / УТВЕРЖДАЮ",
    /// "МАКУЛДАШЫЛДЫ / СОГЛАСОВАНО") over its lines (position, signature line with the name, date).</summary>
    void ApprovalBlock(string title, IReadOnlyList<string> lines);

    /// <summary>A bold label followed by text: "Негиздеме: ...".</summary>
    void Field(string label, string value);

    /// <summary>A numbered item (level 0: 1., 2.; level 1: 2.1., 2.2.), with an optional bold lead-in.</summary>
    void Item(string text, int level = 0, string? strongLead = null);

    void Table(IReadOnlyList<DocumentColumn> columns, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows, bool small = false);

    /// <summary>"Директор ____________ А. Асанов" with a caption under the line.</summary>
    void Signature(string position, string name, string caption);

    /// <summary>The parties' requisites and signature lines side by side (an agreement's last section).</summary>
    void SignatureColumns(IReadOnlyList<SignatureColumn> parties, string caption);

    /// <summary>The acknowledgement sheet on its own page: who has read the document, with date and signature to fill in.</summary>
    void Acknowledgement(string title, string caption, string nameHeader, string dateHeader, string signatureHeader, IReadOnlyList<string> names);

    /// <summary>What follows starts on a new page (in the preview: a new sheet).</summary>
    void PageBreak();

    /// <summary>The verification code and the QR code pointing to the public verification page.</summary>
    void Verification(DocumentVerification verification, string label);
}

/// <summary>One party's block under an agreement: its title, lines of requisites, the signer.</summary>
public sealed record SignatureColumn(string Title, IReadOnlyList<string> Lines, string Signer)
{
    /// <summary>Printed under the signature's caption: the place for the seal ("М.П."), or a second signature (a minor's
    /// legal representative under the learner's).</summary>
    public string? After { get; init; }
}

/// <summary>A document's verification code and the absolute URL of its public verification page (the QR payload).</summary>
public sealed record DocumentVerification(string Code, string Url)
{
    /// <summary>The document is issued (an order issued, an agreement confirmed, a protocol final, a report submitted): its
    /// PDF is stored when first printed and served as stored from then on. Living records (a diary, a learner's
    /// certificate of the record so far) print live.</summary>
    public bool Issued { get; init; } = true;

    /// <summary>The document's number as registered with its code ("5/2026" from the college's register of its kind).</summary>
    public string? Number { get; init; }
}
