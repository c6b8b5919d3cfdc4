namespace TthcEngine.Forms.Templating;

// The layout of one form, read from Templates/*.json (format: docs/forms.md). Every string is a text template:
// literal text with {value} or {value:format} placeholders naming the values of DossierValues or LogbookValues.

/// <summary>One form's layout: header, title, body lines, tables, closing blocks.</summary>
internal sealed record FormTemplate(
    FormKind Form,
    string Marker,
    string Paper,
    TemplateHeader Header,
    string Title,
    IReadOnlyList<TemplateLine> Body)
{
    /// <summary>Lines under the title, e.g. "Mã hồ sơ: {dossierCode}".</summary>
    public IReadOnlyList<string> Subtitle { get; init; } = [];

    /// <summary>The text encoded as a QR code next to the subtitle, e.g. "{lookupUrl}"; none when null.</summary>
    public string? Qr { get; init; }

    /// <summary>The copies (liên) printed, one sheet each, each with its marker; one unmarked sheet when empty.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>A warning that the layout is not confirmed: an HTML comment and a note shown on screen, never printed.</summary>
    public string? Unconfirmed { get; init; }

    public TemplateRecipients? Recipients { get; init; }

    public IReadOnlyList<TemplateSignature> Signatures { get; init; } = [];

    /// <summary>Small print at the foot of the form.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The common header: left the parent agency and the issuing unit (and the number), right the national motto
/// and the place-and-date line.</summary>
internal sealed record TemplateHeader(string Parent, string Unit)
{
    /// <summary>"Số: …/HDHS" on forms that have a number.</summary>
    public string? Number { get; init; }

    /// <summary>"{place}, {issuedAt:date}"; none when null.</summary>
    public string? DateLine { get; init; }
}

/// <summary>
/// A body line, exactly one of: a field (<see cref="Label"/> and <see cref="Value"/>), a paragraph
/// (<see cref="Text"/>), or a table (<see cref="Table"/> and <see cref="Columns"/>).
/// </summary>
internal sealed record TemplateLine
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public string? Text { get; init; }

    /// <summary>Leave the line out when every value it names is empty (otherwise an empty value prints as dots).</summary>
    public bool OmitIfEmpty { get; init; }

    /// <summary>Space-separated: indent, center, bold, italic.</summary>
    public string? Style { get; init; }

    public string? Table { get; init; }

    public IReadOnlyList<TemplateColumn> Columns { get; init; } = [];

    /// <summary>Print a row (1), (2), … under the headers, as registers do.</summary>
    public bool NumberColumns { get; init; }

    /// <summary>The text of the one row printed when the table has no rows.</summary>
    public string? EmptyText { get; init; }
}

/// <summary>A table column: its header, the cell as a text template over the row's values, an optional header group
/// (adjacent columns of one group share a header above theirs), width ("12%", "20mm") and alignment.</summary>
internal sealed record TemplateColumn(string Header, string Cell)
{
    public string? Group { get; init; }

    public string? Width { get; init; }

    public string? Align { get; init; }
}

/// <summary>"Nơi nhận:" and its lines, bottom left of a letter (forms 04 and 05).</summary>
internal sealed record TemplateRecipients(string Heading, IReadOnlyList<string> Lines);

/// <summary>A signature block: caption (e.g. "KT. GIÁM ĐỐC"), title, note "(Ký và ghi rõ họ tên)", printed name.</summary>
internal sealed record TemplateSignature(string Title, string Note)
{
    public string? Caption { get; init; }

    public string? Name { get; init; }
}
