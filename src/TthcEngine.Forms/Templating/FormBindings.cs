using TthcEngine.Forms.Values;

namespace TthcEngine.Forms.Templating;

/// <summary>What the templates of each kind of data bind to.</summary>
internal static class FormBindings
{
    /// <summary>Forms 01 to 06.</summary>
    public static readonly FormBindings<DossierFormData> Dossier = new(DossierValues.Scope, DossierValues.Tables);

    /// <summary>Form 07.</summary>
    public static readonly FormBindings<LogbookData> Logbook = new(LogbookValues.Scope, LogbookValues.Tables);
}

/// <summary>Everything a template may bind to for one kind of data: the named values and the tables.</summary>
internal sealed class FormBindings<TData>(ValueScope<TData> values, IReadOnlyList<TableSource<TData>> tables)
{
    public ValueScope<TData> Values { get; } = values;

    public TableSource<TData>? Table(string name) => tables.FirstOrDefault(t => t.Name == name);
}
