namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>
/// Base of the portal's official documents: a document composes its parts once onto an <see cref="IDocumentWriter"/>,
/// and is printed as PDF or shown as an HTML preview from the same composition.
/// </summary>
public abstract class OfficialDocument(DocumentLanguage language)
{
    public DocumentLanguage Language { get; } = language;

    /// <summary>The PDF's title property (e.g. "Буйрук № 12/2026").</summary>
    public abstract string PdfTitle { get; }

    public abstract string Issuer { get; }

    public abstract DocumentVerification? Verification { get; }

    /// <summary>False for a reader's cut of an issued document (the ministry's copy of an annual report, without names and
    /// with small counts suppressed): it is rendered for that reader, never stored as the issued record nor served from it.</summary>
    public virtual bool IsIssuedRecord => true;

    /// <summary>True for the copy that prints a person's personal details allowed only by their consent (the agreement
    /// with the learner's birth date and contacts). Such a copy is stored apart from the one without them, and served only
    /// while the consent is in force: a copy printed under a consent is never handed out after its withdrawal.</summary>
    public virtual bool WithPersonalDetails => false;

    /// <summary>Fix for reproducible output (tests); null means now.</summary>
    public DateTime? CreationDate { get; init; }

    /// <param name="w">The writer the document is laid out with (short: every line of a document's body uses it).</param>
    public abstract void Compose(IDocumentWriter w);

    public PdfDocumentBuilder ToBuilder()
    {
        var footer = Language.Pick("{0}-бет / {1}", "Страница {0} из {1}");
        if (Verification is { } v)
        {
            footer += Language.Pick(" · Текшерүү коду: ", " · Код проверки: ") + v.Code;
        }

        var writer = new PdfDocumentWriter(new DocumentOptions
        {
            FooterFormat = footer,
            Title = PdfTitle,
            Author = Issuer,
            Language = Language.Pick("ky-KG", "ru-KG"),
            FooterLink = Verification?.Url,
            CreationDate = CreationDate,
        });
        Compose(writer);
        return writer.Builder;
    }

    public byte[] ToPdf() => ToBuilder().ToPdf();

    public string ToHtml()
    {
        var writer = new HtmlDocumentWriter();
        Compose(writer);
        return writer.ToString();
    }

    protected string VerificationLabel => Language.Pick("Документтин аныктыгын текшерүү коду:", "Код проверки подлинности документа:");

    protected void WriteVerification(IDocumentWriter w)
    {
        if (Verification is { } v)
        {
            w.Verification(v, VerificationLabel);
        }
    }

    /// <summary>"Бишкек ш." / "г. Бишкек".</summary>
    protected string CityLine(string city) => Language.Pick($"{city} ш.", $"г. {city}");
}
