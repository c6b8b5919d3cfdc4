using System.Text;
using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms.Html;

/// <summary>Writes a whole form: one self-contained HTML5 document, one sheet per copy (liên).</summary>
internal static class FormDocumentWriter
{
    /// <summary>An empty value in running text: dots, as on the paper form, for the officer to fill by hand.</summary>
    public const string Blank = "<span class=\"blank\">……………</span>";

    public static string Write<TData>(FormTemplate template, FormBindings<TData> bindings, TData data)
    {
        string? Print(string name, string? format) => bindings.Values.Print(data, name, format);
        string Plain(string text) => TextTemplate.Parse(text).RenderPlain(Print);

        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>").Append(HtmlText.Encode($"{Plain(template.Marker)} - {Plain(template.Title)}")).Append("</title>\n")
            .Append("<style>\n").Append(FormStyles.Css(template.Paper)).Append("\n</style>\n</head>\n")
            .Append("<body class=\"").Append(FormStyles.BodyClass(template.Paper)).Append("\">\n");
        if (template.Unconfirmed is { } unconfirmed)
        {
            var note = Plain(unconfirmed);
            html.Append(HtmlText.Comment(note)).Append('\n')
                .Append("<div class=\"screen-only unconfirmed\">").Append(HtmlText.Encode(note)).Append("</div>\n");
        }

        var qr = template.Qr is null ? null : QrCodeSvg.Render(Plain(template.Qr));
        IReadOnlyList<string?> copies = template.Copies.Count == 0 ? [null] : [.. template.Copies];
        foreach (var copy in copies)
        {
            WriteSheet(html, template, Print, copy, qr, bindings, data);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void WriteSheet<TData>(
        StringBuilder html, FormTemplate template, Func<string, string?, string?> print, string? copy, string? qr,
        FormBindings<TData> bindings, TData data)
    {
        string Html(string text) => TextTemplate.Parse(text).RenderHtml(print, Blank).Html;

        html.Append("<section class=\"sheet\">\n")
            .Append("<p class=\"marker\">").Append(Html(template.Marker)).Append("</p>\n");
        WriteHeader(html, template.Header, Html);
        html.Append("<h1 class=\"title\">").Append(Html(template.Title)).Append("</h1>\n");
        if (template.Subtitle.Count > 0 || copy is not null || qr is not null)
        {
            html.Append("<div class=\"identity\">\n<div class=\"ids\">\n");
            foreach (var line in template.Subtitle)
            {
                html.Append("<p class=\"subtitle\">").Append(Html(line)).Append("</p>\n");
            }

            if (copy is not null)
            {
                html.Append("<p class=\"copy\">(").Append(Html(copy)).Append(")</p>\n");
            }

            html.Append("</div>\n");
            if (qr is not null)
            {
                html.Append("<div class=\"qr\">\n").Append(qr).Append("\n<p>Quét mã để tra cứu hồ sơ</p>\n</div>\n");
            }

            html.Append("</div>\n");
        }

        html.Append("<div class=\"body\">\n");
        foreach (var line in template.Body)
        {
            BodyWriter.WriteLine(html, line, print, bindings, data);
        }

        html.Append("</div>\n");
        ClosingWriter.Write(html, template, print);
        html.Append("</section>\n");
    }

    private static void WriteHeader(StringBuilder html, TemplateHeader header, Func<string, string> render)
    {
        html.Append("<div class=\"header\">\n<div class=\"header-left\">\n")
            .Append("<p class=\"parent\">").Append(render(header.Parent)).Append("</p>\n")
            .Append("<p class=\"unit\">").Append(render(header.Unit)).Append("</p>\n")
            .Append("<div class=\"rule\"></div>\n");
        if (header.Number is not null)
        {
            html.Append("<p class=\"number\">").Append(render(header.Number)).Append("</p>\n");
        }

        html.Append("</div>\n<div class=\"header-right\">\n")
            .Append("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n")
            .Append("<p class=\"motto\">Độc lập - Tự do - Hạnh phúc</p>\n")
            .Append("<div class=\"rule\"></div>\n");
        if (header.DateLine is not null)
        {
            html.Append("<p class=\"date-line\">").Append(render(header.DateLine)).Append("</p>\n");
        }

        html.Append("</div>\n</div>\n");
    }
}
