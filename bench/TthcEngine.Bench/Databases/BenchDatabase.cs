using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;
using TthcEngine.TestSupport;

namespace TthcEngine.Bench.Databases;

/// <summary>
/// A throwaway engine database, migrated: a SQLite file in its own temporary folder, or a database on a private
/// PostgreSQL server started for the run (TTHC_TEST_POSTGRES names an existing one instead). Dispose removes it.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly PostgresServer? server;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? folder, PostgresServer? server)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        this.server = server;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>What runs the database, for the report: the SQLite library or the server's version and port.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => folder is null ? null : Path.Combine(folder, "tthc.db");

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string name)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("tthc-bench-").FullName;
            // As the host builds it (PersistenceHosting): a file, 30 s to wait for the one writer's lock.
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "tthc.db"), DefaultTimeout = 30 }.ToString();
            database = new BenchDatabase(provider, connectionString, folder, null);
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.StartAsync();
            try
            {
                database = new BenchDatabase(provider, await server.CreateDatabaseAsync(name), null, server);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
        else
        {
            throw new InvalidOperationException($"The bench runs on SQLite or PostgreSQL, not {provider}.");
        }

        await database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// The services of one engine host on this database: a context and a dossier service per scope;
    /// <paramref name="connectionOptions"/> (e.g. Npgsql's <c>Max Auto Prepare=64</c>) appended to their connection string.
    /// </summary>
    public ServiceProvider Services(WorkingCalendar calendar, ProcedureCatalog catalog, string connectionOptions = "")
    {
        var services = new ServiceCollection();
        services.AddTthcDatabase(Provider, connectionOptions.Length == 0 ? ConnectionString : $"{ConnectionString.TrimEnd(';')};{connectionOptions}");
        services.AddSingleton(calendar);
        services.AddSingleton(new ProcedureVersions(catalog));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DossierStateCache());
        services.AddScoped<DossierService>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await server.DisposeAsync();
        }
    }

    private async Task MigrateAsync()
    {
        await using var db = DatabaseRegistration.Create(Provider, ConnectionString);
        await db.Database.MigrateAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            // As the host does after migrating (PersistenceHosting.MigrateTthcDatabaseAsync); stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == DatabaseProvider.Sqlite ? "SELECT sqlite_version()" : "SHOW server_version";
        var version = (string)(await command.ExecuteScalarAsync())!;
        Description = Provider == DatabaseProvider.Sqlite
            ? $"SQLite {version} (Microsoft.Data.Sqlite), a file in {folder}"
            : server!.IsExternal ? $"PostgreSQL {version} (TTHC_TEST_POSTGRES)" : $"PostgreSQL {version}, private server on 127.0.0.1:{server.Port}";
    }

    /// <summary>Refreshes the planner's statistics after a bulk load (SQLite: every table; PostgreSQL: the tables named).</summary>
    public async Task AnalyzeAsync(params string[] tables)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var analyze = new SqliteCommand("ANALYZE;", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand(string.Concat(tables.Select(t => $"ANALYZE {t}; ")), connection);
            await analyze.ExecuteNonQueryAsync();
        }
    }
}
