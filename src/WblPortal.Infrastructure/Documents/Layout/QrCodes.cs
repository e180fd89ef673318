using QRCoder;

namespace WblPortal.Infrastructure.Documents;

/// <summary>QR codes as PNG bytes, ready for <see cref="PdfDocumentBuilder.Image"/> or a fixed-position overlay.</summary>
public static class QrCodes
{
    /// <summary>A black-on-white PNG with a quiet zone; error correction M survives a stamp or a fold.</summary>
    public static byte[] Png(string payload, int pixelsPerModule = 8)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
