using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Hosting;

/// <summary>
/// The database of the host, from the configuration section <c>Database</c>: <c>Provider</c> (<c>Sqlite</c>, the
/// default, <c>Postgres</c> or <c>SqlServer</c>), <c>ConnectionString</c> (for SQLite, <c>data/tthc.db</c> under the
/// content root by default) and <c>MigrateOnStart</c> (by default only on the embedded SQLite file: a shared server is
/// migrated on purpose, by whoever deploys).
/// </summary>
public static class PersistenceHosting
{
    private const string Section = "Database";

    /// <summary>Registers the database, the pinned procedure versions and the dossier service.</summary>
    /// <exception cref="InvalidOperationException">An unknown provider, or no connection string for a server.</exception>
    public static WebApplicationBuilder AddTthcPersistence(this WebApplicationBuilder builder)
    {
        var provider = ReadProvider(builder.Configuration);
        var connectionString = builder.Configuration[$"{Section}:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString(builder.Environment.ContentRootPath)
                : throw new InvalidOperationException(
                    $"{Section}:Provider is {provider}, which needs {Section}:ConnectionString (environment variable {Section}__ConnectionString).");
        }

        builder.Services.AddTthcDatabase(provider, connectionString);
        builder.Services.AddSingleton<ProcedureVersions>();
        builder.Services.AddScoped<DossierService>();
        return builder;
    }

    /// <summary>
    /// Applies the pending migrations before the host serves, when <c>Database:MigrateOnStart</c> says so; a SQLite file
    /// is also switched to write-ahead logging.
    /// </summary>
    public static async Task MigrateTthcDatabaseAsync(this WebApplication app)
    {
        var provider = ReadProvider(app.Configuration);
        if (!(app.Configuration.GetValue<bool?>($"{Section}:MigrateOnStart") ?? provider == DatabaseProvider.Sqlite))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL lets lookups read while a desk writes, instead of waiting on its lock. The mode is stored in the
            // file itself, so setting it once holds for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", app.Lifetime.ApplicationStopping);
        }
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[$"{Section}:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        // Names only: Enum.TryParse alone would also take "7" or "1,2".
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<DatabaseProvider>(name)
            : throw new InvalidOperationException(
                $"{Section}:Provider '{value}' is unknown; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    private static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Directory.CreateDirectory(Path.Combine(contentRoot, "data")).FullName;
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "tthc.db"),
            // Seconds a command waits for another desk's write lock before it fails: SQLite has one writer at a time.
            DefaultTimeout = 30,
        }.ToString();
    }
}
