using System.Text;
using TthcEngine.Forms.Html;

namespace TthcEngine.Forms.Templating;

/// <summary>
/// A string of a form template: literal text with placeholders "{name}" or "{name:format}". Literal braces are not
/// supported: a lone "{" or "}" is an error found when the template is validated.
/// </summary>
internal sealed class TextTemplate
{
    private readonly IReadOnlyList<Segment> segments;

    private TextTemplate(IReadOnlyList<Segment> segments) => this.segments = segments;

    public IEnumerable<Placeholder> Placeholders => segments.OfType<Placeholder>();

    /// <exception cref="FormatException">An unbalanced brace or an empty placeholder.</exception>
    public static TextTemplate Parse(string text)
    {
        var segments = new List<Segment>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOfAny(['{', '}'], position);
            if (open < 0)
            {
                segments.Add(new Literal(text[position..]));
                break;
            }

            var close = text[open] == '{' ? text.IndexOfAny(['{', '}'], open + 1) : -1;
            if (close < 0 || text[close] != '}')
            {
                throw new FormatException($"Unbalanced brace at {open} in \"{text}\".");
            }

            if (open > position)
            {
                segments.Add(new Literal(text[position..open]));
            }

            segments.Add(Placeholder.Parse(text[(open + 1)..close], text));
            position = close + 1;
        }

        return new TextTemplate(segments);
    }

    /// <summary>The text as HTML, every part encoded; an empty value prints <paramref name="blankHtml"/>.</summary>
    public RenderedText RenderHtml(Func<string, string?, string?> print, string blankHtml)
    {
        var html = new StringBuilder();
        var anyValue = false;
        foreach (var segment in segments)
        {
            if (segment is Literal literal)
            {
                html.Append(HtmlText.Encode(literal.Text));
                continue;
            }

            var placeholder = (Placeholder)segment;
            var value = print(placeholder.Name, placeholder.Format);
            anyValue |= value is not null;
            html.Append(value is null ? blankHtml : HtmlText.Encode(value));
        }

        return new RenderedText(html.ToString(), anyValue || !Placeholders.Any());
    }

    /// <summary>The text as plain text (for a QR code or a comment); an empty value prints nothing.</summary>
    public string RenderPlain(Func<string, string?, string?> print) =>
        string.Concat(segments.Select(s => s is Literal literal ? literal.Text : Print((Placeholder)s, print)));

    private static string Print(Placeholder placeholder, Func<string, string?, string?> print) =>
        print(placeholder.Name, placeholder.Format) ?? "";

    internal abstract record Segment;

    private sealed record Literal(string Text) : Segment;

    /// <summary>A named value and the format asked of it (null: the default print).</summary>
    internal sealed record Placeholder(string Name, string? Format) : Segment
    {
        public static Placeholder Parse(string inner, string text)
        {
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? inner : inner[..colon]).Trim();
            var format = colon < 0 ? null : inner[(colon + 1)..].Trim();
            if (name.Length == 0 || format is { Length: 0 })
            {
                throw new FormatException($"Empty placeholder name or format \"{{{inner}}}\" in \"{text}\".");
            }

            return new Placeholder(name, format);
        }
    }
}

/// <summary>A rendered text template; <see cref="HasValue"/> is false when it names values and all are empty.</summary>
internal sealed record RenderedText(string Html, bool HasValue);
