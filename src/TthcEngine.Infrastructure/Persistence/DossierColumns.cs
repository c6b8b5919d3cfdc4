using Microsoft.EntityFrameworkCore.Metadata;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// Every column of the dossiers table but its key, from EF Core's mapping (the applicant's, an owned type stored in the
/// same row, included), and their values on a record: a receipt inserts them all, and a change writes those that differ
/// from the row it read.
/// </summary>
internal sealed class DossierColumns
{
    private readonly Func<DossierRecord, object?>[] getters;
    private readonly Func<object?, object?, bool>[] sameStored;

    public DossierColumns(IModel model)
    {
        var type = model.FindEntityType(typeof(DossierRecord)) ?? throw new InvalidOperationException($"{nameof(DossierRecord)} is not in the model.");
        Key = type.FindPrimaryKey()!.Properties.Single();
        var columns = new List<(IProperty Property, Func<DossierRecord, object?> Get)>();
        foreach (var property in type.GetProperties().Where(p => !p.IsPrimaryKey()))
        {
            var getter = Getter(property);
            columns.Add((property, r => getter.GetClrValue(r)));
        }

        foreach (var owned in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var owner = owned.GetGetter();
            foreach (var property in owned.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                var getter = Getter(property);
                columns.Add((property, r => owner.GetClrValue(r) is { } value ? getter.GetClrValue(value) : null));
            }
        }

        if (columns.Count > 64)
        {
            throw new InvalidOperationException($"The dossiers table has {columns.Count} columns; {nameof(DossierColumns)} marks the columns to write in 64 bits.");
        }

        Properties = [.. columns.Select(c => c.Property)];
        getters = [.. columns.Select(c => c.Get)];
        sameStored = [.. Properties.Select(SameStored)];
        Version = Properties[IndexOf(nameof(DossierRecord.Version))];
    }

    public IProperty Key { get; }

    /// <summary>The concurrency token, also among <see cref="Properties"/>.</summary>
    public IProperty Version { get; }

    /// <summary>The columns, in the order of a <see cref="DossierRow"/>'s values.</summary>
    public IProperty[] Properties { get; }

    public object? Value(int column, DossierRecord record) => getters[column](record);

    public DossierRow Read(DossierRecord record) => new([.. getters.Select(g => g(record))]);

    /// <summary>
    /// The columns whose value on <paramref name="record"/> would be stored differently from <paramref name="read"/>,
    /// one bit each.
    /// </summary>
    public ulong Changed(DossierRow read, DossierRecord record)
    {
        var changed = 0UL;
        for (var c = 0; c < getters.Length; c++)
        {
            if (!sameStored[c](read.Values[c], getters[c](record)))
            {
                changed |= 1UL << c;
            }
        }

        return changed;
    }

    /// <summary>The bits of the named properties of <see cref="DossierRecord"/>.</summary>
    public ulong Bits(params string[] names) => names.Aggregate(0UL, (bits, name) => bits | (1UL << IndexOf(name)));

    private int IndexOf(string name) =>
        Array.FindIndex(Properties, p => p.DeclaringType.ClrType == typeof(DossierRecord) && p.Name == name) is var i and >= 0
            ? i
            : throw new InvalidOperationException($"{nameof(DossierRecord)}.{name} is not mapped.");

    /// <summary>
    /// Whether two values are stored alike: compared as the provider gets them, so the same instant at another offset
    /// (read back in UTC, computed in Vietnam time) is no change.
    /// </summary>
    private static Func<object?, object?, bool> SameStored(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var comparer = property.GetProviderValueComparer();
        return converter is null
            ? comparer.Equals
            : (a, b) => comparer.Equals(a is null ? null : converter.ConvertToProvider(a), b is null ? null : converter.ConvertToProvider(b));
    }

    private static IClrPropertyGetter Getter(IProperty property) =>
        property.IsShadowProperty()
            ? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property: the change writer cannot read it.")
            : property.GetGetter();
}
