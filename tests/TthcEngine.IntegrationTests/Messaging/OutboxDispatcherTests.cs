using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The outbox written with each change reaches the bus, each message once, each dossier's in order.</summary>
public abstract class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-outbox-").FullName;
    private readonly RecordingConsumer.Log log = new();
    private readonly PublishOrder published = new();
    private EngineHarness engine = null!;

    public async Task InitializeAsync()
    {
        engine = await EngineHarness.StartAsync(
            DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30",
            bus => bus.AddConsumer<RecordingConsumer>(),
            await BusAsync(),
            services => services.AddSingleton(log));
        engine.Services.GetRequiredService<IBusControl>().ConnectPublishObserver(published);
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
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

        var sent = await engine.Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None);
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

        (await engine.Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task Dispatch_TwoInstancesAtOnce_NothingSentTwice()
    {
        for (var i = 0; i < 10; i++)
        {
            await ReceiveAndCompleteFirstStepAsync();
        }

        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(engine.Services);
        var first = engine.Services.GetRequiredService<OutboxDispatcher>();
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
        var received = await engine.WithDossiersAsync(s => s.ReceiveAsync(new ReceiveDossier("1.001193", "000.00.12.H56", new ApplicantData("Lò Văn Páo"), "inPerson")));
        engine.Time.Advance(TimeSpan.FromMinutes(5));
        await engine.WithDossiersAsync(s => s.ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.mot-cua")));
        return received.Id;
    }

    private Task<List<OutboxMessageRecord>> OutboxAsync() =>
        engine.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());
}
