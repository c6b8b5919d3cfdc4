using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Bench.Databases;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.OnTime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Service;

/// <summary>
/// <c>service --with-work</c>: the engine as a host runs it by default (<see cref="EngineHosting.AddTthcEngine"/>,
/// <c>Worker:InProcess</c>), so the outbox dispatcher publishes on the in-memory bus, the consumers (on-time counts,
/// the inbox) store what they receive and the deadline watcher sweeps, all in the bench process and on the same
/// database, while the desks work: the transitions a second with the messages leaving as fast as they are made.
/// </summary>
internal sealed class EngineWork : IAsyncDisposable
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(2);

    private readonly IHost host;

    private readonly bool portalQueue;

    private EngineWork(IHost host, bool portalQueue)
    {
        this.host = host;
        this.portalQueue = portalQueue;
    }

    public IServiceProvider Services => host.Services;

    /// <param name="portalQueue">Also queue the national portal's events (<see cref="PortalSyncConsumer"/>), as a host whose portal is configured does; no sender runs, so nothing is sent.</param>
    public static async Task<EngineWork> StartAsync(BenchDatabase database, string connectionOptions, bool portalQueue)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = connectionOptions.Length == 0 ? database.ConnectionString : $"{database.ConnectionString.TrimEnd(';')};{connectionOptions}",
            ["Database:MigrateOnStart"] = "false",
            ["Calendars:Folder"] = Path.Combine(Repository.Root, "workflows", "calendars"),
            ["Procedures:Folder"] = Path.Combine(Repository.Root, "workflows", "procedures"),
            ["Agencies:File"] = Path.Combine(Repository.Root, "workflows", "agencies.json"),
            ["Worker:InProcess"] = "true",
            ["National:Portal:BaseUrl"] = portalQueue ? "http://127.0.0.1:9/" : null,
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddTthcEngine(worker: true);
        var host = builder.Build();
        await host.StartAsync();
        return new EngineWork(host, portalQueue);
    }

    /// <summary>
    /// The messages written and not yet published; those of the ones the on-time figures count (receipts, completed
    /// steps, results ready, refusals) not yet counted by their consumer; and, with the portal's queue, those of its
    /// types not yet queued.
    /// </summary>
    public async Task<(int Unpublished, int Uncounted, int Unqueued)> BacklogAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var unpublished = await db.Outbox.CountAsync(m => m.DispatchedAt == null);
        string[] counted = [typeof(DossierReceived).FullName!, typeof(StepCompleted).FullName!, typeof(DossierResultReady).FullName!];
        var countable = await db.Outbox.CountAsync(m => counted.Contains(m.Type)
            || m.Type == typeof(DossierFinished).FullName && m.Payload.Contains("\"Outcome\":\"Refused\""));
        var countedAlready = await db.Inbox.CountAsync(m => m.Consumer == nameof(OnTimeProjectionConsumer));
        var unqueued = 0;
        if (portalQueue)
        {
            var types = PortalSyncConsumer.MessageTypes;
            unqueued = await db.Outbox.CountAsync(m => types.Contains(m.Type)) - await db.Inbox.CountAsync(m => m.Consumer == PortalSyncConsumer.InboxName);
        }

        return (unpublished, countable - countedAlready, unqueued);
    }

    /// <summary>
    /// Waits for the dispatcher to publish every message and the on-time consumer to count every message it counts; the
    /// time it took, or null if some were left after two minutes.
    /// </summary>
    public async Task<TimeSpan?> DrainAsync()
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        while (await BacklogAsync() is not (0, 0, 0))
        {
            if (timer.Elapsed > DrainLimit)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return timer.Elapsed;
    }

    /// <summary>The messages written in all, and the inbox rows of the consumers that took them (one per message and consumer).</summary>
    public async Task<(int Messages, int Consumed)> CountsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        return (await db.Outbox.CountAsync(), await db.Inbox.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
