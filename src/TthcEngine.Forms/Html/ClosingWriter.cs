using System.Text;
using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms.Html;

/// <summary>Writes the foot of a form: "Nơi nhận" bottom left, the signature blocks, then the notes.</summary>
internal static class ClosingWriter
{
    public static void Write(StringBuilder html, FormTemplate template, Func<string, string?, string?> print)
    {
        RenderedText Render(string text, string blank) => TextTemplate.Parse(text).RenderHtml(print, blank);

        if (template.Recipients is not null || template.Signatures.Count > 0)
        {
            html.Append("<div class=\"closing\">\n");

            // A lone signer signs on the right, as on Vietnamese administrative documents: an empty left column keeps
            // it there when there is no "Nơi nhận".
            if (template.Recipients is { } recipients)
            {
                html.Append("<div class=\"recipients\">\n<p class=\"recipients-heading\">")
                    .Append(Render(recipients.Heading, FormDocumentWriter.Blank).Html).Append("</p>\n");
                foreach (var line in recipients.Lines)
                {
                    html.Append("<p>").Append(Render(line, FormDocumentWriter.Blank).Html).Append("</p>\n");
                }

                html.Append("</div>\n");
            }
            else if (template.Signatures.Count == 1)
            {
                html.Append("<div class=\"recipients\"></div>\n");
            }

            html.Append("<div class=\"signatures\">\n");
            foreach (var signature in template.Signatures)
            {
                html.Append("<div class=\"signature\">\n");
                if (signature.Caption is not null && Render(signature.Caption, "") is { HasValue: true } caption)
                {
                    html.Append("<p class=\"sig-caption\">").Append(caption.Html).Append("</p>\n");
                }

                html.Append("<p class=\"sig-title\">").Append(Render(signature.Title, FormDocumentWriter.Blank).Html).Append("</p>\n")
                    .Append("<p class=\"sig-note\">").Append(Render(signature.Note, "").Html).Append("</p>\n")
                    .Append("<div class=\"sig-space\"></div>\n")
                    .Append("<p class=\"sig-name\">").Append(signature.Name is null ? "" : Render(signature.Name, "").Html).Append("</p>\n")
                    .Append("</div>\n");
            }

            html.Append("</div>\n</div>\n");
        }

        if (template.Notes.Count > 0)
        {
            html.Append("<div class=\"notes\">\n");
            foreach (var note in template.Notes)
            {
                html.Append("<p>").Append(Render(note, FormDocumentWriter.Blank).Html).Append("</p>\n");
            }

            html.Append("</div>\n");
        }
    }
}
