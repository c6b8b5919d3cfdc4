using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using TthcEngine.Bench.Databases;
using TthcEngine.Bench.Lookup;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Sweep;

/// <summary>
/// <c>sweep</c>: bulk-loads N dossiers with one open step each, a few of whose steps have just come due, then times
/// <see cref="DeadlineWatcher.SweepAsync"/> once over them and once when nothing is due.
/// </summary>
internal static class SweepCommand
{
    private const string StepId = "tham-dinh";
    private const int SqliteRowsPerTransaction = 100_000;

    private static readonly string[] StepColumns =
    [
        "DossierId", "StepId", "Activation", "Unit", "Role", "ActivatedAt", "DueAt", "DueSoonAt", "DueSoonAnnouncedAt", "OverdueAnnouncedAt", "ClaimedBy", "AskedBy",
    ];

    public static async Task<int> RunAsync(DatabaseProvider provider, int openCount, int dueCount)
    {
        dueCount = Math.Clamp(dueCount, 0, openCount);
        Console.WriteLine(MachineLoad.Describe());
        var calendar = Repository.Calendar();
        var catalog = Repository.Procedures();
        var margin = new DeadlineOptions().DueSoonMargin;
        var batch = WatcherBatch();
        await using var database = await BenchDatabase.CreateAsync(provider, "tthc_bench_sweep");
        Console.WriteLine($"database: {database.Description}");
        await ModelCheck.EnsureColumnsAsync(database);
        await EnsureStepColumnsAsync(database);

        // The instant the rows are made: due steps fall due just before it, the others a month or more after it.
        var start = TimeProvider.System.GetUtcNow();
        var farAway = start.AddYears(1);
        var random = new Random(11);
        var dueIndexes = new HashSet<int>();
        while (dueIndexes.Count < dueCount)
        {
            dueIndexes.Add(random.Next(openCount));
        }

        // The dossiers as the lookup bench makes them, with their own deadlines moved a year ahead (open ones) and no
        // announcement, so that only the steps come due.
        var owners = new List<(Guid Id, string Unit)>(openCount);
        var dossiers = new SyntheticDossiers(calendar, [.. catalog.All], openCount).Rows().Select(row =>
        {
            owners.Add((row.Id, row.ReceivingUnit));
            return row with
            {
                OpenDueAt = row.OpenDueAt is null ? null : farAway,
                DueSoonAt = row.DueSoonAt is null ? null : farAway - margin,
                DueSoonAnnouncedAt = null,
                OverdueAnnouncedAt = null,
            };
        });

        var timer = Stopwatch.StartNew();
        var loadedDossiers = provider == DatabaseProvider.Sqlite
            ? SqliteBulkLoader.Load(database.ConnectionString, dossiers)
            : await PostgresBulkLoader.LoadAsync(database.ConnectionString, dossiers);
        var dossierTime = timer.Elapsed;
        timer.Restart();
        var steps = Steps(owners, dueIndexes, start, margin, new Random(13));
        var loadedSteps = provider == DatabaseProvider.Sqlite
            ? LoadStepsSqlite(database.ConnectionString, steps)
            : await LoadStepsPostgresAsync(database.ConnectionString, steps);
        var stepTime = timer.Elapsed;
        owners.Clear();
        owners.TrimExcess();
        timer.Restart();
        await database.AnalyzeAsync("dossiers", "open_steps");
        var analyzeTime = timer.Elapsed;
        var path = provider == DatabaseProvider.Sqlite ? "prepared INSERT, 100,000 rows per transaction" : "binary COPY";
        Console.WriteLine($"loaded {loadedDossiers:N0} dossiers in {dossierTime.TotalSeconds:0.0} s and {loadedSteps:N0} open steps in {stepTime.TotalSeconds:0.0} s ({path}); "
            + $"{dueCount:N0} steps due between {(start - DueOf(dueCount - 1, start)).TotalSeconds:0} and 60 s before {start:HH:mm:ss} UTC; ANALYZE {analyzeTime.TotalSeconds:0.0} s");

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddTthcDatabase(database.Provider, database.ConnectionString);
        services.AddSingleton(new DeadlineOptions());
        await using var provided = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var watcher = ActivatorUtilities.CreateInstance<DeadlineWatcher>(provided);

        // Each due step is overdue: one StepOverdue. Its due-soon instant passed too, but while already overdue, so
        // its due-soon mark is set without a message. The watcher takes at most `batch` rows of each kind per sweep.
        var expectedFirst = Math.Min(dueCount, batch);
        Console.WriteLine(MachineLoad.Describe());
        timer.Restart();
        var first = await watcher.SweepAsync(CancellationToken.None);
        var firstTime = timer.Elapsed;
        Console.WriteLine($"sweep 1: {first:N0} announcements in {Ms(firstTime)} ms (expected {expectedFirst:N0}: {dueCount:N0} due steps, at most {batch} per sweep)");
        var failed = first != expectedFirst;

        // As the watcher's own loop does when a sweep is full: sweep again at once until one comes back short.
        var total = first;
        var sweeps = 1;
        var last = first;
        while (last == batch)
        {
            timer.Restart();
            last = await watcher.SweepAsync(CancellationToken.None);
            sweeps++;
            total += last;
            Console.WriteLine($"sweep {sweeps}: {last:N0} announcements in {Ms(timer.Elapsed)} ms");
        }

        if (total != dueCount)
        {
            Console.WriteLine($"announced {total:N0} in {sweeps} sweeps, expected {dueCount:N0}");
            failed = true;
        }

        timer.Restart();
        var empty = await watcher.SweepAsync(CancellationToken.None);
        var emptyTime = timer.Elapsed;
        Console.WriteLine($"sweep with nothing due: {empty:N0} announcements in {Ms(emptyTime)} ms (expected 0)");
        failed |= empty != 0;

        var (outbox, overdueMarks, dueSoonMarks) = await CountAsync(provided);
        Console.WriteLine($"outbox messages {outbox:N0}, steps marked overdue {overdueMarks:N0}, marked due soon {dueSoonMarks:N0} (each expected {dueCount:N0})");
        failed |= outbox != dueCount || overdueMarks != dueCount || dueSoonMarks != dueCount;

        Console.WriteLine();
        Console.WriteLine($"| {provider}, {loadedSteps:N0} open steps, {dueCount:N0} due | |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| first sweep, ms | {Ms(firstTime)} |");
        Console.WriteLine($"| its announcements | {first:N0} of {expectedFirst:N0} expected |");
        Console.WriteLine($"| all announcements, sweeps | {total:N0} in {sweeps} |");
        Console.WriteLine($"| sweep with nothing due, ms | {Ms(emptyTime)} |");
        Console.WriteLine();
        Console.WriteLine(ProcessMemory.Describe());
        Console.WriteLine(MachineLoad.Describe());
        Console.WriteLine(failed ? "FAILED: the announcements are not what was expected" : "announcements as expected");
        return failed ? 1 : 0;
    }

    /// <summary>The watcher's batch (its private constant), read so the expectation follows the code.</summary>
    private static int WatcherBatch() =>
        (int)(typeof(DeadlineWatcher).GetField("Batch", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue()
            ?? throw new InvalidOperationException("DeadlineWatcher.Batch not found; update bench/TthcEngine.Bench/Sweep."));

    private static DateTimeOffset DueOf(int dueRank, DateTimeOffset start) => start.AddSeconds(-60).AddMilliseconds(-dueRank * 10);

    private static IEnumerable<OpenStepRecord> Steps(List<(Guid Id, string Unit)> owners, HashSet<int> dueIndexes, DateTimeOffset start, TimeSpan margin, Random random)
    {
        var dueRank = 0;
        for (var i = 0; i < owners.Count; i++)
        {
            var due = dueIndexes.Contains(i) ? DueOf(dueRank++, start) : start.AddDays(30).AddMinutes(random.Next(0, 365 * 24 * 60));
            yield return new OpenStepRecord
            {
                DossierId = owners[i].Id,
                StepId = StepId,
                Activation = 1,
                Unit = owners[i].Unit,
                Role = "Specialist",
                ActivatedAt = start.AddDays(-1),
                DueAt = due,
                DueSoonAt = due - margin,
            };
        }
    }

    private static long LoadStepsSqlite(string connectionString, IEnumerable<OpenStepRecord> steps)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO open_steps ({string.Join(", ", StepColumns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", StepColumns.Select((_, i) => $"$p{i}"))})";
        var parameters = StepColumns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();

        long loaded = 0;
        var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        foreach (var step in steps)
        {
            // As SqliteTthcDbContext stores them: Guid as upper-case text, instants as UTC ticks.
            object?[] values =
            [
                step.DossierId.ToString().ToUpperInvariant(), step.StepId, step.Activation, step.Unit, step.Role, step.ActivatedAt.UtcTicks,
                step.DueAt?.UtcTicks, step.DueSoonAt?.UtcTicks, step.DueSoonAnnouncedAt?.UtcTicks, step.OverdueAnnouncedAt?.UtcTicks, step.ClaimedBy, step.AskedBy,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            if (++loaded % SqliteRowsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        return loaded;
    }

    private static async Task<long> LoadStepsPostgresAsync(string connectionString, IEnumerable<OpenStepRecord> steps)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY open_steps ({string.Join(", ", StepColumns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        long loaded = 0;
        foreach (var step in steps)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(step.DossierId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(step.StepId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(step.Activation, NpgsqlDbType.Integer);
            await writer.WriteAsync(step.Unit, NpgsqlDbType.Varchar);
            await writer.WriteAsync(step.Role, NpgsqlDbType.Varchar);
            await writer.WriteAsync(step.ActivatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, step.DueAt);
            await WriteOrNullAsync(writer, step.DueSoonAt);
            await WriteOrNullAsync(writer, step.DueSoonAnnouncedAt);
            await WriteOrNullAsync(writer, step.OverdueAnnouncedAt);
            await WriteOrNullAsync(writer, step.ClaimedBy);
            await WriteOrNullAsync(writer, step.AskedBy);
            loaded++;
        }

        await writer.CompleteAsync();
        return loaded;
    }

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, DateTimeOffset? value) =>
        value is { } instant ? writer.WriteAsync(instant.ToUniversalTime(), NpgsqlDbType.TimestampTz) : writer.WriteNullAsync();

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, string? value) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, NpgsqlDbType.Varchar);

    /// <summary>Stops with the difference if the EF model of <c>open_steps</c> no longer has exactly the columns written here.</summary>
    private static async Task EnsureStepColumnsAsync(BenchDatabase database)
    {
        await using var db = DatabaseRegistration.Create(database.Provider, database.ConnectionString);
        var entity = db.Model.FindEntityType(typeof(OpenStepRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var mapped = entity.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (!mapped.SetEquals(StepColumns))
        {
            throw new InvalidOperationException(
                $"The bench's open steps no longer match the EF model of open_steps: missing {string.Join(", ", mapped.Except(StepColumns))}; "
                + $"unknown {string.Join(", ", StepColumns.Except(mapped))}. Update bench/TthcEngine.Bench/Sweep.");
        }
    }

    private static async Task<(int Outbox, int Overdue, int DueSoon)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        return (await db.Outbox.CountAsync(),
            await db.OpenSteps.CountAsync(s => s.OverdueAnnouncedAt != null),
            await db.OpenSteps.CountAsync(s => s.DueSoonAnnouncedAt != null));
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
}
