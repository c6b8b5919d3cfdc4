namespace TthcEngine.Forms.Values;

/// <summary>A table a template may print: its name, the named values of its rows, and the rows of the data.</summary>
internal sealed class TableSource<TData>
{
    private readonly Func<TData, IEnumerable<TableRow>> rows;

    private TableSource(string name, Func<string, ValueKind?> kindOf, Func<TData, IEnumerable<TableRow>> rows)
    {
        Name = name;
        KindOf = kindOf;
        this.rows = rows;
    }

    public string Name { get; }

    /// <summary>The kind of a row value by name, or null when rows have no such value.</summary>
    public Func<string, ValueKind?> KindOf { get; }

    public IEnumerable<TableRow> Rows(TData data) => rows(data);

    public static TableSource<TData> Create<TRow>(
        string name, ValueScope<TRow> scope, Func<TData, IEnumerable<TRow>> rows, Func<TRow, string>? cssClass = null) =>
        new(name, scope.KindOf, data => rows(data).Select(row =>
            new TableRow(cssClass?.Invoke(row), (value, format) => scope.Print(row, value, format))));
}

/// <summary>One printed row: an optional CSS class and its values as text (null when empty).</summary>
internal sealed record TableRow(string? CssClass, Func<string, string?, string?> Print);
