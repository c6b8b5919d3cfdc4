using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Files;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Infrastructure.Hosting;

/// <summary>
/// Everything the engine runs on, from configuration, the same in the API and in worker processes:
/// <list type="bullet">
/// <item><c>Calendars:Calendar</c>, <c>Calendars:Folder</c>, <c>Procedures:Folder</c>, <c>Agencies:File</c> (default: beside the program);</item>
/// <item><c>Database:Provider</c> (<c>Sqlite</c>, the default, <c>Postgres</c> or <c>SqlServer</c>),
/// <c>Database:ConnectionString</c> (for SQLite, <c>data/tthc.db</c> under the content root by default) and
/// <c>Database:MigrateOnStart</c> (by default only on the embedded SQLite file: a shared server is migrated on purpose,
/// by whoever deploys);</item>
/// <item><c>Bus</c> (<see cref="BusOptions"/>), <c>Deadlines</c> (<see cref="DeadlineOptions"/>);</item>
/// <item><c>Worker:InProcess</c> (default true): whether this process also runs the engine's background work (consumers,
/// outbox dispatcher, deadline watcher). An API whose work runs in separate worker processes sets it to false.</item>
/// </list>
/// </summary>
public static class EngineHosting
{
    private const string Section = "Database";

    /// <summary>Registers the engine's services; <paramref name="worker"/> adds the background work whatever the configuration says.</summary>
    /// <exception cref="InvalidOperationException">An unknown provider, or no connection string for a server.</exception>
    public static IHostApplicationBuilder AddTthcEngine(this IHostApplicationBuilder builder, bool worker = false)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => CalendarDirectory.Resolve(
            configuration["Calendars:Calendar"] ?? CalendarDirectory.National,
            configuration["Calendars:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "calendars")));
        builder.Services.AddSingleton(_ => ProcedureCatalog.Load(
            configuration["Procedures:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "procedures")));
        builder.Services.AddSingleton(_ => AgencyCatalog.Load(
            configuration["Agencies:File"] ?? Path.Combine(AppContext.BaseDirectory, "agencies.json")));

        var provider = ReadProvider(configuration);
        var connectionString = configuration[$"{Section}:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString(builder.Environment.ContentRootPath)
                : throw new InvalidOperationException(
                    $"{Section}:Provider is {provider}, which needs {Section}:ConnectionString (environment variable {Section}__ConnectionString).");
        }

        builder.Services.AddTthcDatabase(provider, connectionString);
        builder.Services.AddSingleton<ProcedureVersions>();
        builder.Services.AddSingleton(new DossierStateCache());
        builder.Services.AddScoped<DossierService>();
        builder.Services.AddScoped<DossierAttachments>();

        // The dossier service computes when steps come due soon, in every process; the watcher runs only with the work.
        var deadlines = configuration.GetSection("Deadlines").Get<DeadlineOptions>() ?? new DeadlineOptions();
        builder.Services.AddSingleton(deadlines);

        // Signed links to dossiers' files for the national portal: the sender makes them, the API checks them.
        if (configuration.GetSection(FileLinkOptions.Section).Get<FileLinkOptions>() is { Key: not null and not "" } links)
        {
            _ = new FileLinks(links, TimeProvider.System); // a bad key or address stops the start, with its reason
            builder.Services.AddSingleton(links);
            builder.Services.AddSingleton<FileLinks>();
        }

        // Notices to applicants: queued by every process (off until Notices:BaseUrl is set), sent where
        // TthcEngine.National runs the work (AddTthcNational).
        var notices = configuration.GetSection(NoticeOptions.Section).Get<NoticeOptions>() ?? new NoticeOptions();
        builder.Services.AddSingleton(notices);
        builder.Services.AddSingleton<ApplicantNotices>();

        // The portal's queue is fed only where TthcEngine.National sends it (AddTthcNational, same setting): by the
        // consumer of the workflow events where the work runs, and by the API's refusals of online applications.
        var portalSync = !string.IsNullOrWhiteSpace(configuration["National:Portal:BaseUrl"]);
        builder.Services.AddSingleton(new PortalQueue(portalSync));

        var runsWork = worker || (configuration.GetValue<bool?>("Worker:InProcess") ?? true);
        var bus = configuration.GetSection("Bus").Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddTthcMessaging(bus, runsWork ? consumers => consumers.AddTthcConsumers(portalSync, notices.Enabled) : null, dispatch: runsWork);
        if (runsWork)
        {
            builder.Services.AddTthcDeadlines(deadlines);
            builder.Services.AddSingleton(configuration.GetSection(OfficerNoticeOptions.Section).Get<OfficerNoticeOptions>() ?? new OfficerNoticeOptions());
            builder.Services.AddSingleton<OfficerNoticeCleaner>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OfficerNoticeCleaner>());
        }

        return builder;
    }

    /// <summary>
    /// Reads and checks every procedure (the start fails, listing every error, if one file is invalid), and applies the
    /// pending migrations when <c>Database:MigrateOnStart</c> says so; a SQLite file is also switched to write-ahead logging.
    /// </summary>
    public static async Task PrepareTthcEngineAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var procedures = host.Services.GetRequiredService<ProcedureCatalog>();
        var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ProcedureCatalog>();
        foreach (var draft in procedures.Drafts)
        {
            log.LogWarning(
                "Procedure draft {File} is not served: fill in its units and flow and delete its \"draft\" block (docs/workflows.md).", draft);
        }

        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var provider = ReadProvider(configuration);
        if (!(configuration.GetValue<bool?>($"{Section}:MigrateOnStart") ?? provider == DatabaseProvider.Sqlite))
        {
            return;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL lets lookups read while a desk writes, instead of waiting on its lock. The mode is stored in the
            // file itself, so setting it once holds for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Whether this is the embedded default run: SQLite with no connection string configured (the file beside the
    /// program). Only that run seeds demo accounts unless <c>Demo:Seed</c> says otherwise.
    /// </summary>
    public static bool IsEmbeddedDefault(IConfiguration configuration) =>
        ReadProvider(configuration) == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(configuration[$"{Section}:ConnectionString"]);

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
