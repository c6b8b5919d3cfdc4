using System.Text;
using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms.Html;

/// <summary>Writes the body lines of a form: fields, paragraphs and tables.</summary>
internal static class BodyWriter
{
    public static void WriteLine<TData>(
        StringBuilder html, TemplateLine line, Func<string, string?, string?> print, FormBindings<TData> bindings, TData data)
    {
        if (line.Table is not null)
        {
            TableWriter.Write(html, line, bindings.Table(line.Table)!, print, data);
            return;
        }

        var classes = line.Label is null ? line.Style : $"field {line.Style}".TrimEnd();
        var content = TextTemplate.Parse(line.Value ?? line.Text!).RenderHtml(print, FormDocumentWriter.Blank);
        if (line.OmitIfEmpty && !content.HasValue)
        {
            return;
        }

        html.Append("<p").Append(classes is null ? "" : $" class=\"{classes}\"").Append('>');
        if (line.Label is not null)
        {
            var label = TextTemplate.Parse(line.Label).RenderHtml(print, FormDocumentWriter.Blank).Html;
            html.Append("<span class=\"label\">").Append(label).Append(":</span> <span class=\"value\">")
                .Append(content.Html).Append("</span>");
        }
        else
        {
            html.Append(content.Html);
        }

        html.Append("</p>\n");
    }
}
