using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.OnTime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.OnTime;

/// <summary>The live on-time figures, fed by the bus, equal a recount from the stored histories.</summary>
public abstract class OnTimeProjectionTests : IAsyncLifetime
{
    private EngineHarness engine = null!;

    public async Task InitializeAsync() =>
        engine = await EngineHarness.StartAsync(Provider, await ConnectionStringAsync(), bus => bus.AddTthcConsumers());

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task LiveFigures_AfterMixedDossiers_EqualTheRecountFromHistory()
    {
        var steps = new[] { "tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua" };
        for (var i = 0; i < 12; i++)
        {
            var id = await ReceiveAsync(i % 2 == 0 ? "000.00.12.H56" : "000.00.31.H56");
            foreach (var step in steps.Take(i % 5))
            {
                // Every third dossier's officers are slow: its steps and the dossier come out late.
                engine.Time.Advance(TimeSpan.FromMinutes(i % 3 == 0 ? 150 : 20));
                await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new CompleteStep(at, step, $"cb.{i % 4}")));
            }

            if (i % 5 == 4)
            {
                await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new FinishWorkflow(at, Outcome.Granted, "cb.desk")));
            }
            else if (i % 5 == 2)
            {
                await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new FinishWorkflow(at, Outcome.Refused, "ld.a", "Hồ sơ không hợp lệ")));
            }
        }

        await engine.DispatchAllAsync();
        var (live, recount) = await SettledAsync();

        recount.Should().NotBeEmpty();
        recount.Sum(c => c.Late).Should().BePositive();
        recount.Sum(c => c.Received).Should().Be(12);
        live.Should().BeEquivalentTo(recount);
    }

    [Fact]
    public async Task Redelivery_OfACountedMessage_CountsNothingMore()
    {
        var id = await ReceiveAsync("000.00.12.H56");
        await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new CompleteStep(at, "tiep-nhan", "cb.a")));
        await engine.DispatchAllAsync();
        var (before, _) = await SettledAsync();
        var completed = await engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Type.EndsWith(".StepCompleted")));

        var (message, type) = OutboxMessages.Read(completed);
        await engine.Services.GetRequiredService<IBus>().Publish(message, type, c => c.MessageId = completed.Id);
        await Task.Delay(500);

        var after = await Counts();
        after.Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task MessageCarryingItsAgency_CountedWithoutReadingTheDossier()
    {
        // No dossier has this id: the consumer could not read an agency, so the one it counts under is the message's.
        var completed = new TthcEngine.Contracts.StepCompleted
        {
            DossierId = Guid.CreateVersion7(), OccurredAt = engine.Time.GetUtcNow(), DossierCode = "000.00.12.H56-260309-0099", NationalStatus = 4,
            StepId = "tham-dinh", Activation = 1, Unit = "tu-phap", Officer = "cb.carried", DueAt = engine.Time.GetUtcNow().AddHours(1),
            Timeliness = "Early", WorkingMinutesUsed = 5, Agency = "ubnd-xa-a",
        };

        await engine.Services.GetRequiredService<IBus>().Publish(completed);

        var counts = await CountsWhenAsync(c => c.Any(l => l.Scope == OnTimeTally.UnitScope && l.Key == "ubnd-xa-a|tu-phap"));
        counts.Should().ContainSingle(l => l.Scope == OnTimeTally.UnitScope && l.Key == "ubnd-xa-a|tu-phap").Which.Early.Should().Be(1);
        counts.Should().ContainSingle(l => l.Scope == OnTimeTally.OfficerScope && l.Key == "cb.carried").Which.Early.Should().Be(1);
    }

    [Fact]
    public async Task BatchWithAMessageThatCannotBeCounted_TheOthersCountedOnce()
    {
        TthcEngine.Contracts.StepCompleted Completed(string officer, string? agency) => new()
        {
            DossierId = Guid.CreateVersion7(), OccurredAt = engine.Time.GetUtcNow(), DossierCode = "000.00.12.H56-260309-0098", NationalStatus = 4,
            StepId = "tham-dinh", Activation = 1, Unit = "tu-phap", Officer = officer, DueAt = engine.Time.GetUtcNow().AddHours(1),
            Timeliness = "OnTime", WorkingMinutesUsed = 5, Agency = agency,
        };

        // The middle one carries no agency and names no stored dossier: it cannot be counted, the batch's transaction fails.
        await engine.Services.GetRequiredService<IBus>().PublishBatch(
            [Completed("cb.first", "ubnd-xa-b"), Completed("cb.unknown", null), Completed("cb.third", "ubnd-xa-b")]);

        var counts = await CountsWhenAsync(c => c.Count(l => l.Scope == OnTimeTally.OfficerScope) == 2);
        await Task.Delay(300);
        counts = await Counts();
        counts.Where(l => l.Scope == OnTimeTally.OfficerScope).Select(l => (l.Key, l.OnTime)).Should().BeEquivalentTo([("cb.first", 1), ("cb.third", 1)]);
        counts.Should().ContainSingle(l => l.Scope == OnTimeTally.UnitScope).Which.Should().Match<OnTimeCountRecord>(l => l.Key == "ubnd-xa-b|tu-phap" && l.OnTime == 2);
    }

    [Fact]
    public async Task MessageWrittenBeforeTheAgencyTravelled_CountedUnderTheDossiersAgency()
    {
        var id = await ReceiveAsync("000.00.31.H56");
        await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new CompleteStep(at, "tiep-nhan", "cb.older")));
        await engine.DispatchAllAsync();
        var (before, _) = await SettledAsync();
        var stored = await engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Type.EndsWith(".StepCompleted")));
        var completed = (TthcEngine.Contracts.StepCompleted)OutboxMessages.Read(stored).Message;
        completed.Agency.Should().Be("000.00.31.H56");
        var line = $"{completed.Agency}|{completed.Unit}";
        int Done(IEnumerable<OnTimeCountRecord> counts) =>
            counts.Where(l => l.Scope == OnTimeTally.UnitScope && l.Key == line).Sum(l => l.Early + l.OnTime + l.Late);

        // The same completion as a message of before 2026-11-24 (no agency), under a new id so that it counts again.
        await engine.Services.GetRequiredService<IBus>().Publish(completed with { Agency = null }, c => c.MessageId = Guid.CreateVersion7());

        var after = await CountsWhenAsync(c => Done(c) == Done(before) + 1);
        Done(after).Should().Be(Done(before) + 1);
        after.Select(l => l.Key).Should().BeEquivalentTo(before.Select(l => l.Key), "the agency read from the dossier names the same lines");
    }

    [Fact]
    public async Task Rebuild_AfterTheLiveFiguresDrifted_RestoresTheRecount()
    {
        var id = await ReceiveAsync("000.00.12.H56");
        engine.Time.Advance(TimeSpan.FromHours(3));
        await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new CompleteStep(at, "tiep-nhan", "cb.a")));
        await engine.DispatchAllAsync();
        var (settled, recount) = await SettledAsync();
        settled.Should().BeEquivalentTo(recount);
        await engine.QueryAsync(db => db.OnTimeCounts.Where(c => c.Scope == OnTimeTally.UnitScope).ExecuteDeleteAsync());
        await engine.QueryAsync(db => db.OnTimeCounts.ExecuteUpdateAsync(u => u.SetProperty(c => c.Received, c => c.Received + 5)));

        await engine.QueryAsync(async db =>
        {
            await OnTimeProjection.RebuildAsync(db, CancellationToken.None);
            return 0;
        });

        (await Counts()).Should().BeEquivalentTo(recount);
    }

    protected abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> ConnectionStringAsync();

    private Task<Guid> ReceiveAsync(string unit) => engine.WithDossiersAsync(async s =>
        (await s.ReceiveAsync(new ReceiveDossier("1.001193", unit, new ApplicantData("Vàng Thị Mai"), "online"))).Id);

    private Task<List<OnTimeCountRecord>> Counts() => engine.QueryAsync(db => db.OnTimeCounts.AsNoTracking().ToListAsync());

    /// <summary>The live figures once <paramref name="ready"/> holds for them (or after 30 s).</summary>
    private async Task<List<OnTimeCountRecord>> CountsWhenAsync(Func<List<OnTimeCountRecord>, bool> ready)
    {
        for (var i = 0; i < 300; i++)
        {
            var live = await Counts();
            if (ready(live))
            {
                return live;
            }

            await Task.Delay(100);
        }

        return await Counts();
    }

    /// <summary>Waits until the consumers have caught up with the recount (or 30 s), then returns both.</summary>
    private async Task<(List<OnTimeCountRecord> Live, IReadOnlyList<OnTimeCountRecord> Recount)> SettledAsync()
    {
        var recount = await engine.QueryAsync(db => OnTimeProjection.RecountAsync(db, CancellationToken.None));
        for (var i = 0; i < 300; i++)
        {
            var live = await Counts();
            if (live.Count == recount.Count && live.Sum(c => c.Received + c.Early + c.OnTime + c.Late) == recount.Sum(c => c.Received + c.Early + c.OnTime + c.Late))
            {
                return (live, recount);
            }

            await Task.Delay(100);
        }

        return (await Counts(), recount);
    }
}
