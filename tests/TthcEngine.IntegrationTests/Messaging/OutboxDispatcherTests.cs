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
            Provider,
            await ConnectionStringAsync(),
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

    [Fact]
    public async Task Dispatch_TwoInstancesWhileChangesKeepComing_EachDossiersMessagesOnceAndInOrder()
    {
        var first = engine.Services.GetRequiredService<OutboxDispatcher>();
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(engine.Services);
        using var stop = new CancellationTokenSource();
        async Task DispatchUntilStoppedAsync(OutboxDispatcher dispatcher)
        {
            while (!stop.IsCancellationRequested)
            {
                if (await dispatcher.DispatchBatchAsync(CancellationToken.None) == 0)
                {
                    await Task.Delay(1);
                }
            }
        }

        var dispatching = new[] { Task.Run(() => DispatchUntilStoppedAsync(first)), Task.Run(() => DispatchUntilStoppedAsync(second)) };
        var dossiers = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            // The clock stands still, so no lease runs out: every dossier's second change is written while the
            // dispatchers may hold its first.
            var received = await engine.WithDossiersAsync(s => s.ReceiveAsync(new ReceiveDossier("1.001193", "000.00.12.H56", new ApplicantData("Lò Văn Páo"), "inPerson")));
            await engine.WithDossiersAsync(s => s.ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.mot-cua")));
            dossiers.Add(received.Id);
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while ((await OutboxAsync()).Any(m => m.DispatchedAt == null))
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(dispatching);
        await log.WaitForAsync(120);

        var outbox = await OutboxAsync();
        outbox.Should().HaveCount(120);
        published.MessageIds.Should().OnlyHaveUniqueItems().And.HaveCount(120);
        foreach (var dossier in dossiers)
        {
            var order = outbox.Where(m => m.DossierId == dossier).OrderBy(m => m.Sequence).Select(m => m.Id).ToList();
            published.MessageIds.Where(order.Contains).Should().Equal(order);
        }
    }

    [Fact]
    public async Task Dispatch_DossierLeasedByAnotherLiveInstance_SkippedUntilItsLeaseEnds_ThenInOrder()
    {
        var held = await ReceiveAndCompleteFirstStepAsync();
        var free = await ReceiveAndCompleteFirstStepAsync();
        var other = Guid.NewGuid();
        var until = engine.Time.GetUtcNow().AddMinutes(1);
        await engine.QueryAsync(async db =>
        {
            // Another instance took the dossier's first two messages; the other two were written after.
            var taken = await db.Outbox.Where(m => m.DossierId == held).OrderBy(m => m.Sequence).Take(2).Select(m => m.Id).ToListAsync();
            return await db.Outbox.Where(m => taken.Contains(m.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseId, other).SetProperty(m => m.LeaseUntil, until));
        });
        var dispatcher = engine.Services.GetRequiredService<OutboxDispatcher>();

        var whileHeld = await dispatcher.DispatchBatchAsync(CancellationToken.None);
        await log.WaitForAsync(whileHeld);
        var heldBefore = log.Received.Count(r => r.DossierId == held);
        engine.Time.Advance(TimeSpan.FromMinutes(2));
        var afterLease = await dispatcher.DispatchBatchAsync(CancellationToken.None);
        await log.WaitForAsync(whileHeld + afterLease);

        whileHeld.Should().Be(4);
        heldBefore.Should().Be(0);
        afterLease.Should().Be(4);
        var order = (await OutboxAsync()).Where(m => m.DossierId == held).OrderBy(m => m.Sequence).Select(m => m.Id).ToList();
        published.MessageIds.Where(order.Contains).Should().Equal(order);
        log.Received.Where(r => r.DossierId == free).Should().HaveCount(4);
    }

    [Fact]
    public async Task Dispatch_OldestMessagesAllHeldByAnotherLiveInstance_NewerDossiersStillGoOut()
    {
        // Another instance holds the 600 oldest pending messages (more than a batch looks at), e.g. while its broker is down.
        var other = Guid.NewGuid();
        var createdAt = engine.Time.GetUtcNow().AddHours(-1);
        var until = engine.Time.GetUtcNow().AddHours(1);
        var heldDossiers = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToList();
        await engine.QueryAsync(async db =>
        {
            foreach (var (dossier, i) in heldDossiers.Select((d, i) => (d, i)))
            {
                for (var sequence = 0; sequence < 4; sequence++)
                {
                    var record = OutboxMessages.Create(new TthcEngine.Contracts.DossierOverdue { DossierId = dossier, OccurredAt = createdAt, DossierCode = $"HELD-{i}", DueAt = createdAt }, dossier, sequence, createdAt.AddSeconds(i));
                    record.LeaseId = other;
                    record.LeaseUntil = until;
                    db.Outbox.Add(record);
                }
            }

            return await db.SaveChangesAsync();
        });
        var first = await ReceiveAndCompleteFirstStepAsync();
        var second = await ReceiveAndCompleteFirstStepAsync();
        var dispatcher = engine.Services.GetRequiredService<OutboxDispatcher>();

        var sent = await dispatcher.DispatchBatchAsync(CancellationToken.None);
        await log.WaitForAsync(sent);

        sent.Should().Be(8);
        log.Received.Select(r => r.DossierId).Distinct().Should().BeEquivalentTo([first, second]);
        var held = (await OutboxAsync()).Where(m => heldDossiers.Contains(m.DossierId)).ToList();
        held.Should().HaveCount(600).And.OnlyContain(m => m.DispatchedAt == null && m.LeaseId == other && m.LeaseUntil == until);
    }

    [Fact]
    public async Task Dispatch_BacklogOfMoreDossiersThanABatch_OldestDossiersFirst_EachMessageOnce()
    {
        var dossiers = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            dossiers.Add(await ReceiveAndCompleteFirstStepAsync());
        }

        var dispatcher = engine.Services.GetRequiredService<OutboxDispatcher>();
        var first = await dispatcher.DispatchBatchAsync(CancellationToken.None);
        await log.WaitForAsync(first);
        var firstDossiers = log.Received.Select(r => r.DossierId).Distinct().ToList();
        var rest = 0;
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) is > 0 and var sent)
        {
            rest += sent;
        }

        await log.WaitForAsync(240);
        first.Should().Be(200, "a batch takes the messages of 50 dossiers");
        firstDossiers.Should().BeEquivalentTo(dossiers.Take(50), "the dossiers whose messages waited longest go first");
        rest.Should().Be(40);
        published.MessageIds.Should().OnlyHaveUniqueItems().And.HaveCount(240);
        (await OutboxAsync()).Should().OnlyContain(m => m.DispatchedAt != null);
    }

    [Fact]
    public async Task DeletePublished_PublishedLongerAgoThanTheRetention_Deleted_PendingAndRecentKept()
    {
        var dispatcher = engine.Services.GetRequiredService<OutboxDispatcher>();
        var old = await ReceiveAndCompleteFirstStepAsync();
        await log.WaitForAsync(await dispatcher.DispatchBatchAsync(CancellationToken.None));
        engine.Time.Advance(TimeSpan.FromDays(20));
        var recent = await ReceiveAndCompleteFirstStepAsync();
        await log.WaitForAsync(4 + await dispatcher.DispatchBatchAsync(CancellationToken.None));
        engine.Time.Advance(TimeSpan.FromDays(11));
        var pending = await ReceiveAndCompleteFirstStepAsync();

        var deleted = await dispatcher.DeletePublishedAsync(CancellationToken.None);

        deleted.Should().Be(4, "only the first dossier's messages were published more than 30 days ago");
        var outbox = await OutboxAsync();
        outbox.Should().NotContain(m => m.DossierId == old);
        outbox.Where(m => m.DossierId == recent).Should().HaveCount(4).And.OnlyContain(m => m.DispatchedAt != null);
        outbox.Where(m => m.DossierId == pending).Should().HaveCount(4).And.OnlyContain(m => m.DispatchedAt == null);
        (await dispatcher.DeletePublishedAsync(CancellationToken.None)).Should().Be(0);
    }

    /// <summary>The bus this suite runs on.</summary>
    protected abstract Task<BusOptions> BusAsync();

    /// <summary>The database this suite runs on: a SQLite file unless overridden.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected virtual Task<string> ConnectionStringAsync() => Task.FromResult($"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30");

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
