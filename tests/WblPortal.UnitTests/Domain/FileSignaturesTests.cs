using System.Text;
using WblPortal.Domain.Files;

namespace WblPortal.UnitTests.Domain;

public class FileSignaturesTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ihdr = [0, 0, 0, 13, .. "IHDR"u8.ToArray(), 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE];
    private static readonly byte[] Iend = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static byte[] Png(params byte[] middle) => [.. PngSignature, .. Ihdr, .. middle, .. Iend];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public void Sniff_WholePng_IsPng() => Assert.Equal(FileSignatures.Png, FileSignatures.Sniff(Png()));

    [Fact]
    public void Sniff_PngFollowedByHtml_IsRefused() =>
        Assert.Null(FileSignatures.Sniff([.. Png(), .. Ascii("<html><script>alert(1)</script></html>")]));

    [Fact]
    public void Sniff_PngWithHtmlInside_IsRefused() =>
        Assert.Null(FileSignatures.Sniff(Png(Ascii("<HTML><body onload=x>"))));

    [Fact]
    public void Sniff_PdfHeaderFollowedByHtml_IsRefused() =>
        Assert.Null(FileSignatures.Sniff(Ascii("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF")));

    [Fact]
    public void Sniff_PdfWithoutEndOfFile_IsRefused() => Assert.Null(FileSignatures.Sniff(Ascii("%PDF-1.4\n1 0 obj<<>>endobj\n")));

    [Fact]
    public void Sniff_Pdf_IsPdf() => Assert.Equal(FileSignatures.Pdf, FileSignatures.Sniff(Ascii("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")));

    [Fact]
    public void Sniff_JpegWithTextAfterEndOfImage_IsRefused() =>
        Assert.Null(FileSignatures.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0xFF, 0xD9, .. Ascii("tail")]));

    [Theory]
    [InlineData("scan.html", FileSignatures.Pdf, "scan.pdf")]
    [InlineData("фото.PNG.exe", FileSignatures.Png, "фото.PNG.png")]
    [InlineData("../../etc/passwd", FileSignatures.Jpeg, "passwd.jpg")]
    [InlineData("C:\\Users\\a\\келишим.pdf", FileSignatures.Pdf, "келишим.pdf")]
    [InlineData(".html", FileSignatures.Pdf, "file.pdf")]
    public void SafeFileName_TakesTheExtensionOfTheProvenType(string uploaded, string type, string stored) =>
        Assert.Equal(stored, FileSignatures.SafeFileName(uploaded, type));
}
