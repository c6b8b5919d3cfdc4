namespace TthcEngine.Forms.Values;

/// <summary>A value a template binds to by name, read from the data of one context.</summary>
internal sealed record NamedValue<TSource>(string Name, ValueKind Kind, Func<TSource, object?> Read);
