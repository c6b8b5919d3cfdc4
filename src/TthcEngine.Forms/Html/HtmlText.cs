using System.Text;

namespace TthcEngine.Forms.Html;

/// <summary>Encodes text for HTML. Applicant data is user input: everything printed goes through here.</summary>
internal static class HtmlText
{
    /// <summary>Escapes the five markup characters, drops control characters (they are never meaningful on paper and
    /// would make the document ill-formed) and turns line breaks into &lt;br/&gt;.</summary>
    public static string Encode(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n': html.Append("<br/>"); break;
                case '\t': html.Append(' '); break;
                case < ' ' or '\u007F' or '\uFFFE' or '\uFFFF': break;
                default: html.Append(c); break;
            }
        }

        return html.ToString();
    }

    /// <summary>Text for an HTML comment: "--" may not appear inside one.</summary>
    public static string Comment(string text) => $"<!-- {text.Replace("--", "- -", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)} -->";
}
