using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteTthcDbContext(DbContextOptions<SqliteTthcDbContext> options) : TthcDbContext(options)
{
    /// <summary>One queue of writers per database file, for the whole process.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    private SemaphoreSlim? writers;

    /// <summary>
    /// SQLite lets one transaction write at a time. Microsoft.Data.Sqlite answers a writer that finds the file busy by
    /// blocking its thread for 150 ms and trying again (<c>SqliteDataReader.NextResult</c>), so desks of one process
    /// writing at once waited in steps of 150 ms while the file sat idle. They queue here instead, each let in as soon
    /// as the one before has finished. Writers of other processes on the same file still meet SQLite's lock and that retry.
    /// </summary>
    internal override async ValueTask<IDisposable?> WriteTurnAsync(CancellationToken cancellationToken)
    {
        writers ??= Writers.GetOrAdd(
            Path.GetFullPath(new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource),
            _ => new SemaphoreSlim(1, 1));
        await writers.WaitAsync(cancellationToken);
        return new Turn(writers);
    }

    /// <summary>
    /// SQLite cannot compare or order DateTimeOffset text in queries; stored as UTC ticks the deadline queries run in
    /// the database, in the right order.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    private sealed class Turn(SemaphoreSlim writers) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                writers.Release();
            }
        }
    }
}
