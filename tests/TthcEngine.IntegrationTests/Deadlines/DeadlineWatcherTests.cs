using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Deadlines;

/// <summary>Due-soon and overdue announcements, exactly once each, on SQLite and on PostgreSQL.</summary>
public abstract class DeadlineWatcherTests : IAsyncLifetime
{
    private EngineHarness engine = null!;

    public async Task InitializeAsync() => engine = await EngineHarness.StartAsync(Provider, await ConnectionStringAsync());

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task Sweep_StepAndDossierComeDueSoonThenOverdue_EachAnnouncedOnce()
    {
        var dossier = await ReceiveAsync();
        var watcher = engine.Services.GetRequiredService<DeadlineWatcher>();

        // Birth registration accepted Tue 10/3 09:00: reception has one working hour (due 10:00), less than the
        // 4-hour margin, so it is due soon at once; the same-day dossier is due 17:30, due soon from 13:30.
        var atReceipt = await watcher.SweepAsync(CancellationToken.None);
        var again = await watcher.SweepAsync(CancellationToken.None);
        engine.Time.Advance(TimeSpan.FromMinutes(130));
        var stepLate = await watcher.SweepAsync(CancellationToken.None);
        engine.Time.Advance(TimeSpan.FromMinutes(170));
        var dossierSoon = await watcher.SweepAsync(CancellationToken.None);
        engine.Time.Advance(TimeSpan.FromHours(4));
        var dossierLate = await watcher.SweepAsync(CancellationToken.None);
        var after = await watcher.SweepAsync(CancellationToken.None);

        new[] { atReceipt, again, stepLate, dossierSoon, dossierLate, after }.Should().Equal(1, 0, 1, 1, 1, 0);
        var types = await engine.QueryAsync(db => db.Outbox.Where(m => m.DossierId == dossier).Select(m => m.Type).ToListAsync());
        types.Where(t => t.Contains("Due") || t.Contains("Overdue")).Select(t => t.Replace("TthcEngine.Contracts.", string.Empty, StringComparison.Ordinal))
            .Should().BeEquivalentTo(["StepDueSoon", "StepOverdue", "DossierDueSoon", "DossierOverdue"]);
    }

    [Fact]
    public async Task Sweep_DossierPastItsDue_OverdueOnceAndNotAfterResultReady()
    {
        var late = await ReceiveAsync();
        var early = await ReceiveAsync();
        foreach (var step in new[] { "tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua" })
        {
            await engine.WithDossiersAsync(s => s.ExecuteAsync(early, at => new CompleteStep(at, step, "cb.a")));
        }

        engine.Time.Advance(TimeSpan.FromHours(9));
        await engine.Services.GetRequiredService<DeadlineWatcher>().SweepAsync(CancellationToken.None);
        await engine.Services.GetRequiredService<DeadlineWatcher>().SweepAsync(CancellationToken.None);

        var overdue = await engine.QueryAsync(db => db.Outbox.Where(m => m.Type.EndsWith("DossierOverdue")).Select(m => m.DossierId).ToListAsync());
        overdue.Should().Equal(late);
    }

    [Fact]
    public async Task Sweep_TwoWatchersAtOnce_EachAnnouncementOnce()
    {
        for (var i = 0; i < 20; i++)
        {
            await ReceiveAsync();
        }

        engine.Time.Advance(TimeSpan.FromHours(5));
        var first = engine.Services.GetRequiredService<DeadlineWatcher>();
        var second = ActivatorUtilities.CreateInstance<DeadlineWatcher>(engine.Services);

        var counts = await Task.WhenAll(Task.Run(() => first.SweepAsync(CancellationToken.None)), Task.Run(() => second.SweepAsync(CancellationToken.None)));

        // At 14:00 each reception step is overdue (its due-soon, already past, is marked without a message) and each
        // dossier (due 17:30) is due soon.
        counts.Sum().Should().Be(40);
        var messages = await engine.QueryAsync(db => db.Outbox.Where(m => m.Type.Contains("Due") || m.Type.Contains("Overdue")).GroupBy(m => new { m.DossierId, m.Type }).Select(g => g.Count()).ToListAsync());
        messages.Should().HaveCount(40).And.OnlyContain(c => c == 1);
    }

    [Fact]
    public async Task Sweep_ManyDueWhileDesksComplete_EachAnnouncementOnceAndEveryChangeStored()
    {
        // More announcements than one claiming transaction holds, two watchers sweeping while the desks complete the
        // very steps being announced: the claims and the desks' group commits wait on each other's rows.
        const int Dossiers = 150;
        var ids = new List<Guid>();
        for (var i = 0; i < Dossiers; i++)
        {
            ids.Add(await ReceiveAsync());
        }

        engine.Time.Advance(TimeSpan.FromHours(5));
        var watchers = new[] { engine.Services.GetRequiredService<DeadlineWatcher>(), ActivatorUtilities.CreateInstance<DeadlineWatcher>(engine.Services) };
        using var desksDone = new CancellationTokenSource();
        var sweeps = watchers.Select(w => Task.Run(async () =>
        {
            var announced = 0;
            while (!desksDone.IsCancellationRequested)
            {
                announced += await w.SweepAsync(CancellationToken.None);
            }

            return announced;
        })).ToList();
        var desks = ids.Chunk(Dossiers / 6).Select(mine => Task.Run(async () =>
        {
            foreach (var id in mine)
            {
                await engine.WithDossiersAsync(s => s.ExecuteAsync(id, at => new CompleteStep(at, "tiep-nhan", "cb.a")));
            }
        })).ToList();
        await Task.WhenAll(desks);
        await desksDone.CancelAsync();
        var counted = (await Task.WhenAll(sweeps)).Sum() + await watchers[0].SweepAsync(CancellationToken.None);

        var messages = await engine.QueryAsync(db => db.Outbox
            .Where(m => m.Type.Contains("Due") || m.Type.Contains("Overdue"))
            .GroupBy(m => new { m.DossierId, m.Type }).Select(g => new { g.Key.Type, Count = g.Count() }).ToListAsync());
        messages.Should().OnlyContain(m => m.Count == 1);
        messages.Count(m => m.Type.EndsWith("DossierDueSoon")).Should().Be(Dossiers);
        counted.Should().Be(messages.Count);
        var stepsLeftAt = await engine.QueryAsync(db => db.OpenSteps.Where(s => ids.Contains(s.DossierId)).Select(s => s.StepId).ToListAsync());
        stepsLeftAt.Should().HaveCount(Dossiers).And.OnlyContain(step => step == "tham-dinh");
    }

    protected abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> ConnectionStringAsync();

    private Task<Guid> ReceiveAsync() => engine.WithDossiersAsync(async s =>
        (await s.ReceiveAsync(new ReceiveDossier("1.001193", "000.00.12.H56", new ApplicantData("Giàng A Sử"), "inPerson"))).Id);
}
