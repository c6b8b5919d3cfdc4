using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The outbox written with each change reaches the bus, each message once, each dossier's in order.</summary>
public abstract class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-outbox-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly RecordingConsumer.Log log = new();
    private readonly PublishOrder published = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton(log);
        collection.AddSingleton(CalendarDirectory.Resolve("vn", Path.Combine(AppContext.BaseDirectory, "calendars")));
        collection.AddSingleton(new ProcedureVersions(ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures"))));
        collection.AddScoped<DossierService>();
        collection.AddTthcDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30");
        collection.AddTthcMessaging(await BusAsync(), bus => bus.AddConsumer<RecordingConsumer>());
        services = collection.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.MigrateAsync();
        }

        var bus = services.GetRequiredService<IBusControl>();
        bus.ConnectPublishObserver(published);
        await bus.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await services.GetRequiredService<IBusControl>().StopAsync();
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Dispatch_ChangesOfSeveralDossiers_EachMessageOnceInOrderPerDossier()
    {
        var dossiers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            dossiers.Add(await ReceiveAndCompleteFirstStepAsync());
        }

        var sent = await services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None);
        await log.WaitForAsync(sent);

        sent.Should().Be(12);
        var outbox = await OutboxAsync();
        outbox.Should().OnlyContain(m => m.DispatchedAt != null);
        log.Received.Select(r => r.MessageId!.Value).Should().BeEquivalentTo(outbox.Select(m => m.Id));
        foreach (var dossier in dossiers)
        {
            var order = outbox.Where(m => m.DossierId == dossier).OrderBy(m => m.Sequence).Select(m => m.Id).ToList();
            published.MessageIds.Where(order.Contains).Should().Equal(order);
            log.Received.Where(r => r.DossierId == dossier).Select(r => r.What).Should().BeEquivalentTo(
                ["DossierReceived", "StepActivated tiep-nhan", "StepCompleted tiep-nhan", "StepActivated tham-dinh"]);
        }

        (await services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task Dispatch_TwoInstancesAtOnce_NothingSentTwice()
    {
        for (var i = 0; i < 10; i++)
        {
            await ReceiveAndCompleteFirstStepAsync();
        }

        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services);
        var first = services.GetRequiredService<OutboxDispatcher>();
        var sent = 0;
        while (true)
        {
            var batch = await Task.WhenAll(Task.Run(() => first.DispatchBatchAsync(CancellationToken.None)), Task.Run(() => second.DispatchBatchAsync(CancellationToken.None)));
            if (batch.Sum() == 0)
            {
                break;
            }

            sent += batch.Sum();
        }

        sent.Should().Be(40);
        await log.WaitForAsync(40);
        published.MessageIds.Should().OnlyHaveUniqueItems().And.HaveCount(40);
    }

    /// <summary>The bus this suite runs on.</summary>
    protected abstract Task<BusOptions> BusAsync();

    private async Task<Guid> ReceiveAndCompleteFirstStepAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var dossiers = scope.ServiceProvider.GetRequiredService<DossierService>();
        var received = await dossiers.ReceiveAsync(new ReceiveDossier("1.001193", "000.00.12.H56", new ApplicantData("Lò Văn Páo"), "inPerson"));
        time.Advance(TimeSpan.FromMinutes(5));
        await dossiers.ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.mot-cua"));
        return received.Id;
    }

    private async Task<List<OutboxMessageRecord>> OutboxAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Outbox.AsNoTracking().ToListAsync();
    }
}
