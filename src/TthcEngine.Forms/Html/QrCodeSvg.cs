using QRCoder;

namespace TthcEngine.Forms.Html;

/// <summary>A QR code as inline SVG (QRCoder), sized by CSS through its viewBox: nothing fetched, no bitmap.</summary>
internal static class QrCodeSvg
{
    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(
            pixelsPerModule: 1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", "<svg class=\"qr-code\" role=\"img\" aria-label=\"Mã QR tra cứu hồ sơ\" ", StringComparison.Ordinal);
    }
}
