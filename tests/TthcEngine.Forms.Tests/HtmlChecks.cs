using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TthcEngine.Forms.Tests;

/// <summary>Structural checks of a rendered form.</summary>
internal static partial class HtmlChecks
{
    /// <summary>The document read as XML: the renderer writes well-formed markup (void elements closed), so a parse
    /// failure means unbalanced or broken tags.</summary>
    public static XDocument ParseAsXml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    /// <summary>The position of each text in the document, for checking order.</summary>
    public static int[] Positions(string html, params string[] texts) =>
        [.. texts.Select(t => html.IndexOf(t, StringComparison.Ordinal))];

    [GeneratedRegex("<tr[ >]")]
    public static partial Regex RowOpen();
}
