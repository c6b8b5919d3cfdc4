using System.Text;
using TthcEngine.Forms.Templating;
using TthcEngine.Forms.Values;

namespace TthcEngine.Forms.Html;

/// <summary>Writes a table of a form: headers (with one level of groups), optional column numbers, one row per item.</summary>
internal static class TableWriter
{
    public static void Write<TData>(
        StringBuilder html, TemplateLine line, TableSource<TData> source, Func<string, string?, string?> print, TData data)
    {
        string Render(string text, Func<string, string?, string?> values) =>
            TextTemplate.Parse(text).RenderHtml(values, "").Html;

        var columns = line.Columns;
        var grouped = columns.Any(c => c.Group is not null);
        html.Append("<table class=\"data\">\n<thead>\n<tr>");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Group is null)
            {
                html.Append("<th").Append(grouped ? " rowspan=\"2\"" : "").Append(Width(column)).Append('>')
                    .Append(Render(column.Header, print)).Append("</th>");
                continue;
            }

            if (i > 0 && columns[i - 1].Group == column.Group)
            {
                continue;
            }

            var span = columns.Skip(i).TakeWhile(c => c.Group == column.Group).Count();
            html.Append("<th colspan=\"").Append(span).Append("\">").Append(HtmlText.Encode(column.Group)).Append("</th>");
        }

        html.Append("</tr>\n");
        if (grouped)
        {
            html.Append("<tr>");
            foreach (var column in columns.Where(c => c.Group is not null))
            {
                html.Append("<th").Append(Width(column)).Append('>').Append(Render(column.Header, print)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        if (line.NumberColumns)
        {
            html.Append("<tr class=\"col-numbers\">");
            for (var i = 1; i <= columns.Count; i++)
            {
                html.Append("<th>(").Append(i).Append(")</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n<tbody>\n");
        var any = false;
        foreach (var row in source.Rows(data))
        {
            any = true;
            html.Append("<tr").Append(row.CssClass is null ? "" : $" class=\"{row.CssClass}\"").Append('>');
            foreach (var column in columns)
            {
                html.Append("<td").Append(column.Align is null ? "" : $" style=\"text-align: {column.Align}\"").Append('>')
                    .Append(Render(column.Cell, row.Print)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        if (!any)
        {
            html.Append("<tr><td class=\"empty\" colspan=\"").Append(columns.Count).Append("\">")
                .Append(line.EmptyText is null ? "" : Render(line.EmptyText, print)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Width(TemplateColumn column) => column.Width is null ? "" : $" style=\"width: {column.Width}\"";
}
