namespace TthcEngine.Infrastructure.Persistence;

/// <summary>A dossier row's column values as read, in the order of <see cref="DossierColumns.Properties"/>.</summary>
internal sealed class DossierRow(object?[] values)
{
    public object?[] Values { get; } = values;
}
