using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteTthcDbContext(DbContextOptions<SqliteTthcDbContext> options) : TthcDbContext(options)
{
    /// <summary>
    /// SQLite cannot compare or order DateTimeOffset text in queries; stored as UTC ticks the deadline queries run in
    /// the database, in the right order.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
