using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using TthcEngine.Bench.Databases;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Service;

/// <summary>
/// The physical floor of a database: how many single-row transactions (BEGIN; UPDATE one row; COMMIT) it commits per
/// second, on the same file or server, connection string and settings as the dossier service. Each connection updates
/// its own row of the table <c>bench_floor</c>, so they queue only on the commit itself, never on a row lock.
/// </summary>
internal static class CommitFloor
{
    private const string Update = "UPDATE bench_floor SET n = n + 1 WHERE id = @id";

    public static async Task CreateTableAsync(BenchDatabase database, int rows)
    {
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"({i}, 0)"));
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, n INTEGER NOT NULL); INSERT INTO bench_floor VALUES {values};";
            await create.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE TABLE bench_floor (id integer PRIMARY KEY, n bigint NOT NULL); INSERT INTO bench_floor VALUES {values};", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>SQLite's <c>PRAGMA synchronous</c> on a connection as the service opens it: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.</summary>
    public static async Task<string> SqliteSynchronousAsync(BenchDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA journal_mode; ";
        var journal = (string)(await read.ExecuteScalarAsync())!;
        read.CommandText = "PRAGMA synchronous;";
        var level = Convert.ToInt32(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        string[] names = ["OFF", "NORMAL", "FULL", "EXTRA"];
        return $"journal_mode={journal}, synchronous={names[level]} ({level})";
    }

    /// <summary>Commits per second over <paramref name="duration"/>, with <paramref name="connections"/> connections at once.</summary>
    public static Task<Floor> MeasureAsync(BenchDatabase database, int connections, TimeSpan duration) =>
        TogetherAsync(connections, (row, ready, start) => database.Provider == DatabaseProvider.Sqlite
            ? Task.Factory.StartNew(() => SqliteLoop(database.ConnectionString, row, ready, start, duration), TaskCreationOptions.LongRunning)
            : Task.Run(() => PostgresLoopAsync(database.ConnectionString, row, ready, start, duration)));

    /// <summary>
    /// Starts <paramref name="count"/> loops, lets them go at once when all are ready (connected, prepared), and returns
    /// what they did a second (the sum of their results over the time they took) with the machine's cores busy meanwhile.
    /// Each loop gets its index, the signal it sets when ready and the task it awaits before starting.
    /// </summary>
    public static async Task<Floor> TogetherAsync(int count, Func<int, TaskCompletionSource, Task, Task<long>> loop)
    {
        var ready = Enumerable.Range(0, count).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loops = Enumerable.Range(0, count).Select(i => loop(i, ready[i], start.Task)).ToList();
        // A loop that fails while connecting ends before it is ready: start the others anyway and let WhenAll throw.
        await Task.WhenAny(Task.WhenAll(ready.Select(r => r.Task)), Task.WhenAny(loops));
        var machine = MachineCpu.Read();
        start.SetResult();
        var timer = Stopwatch.StartNew();
        var done = (await Task.WhenAll(loops)).Sum();
        var elapsed = timer.Elapsed;
        return new Floor(done / elapsed.TotalSeconds, MachineCpu.Read().BusyCoresSince(machine, elapsed));
    }

    /// <summary>Commits a second, and the machine's cores kept busy meanwhile (the database server's included).</summary>
    public readonly record struct Floor(double Rate, double BusyCores);

    private static long SqliteLoop(string connectionString, int row, TaskCompletionSource ready, Task start, TimeSpan duration)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var update = connection.CreateCommand();
        update.CommandText = Update;
        update.Parameters.AddWithValue("@id", row);
        update.Prepare();
        ready.SetResult();
        start.Wait();
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long commits = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            // BeginTransaction() is BEGIN IMMEDIATE in Microsoft.Data.Sqlite, as under the service's SaveChanges.
            using var transaction = connection.BeginTransaction();
            update.Transaction = transaction;
            update.ExecuteNonQuery();
            transaction.Commit();
            commits++;
        }

        return commits;
    }

    private static async Task<long> PostgresLoopAsync(string connectionString, int row, TaskCompletionSource ready, Task start, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(Update, connection);
        update.Parameters.AddWithValue("id", row);
        await update.PrepareAsync();
        ready.SetResult();
        await start;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long commits = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            // Npgsql sends BEGIN with the UPDATE and COMMIT on its own: two round trips, as EF Core's SaveChanges does.
            await using var transaction = await connection.BeginTransactionAsync();
            update.Transaction = transaction;
            await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            commits++;
        }

        return commits;
    }
}
