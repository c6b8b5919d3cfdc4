using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TthcEngine.Bench.Databases;
using TthcEngine.Infrastructure.Persistence;
using static TthcEngine.Bench.Percentiles;

namespace TthcEngine.Bench.Lookup;

/// <summary>
/// <c>lookup</c>: bulk-loads a province's worth of dossier rows, then times the public lookup (code and PIN) over random
/// existing codes, one request after another.
/// </summary>
internal static class LookupCommand
{
    private const int WarmUpLookups = 500;
    private const int MeasuredLookups = 10_000;

    public static async Task<int> RunAsync(DatabaseProvider provider, int rowCount)
    {
        Console.WriteLine(MachineLoad.Describe());
        var calendar = Repository.Calendar();
        var catalog = Repository.Procedures();
        await using var database = await BenchDatabase.CreateAsync(provider, "tthc_bench_lookup");
        Console.WriteLine($"database: {database.Description}");

        // The rows to look up, chosen before loading so the 1,000,000 codes never sit in memory together.
        var random = new Random(7);
        var wanted = new HashSet<int>();
        while (wanted.Count < Math.Min(rowCount, WarmUpLookups + MeasuredLookups))
        {
            wanted.Add(random.Next(rowCount));
        }

        var samples = new List<DossierRow>(wanted.Count);
        var generating = TimeSpan.Zero;
        IEnumerable<DossierRow> Keep(IEnumerable<DossierRow> rows)
        {
            // Times the making of rows apart from their loading: both run on this one thread.
            using var made = rows.GetEnumerator();
            for (var index = 0; ; index++)
            {
                var began = Stopwatch.GetTimestamp();
                var more = made.MoveNext();
                generating += Stopwatch.GetElapsedTime(began);
                if (!more)
                {
                    yield break;
                }

                if (wanted.Contains(index))
                {
                    samples.Add(made.Current);
                }

                yield return made.Current;
            }
        }

        await ModelCheck.EnsureColumnsAsync(database);
        var rows = Keep(new SyntheticDossiers(calendar, [.. catalog.All], rowCount).Rows());
        var timer = Stopwatch.StartNew();
        var loaded = provider == DatabaseProvider.Sqlite
            ? SqliteBulkLoader.Load(database.ConnectionString, rows)
            : await PostgresBulkLoader.LoadAsync(database.ConnectionString, rows);
        var loadTime = timer.Elapsed;
        timer.Restart();
        await database.AnalyzeAsync("dossiers");
        var analyzeTime = timer.Elapsed;
        var path = provider == DatabaseProvider.Sqlite ? "prepared INSERT, 100,000 rows per transaction" : "binary COPY";
        Console.WriteLine($"loaded {loaded:N0} rows in {loadTime.TotalSeconds:0.0} s ({Rate(loaded / loadTime.TotalSeconds)} rows/s, {path}), "
            + $"of which {generating.TotalSeconds:0.0} s making the rows (codes, PIN hashes, due instants), so {Rate(loaded / (loadTime - generating).TotalSeconds)} rows/s for the database alone");
        Console.WriteLine($"ANALYZE {analyzeTime.TotalSeconds:0.0} s; size {await SizeAsync(database)}");

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(samples));
        await using var services = database.Services(calendar, catalog);
        await ModelCheck.ReadBackAsync(services, samples[0]);
        foreach (var row in samples.Take(WarmUpLookups))
        {
            await PublicLookup.FindAsync(services, row.Code, row.Pin);
        }

        var latencies = new List<double>(MeasuredLookups);
        var matched = 0;
        timer.Restart();
        foreach (var row in samples.Skip(WarmUpLookups))
        {
            var began = Stopwatch.GetTimestamp();
            matched += await PublicLookup.FindAsync(services, row.Code, row.Pin) == row.NationalStatus ? 1 : 0;
            latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        var lookupTime = timer.Elapsed;
        latencies.Sort();
        Console.WriteLine();
        Console.WriteLine($"| {provider}, {loaded:N0} rows, {latencies.Count:N0} lookups | ms |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| p50 | {Ms(Of(latencies, 50))} |");
        Console.WriteLine($"| p90 | {Ms(Of(latencies, 90))} |");
        Console.WriteLine($"| p99 | {Ms(Of(latencies, 99))} |");
        Console.WriteLine($"| max | {Ms(latencies[^1])} |");
        Console.WriteLine($"| mean | {Ms(latencies.Average())} |");
        Console.WriteLine();
        Console.WriteLine($"{Rate(latencies.Count / lookupTime.TotalSeconds)} lookups/s one after another; PIN and status matched on {matched:N0} of {latencies.Count:N0}");
        Console.WriteLine(ProcessMemory.Describe());
        Console.WriteLine(MachineLoad.Describe());
        return matched == latencies.Count ? 0 : 1;
    }

    private static async Task<string> SizeAsync(BenchDatabase database)
    {
        if (database.SqliteFile is { } file)
        {
            var bytes = new FileInfo(file).Length + (File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length : 0);
            return $"{bytes / 1024 / 1024:N0} MB (file and WAL)";
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_size_pretty(pg_total_relation_size('dossiers'))", connection);
        return $"{await size.ExecuteScalarAsync()} (dossiers with its indexes)";
    }
}
