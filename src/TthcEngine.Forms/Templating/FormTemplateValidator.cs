using System.Text.RegularExpressions;
using TthcEngine.Forms.Values;

namespace TthcEngine.Forms.Templating;

/// <summary>Checks a template against what it may bind to: every value named exists and accepts its format, every table
/// exists, every line is one thing. A template that passes renders without surprises.</summary>
internal static partial class FormTemplateValidator
{
    /// <summary>The paper sizes a template may ask for, as CSS <c>@page size</c> values.</summary>
    public static readonly IReadOnlySet<string> Papers =
        new HashSet<string>(StringComparer.Ordinal) { "A5 portrait", "A4 portrait", "A4 landscape", "A3 landscape" };

    public static readonly IReadOnlySet<string> Styles =
        new HashSet<string>(StringComparer.Ordinal) { "indent", "center", "bold", "italic" };

    private static readonly IReadOnlySet<string> Alignments =
        new HashSet<string>(StringComparer.Ordinal) { "left", "center", "right" };

    public static IReadOnlyList<string> Validate(FormTemplate template) => template.Form == FormKind.Logbook
        ? Validate(template, FormBindings.Logbook)
        : Validate(template, FormBindings.Dossier);

    private static List<string> Validate<TData>(FormTemplate template, FormBindings<TData> bindings)
    {
        var errors = new List<string>();
        void Text(string where, string? text, Func<string, ValueKind?> kindOf, bool required = false)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    errors.Add($"{where}: empty.");
                }

                return;
            }

            CheckText(where, text, kindOf, errors);
        }

        var top = bindings.Values.KindOf;
        if (!Papers.Contains(template.Paper))
        {
            errors.Add($"paper: '{template.Paper}' is not one of {string.Join(", ", Papers)}.");
        }

        Text("marker", template.Marker, top, required: true);
        Text("title", template.Title, top, required: true);
        Text("header.parent", template.Header.Parent, top, required: true);
        Text("header.unit", template.Header.Unit, top, required: true);
        Text("header.number", template.Header.Number, top);
        Text("header.dateLine", template.Header.DateLine, top);
        Text("qr", template.Qr, top);
        Text("unconfirmed", template.Unconfirmed, top);
        ForEach(template.Subtitle, (i, s) => Text($"subtitle[{i}]", s, top, required: true));
        ForEach(template.Copies, (i, s) => Text($"copies[{i}]", s, top, required: true));
        ForEach(template.Notes, (i, s) => Text($"notes[{i}]", s, top, required: true));
        if (template.Recipients is { } recipients)
        {
            Text("recipients.heading", recipients.Heading, top, required: true);
            ForEach(recipients.Lines, (i, s) => Text($"recipients.lines[{i}]", s, top, required: true));
        }

        ForEach(template.Signatures, (i, s) =>
        {
            Text($"signatures[{i}].title", s.Title, top, required: true);
            Text($"signatures[{i}].note", s.Note, top);
            Text($"signatures[{i}].caption", s.Caption, top);
            Text($"signatures[{i}].name", s.Name, top);
        });
        if (template.Body.Count == 0)
        {
            errors.Add("body: no lines.");
        }

        ForEach(template.Body, (i, line) => CheckLine($"body[{i}]", line, bindings, errors));
        return errors;
    }

    private static void CheckLine<TData>(string where, TemplateLine line, FormBindings<TData> bindings, List<string> errors)
    {
        var top = bindings.Values.KindOf;
        var isField = line.Label is not null || line.Value is not null;
        var kinds = (isField ? 1 : 0) + (line.Text is not null ? 1 : 0) + (line.Table is not null ? 1 : 0);
        if (kinds != 1)
        {
            errors.Add($"{where}: a line is exactly one of a field (label and value), a text, or a table.");
            return;
        }

        foreach (var token in (line.Style ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Styles.Contains(t)))
        {
            errors.Add($"{where}.style: unknown style '{token}' (known: {string.Join(", ", Styles)}).");
        }

        if (isField)
        {
            if (string.IsNullOrWhiteSpace(line.Label) || string.IsNullOrWhiteSpace(line.Value))
            {
                errors.Add($"{where}: a field needs both a label and a value.");
                return;
            }

            CheckText($"{where}.label", line.Label, top, errors);
            CheckText($"{where}.value", line.Value, top, errors);
        }
        else if (line.Text is not null)
        {
            CheckText($"{where}.text", line.Text, top, errors);
        }
        else
        {
            CheckTable(where, line, bindings, errors);
        }
    }

    private static void CheckTable<TData>(string where, TemplateLine line, FormBindings<TData> bindings, List<string> errors)
    {
        if (bindings.Table(line.Table!) is not { } table)
        {
            errors.Add($"{where}.table: no table named '{line.Table}'.");
            return;
        }

        if (line.Columns.Count == 0)
        {
            errors.Add($"{where}.columns: a table needs columns.");
        }

        if (line.OmitIfEmpty || line.Label is not null)
        {
            errors.Add($"{where}: omitIfEmpty and label do not apply to a table.");
        }

        if (line.EmptyText is not null)
        {
            CheckText($"{where}.emptyText", line.EmptyText, bindings.Values.KindOf, errors);
        }

        var groupsSeen = new List<string?>();
        ForEach(line.Columns, (i, column) =>
        {
            var at = $"{where}.columns[{i}]";
            CheckText($"{at}.header", column.Header, bindings.Values.KindOf, errors);
            CheckText($"{at}.cell", column.Cell, table.KindOf, errors);
            if (column.Width is not null && !CssLength().IsMatch(column.Width))
            {
                errors.Add($"{at}.width: '{column.Width}' is not a length like 12% or 20mm.");
            }

            if (column.Align is not null && !Alignments.Contains(column.Align))
            {
                errors.Add($"{at}.align: '{column.Align}' is not left, center or right.");
            }

            if (column.Group is not null && groupsSeen.Contains(column.Group) && groupsSeen[^1] != column.Group)
            {
                errors.Add($"{at}.group: the columns of group '{column.Group}' must be adjacent.");
            }

            groupsSeen.Add(column.Group);
        });
    }

    private static void CheckText(string where, string text, Func<string, ValueKind?> kindOf, List<string> errors)
    {
        TextTemplate parsed;
        try
        {
            parsed = TextTemplate.Parse(text);
        }
        catch (FormatException e)
        {
            errors.Add($"{where}: {e.Message}");
            return;
        }

        foreach (var placeholder in parsed.Placeholders)
        {
            if (kindOf(placeholder.Name) is not { } kind)
            {
                errors.Add($"{where}: unknown value '{placeholder.Name}'.");
            }
            else if (!ValueFormat.Accepts(kind, placeholder.Format))
            {
                errors.Add($"{where}: value '{placeholder.Name}' ({kind}) has no format '{placeholder.Format}'.");
            }
        }
    }

    private static void ForEach<T>(IReadOnlyList<T> items, Action<int, T> check)
    {
        for (var i = 0; i < items.Count; i++)
        {
            check(i, items[i]);
        }
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,2})?(%|mm)$")]
    private static partial Regex CssLength();
}
