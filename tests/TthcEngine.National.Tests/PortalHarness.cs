using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;
using TthcEngine.National.Notices;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Sync;

namespace TthcEngine.National.Tests;

/// <summary>
/// The engine on a SQLite file with its background work running (outbox dispatcher, in-memory bus, the portal
/// consumer) and the portal sync sending to a real HTTP server; a clock that starts at a fixed instant and runs.
/// </summary>
public sealed class PortalHarness : IAsyncDisposable
{
    public const string Unit = "000.21.40.H40";

    private readonly string folder;
    private readonly List<IHostedService> started = [];

    private PortalHarness(ServiceProvider services, string folder)
    {
        Services = services;
        this.folder = folder;
    }

    public ServiceProvider Services { get; }

    public PortalSyncMonitor Monitor => Services.GetRequiredService<PortalSyncMonitor>();

    /// <param name="notices">With it, the applicants' notices are queued and sent to its gateway too.</param>
    public static async Task<PortalHarness> StartAsync(Uri portal, Action<PortalOptions>? configure = null, ILoggerProvider? logs = null, NoticeOptions? notices = null)
    {
        var folder = Directory.CreateTempSubdirectory("tthc-national-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30";
        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        collection.AddSingleton<TimeProvider>(new RunningClock());
        collection.AddSingleton(CalendarDirectory.Resolve("vn", Path.Combine(AppContext.BaseDirectory, "calendars")));
        var catalog = ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures"));
        collection.AddSingleton(new ProcedureVersions(catalog));
        collection.AddSingleton(AgencyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json")));
        collection.AddScoped<DossierService>();
        collection.AddTthcDatabase(DatabaseProvider.Sqlite, connectionString);
        collection.AddSingleton(notices ?? new NoticeOptions());
        collection.AddSingleton<ApplicantNotices>();
        collection.AddTthcMessaging(new BusOptions(), bus =>
        {
            bus.AddConsumer<PortalSyncConsumer, PortalSyncConsumerDefinition>();
            if (notices is not null)
            {
                bus.AddConsumer<ApplicantNoticeConsumer, ApplicantNoticeConsumerDefinition>();
            }
        });
        var options = new PortalOptions
        {
            BaseUrl = portal,
            Sync = new PortalSyncOptions
            {
                Parallelism = 8, RetryFirstDelay = TimeSpan.FromMilliseconds(200), RetryMaxDelay = TimeSpan.FromSeconds(2), Idle = TimeSpan.FromMilliseconds(100),
            },
            Resilience =
            {
                AttemptTimeout = TimeSpan.FromSeconds(1), TotalTimeout = TimeSpan.FromSeconds(5), MaxRetryAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(100),
                FailureRatio = 0.5, MinimumThroughput = 20, SamplingDuration = TimeSpan.FromSeconds(4), BreakDuration = TimeSpan.FromSeconds(1),
            },
        };
        configure?.Invoke(options);
        collection.AddNationalPortal(options);
        if (notices is not null)
        {
            collection.AddNoticeGateway(notices, options.Resilience);
        }
        var harness = new PortalHarness(collection.BuildServiceProvider(), folder);
        await harness.PrepareAsync();
        foreach (var hosted in harness.Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            harness.started.Add(hosted);
        }

        return harness;
    }

    public Task<ReceivedDossier> ReceiveAsync(
        string applicant = "Vàng Thị Mai", string? idNumber = "038090001234", string channel = "online", string? phone = "0912000000", string? email = null) =>
        WithDossiersAsync(s => s.ReceiveAsync(new ReceiveDossier("1.001193", Unit, new ApplicantData(applicant, idNumber, phone, email), channel, Agency: "xa-coc-san")));

    public Task RunAsync(Guid dossierId, Func<DateTimeOffset, WorkflowCommand> command) =>
        WithDossiersAsync(s => s.ExecuteAsync(dossierId, command));

    /// <summary>
    /// Pauses the dossier for a supplement as the desk's endpoint does: with the request's note (the reason "Bản chụp
    /// mờ", a birth certificate asked for, by Lò Văn Tú) in the same transaction.
    /// </summary>
    public async Task AskSupplementAsync(Guid dossierId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await scope.ServiceProvider.GetRequiredService<DossierService>().ExecuteAsync(
            dossierId,
            (now, _) => [new PauseWorkflow(now, PauseReason.AwaitingSupplement)],
            (record, _, events) => db.Notes.Add(new DossierNoteRecord
            {
                Id = Guid.CreateVersion7(), DossierId = record.Id, Kind = NoteKinds.SupplementRequested, At = events[0].At, Officer = "cb.desk",
                Payload = """{"items":[{"name":"Giấy chứng sinh","kind":"original","quantity":1}],"reason":"Bản chụp mờ","officer":"Lò Văn Tú"}""",
            }));
    }

    public async Task<T> WithDossiersAsync<T>(Func<DossierService, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DossierService>());
    }

    public async Task<T> QueryAsync<T>(Func<TthcDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TthcDbContext>());
    }

    /// <summary>Waits until every portal event is queued and acknowledged; fails, saying where the sync stands, if <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> SyncedAsync(TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var types = PortalSyncConsumer.MessageTypes;
        while (true)
        {
            var unqueued = await QueryAsync(db => db.Outbox.CountAsync(m => types.Contains(m.Type)
                && !db.Inbox.Any(i => i.MessageId == m.Id && i.Consumer == PortalSyncConsumer.InboxName)));
            if (unqueued == 0 && (await Monitor.ReadAsync(CancellationToken.None)).Backlog == 0)
            {
                return true;
            }

            if (watch.Elapsed > timeout)
            {
                var health = await Monitor.ReadAsync(CancellationToken.None);
                var queued = await QueryAsync(db => db.Set<NationalPortalSyncItemRecord>().CountAsync());
                throw new TimeoutException($"Not synced after {timeout}: {unqueued} events not queued, {queued} queued, {health}.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// What the portal should hold of a dossier, read from the outbox (the engine's own record of what happened): its
    /// statuses in order, each change once, and one history record (time, status) per event that makes one.
    /// </summary>
    public async Task<(List<string> Statuses, List<string> History)> ExpectedAsync(Guid dossierId)
    {
        var types = PortalSyncConsumer.MessageTypes;
        var messages = await QueryAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.DossierId == dossierId && types.Contains(m.Type)).OrderBy(m => m.Sequence).ToListAsync());
        var statuses = new List<string>();
        var history = new List<string>();
        foreach (var message in messages)
        {
            using var payload = JsonDocument.Parse(message.Payload);
            var status = payload.RootElement.GetProperty("NationalStatus").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (statuses.Count == 0 || statuses[^1] != status)
            {
                statuses.Add(status);
            }

            if (!message.Type.EndsWith(".StepActivated", StringComparison.Ordinal))
            {
                history.Add($"{PortalDates.Write(payload.RootElement.GetProperty("OccurredAt").GetDateTimeOffset())} {status}");
            }
        }

        return (statuses, history);
    }

    /// <summary>Migrates the database (the real migrations) and switches the file to write-ahead logging, as the engine does.</summary>
    private Task PrepareAsync() => QueryAsync(async db =>
    {
        await db.Database.MigrateAsync();
        return await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Enumerable.Reverse(started))
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
