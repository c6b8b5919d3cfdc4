namespace TthcEngine.Forms.Values;

/// <summary>The named values a template may bind to in one context: a dossier, a logbook, or a row of a table.</summary>
internal sealed class ValueScope<TSource>
{
    private readonly Dictionary<string, NamedValue<TSource>> byName;

    public ValueScope(IEnumerable<NamedValue<TSource>> values) =>
        byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);

    public IEnumerable<NamedValue<TSource>> Values => byName.Values;

    public ValueKind? KindOf(string name) => byName.TryGetValue(name, out var value) ? value.Kind : null;

    /// <summary>The value as printed text, or null when the data has none.</summary>
    public string? Print(TSource source, string name, string? format)
    {
        if (!byName.TryGetValue(name, out var value))
        {
            throw new InvalidOperationException($"No value named '{name}' (the template was not validated).");
        }

        return ValueFormat.Print(value.Read(source), value.Kind, format);
    }
}
