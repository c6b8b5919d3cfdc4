using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>Changes stored at the same moment share a commit (group commit), each still stored exactly once or not at all.</summary>
public abstract partial class DossierServiceTests
{
    private const string TakenKey = "complete:group:taken";

    [Fact]
    public async Task Execute_ManyDesksAtOnce_EveryChangeAndItsRowsStored_SomeShareACommit()
    {
        var dossiers = await ReceiveManyAsync(12);
        using var groups = new GroupWatch(DatabaseOfGroups());

        var (desks, outcomes) = await CompleteAllAtOnceAsync(dossiers.Select((id, i) => (id, $"cb.{i}", $"complete:group:{i}")).ToList());

        outcomes.Should().AllSatisfy(o => o.Should().BeNull());
        await ShouldBeStoredExactlyAsync(dossiers, desks, outcomes);
        groups.Largest.Should().BeGreaterThan(1, "changes reaching the write together share a commit");
    }

    [Fact]
    public async Task Execute_ManyDesksAtOnceOneRaceOneKeyAlreadyStored_OnlyThoseTwoFail()
    {
        var dossiers = await ReceiveManyAsync(12);
        await using (var first = NewContext())
        {
            first.IdempotencyKeys.Add(Key(TakenKey));
            await first.SaveChangesAsync();
        }

        var (raced, refused) = (dossiers[0], dossiers[1]);
        var refusedVersion = await VersionOf(refused);

        var (desks, outcomes) = await CompleteAllAtOnceAsync(
            [.. dossiers.Select((id, i) => (id, $"cb.{i}", id == refused ? TakenKey : $"complete:group:{i}")), (raced, "cb.rival", "complete:group:rival")]);

        var failed = desks.Zip(outcomes).Where(o => o.Second is not null).ToList();
        failed.Should().HaveCount(2);
        failed.Should().ContainSingle(o => o.First.Id == refused).Which.Second.Should().BeAssignableTo<DbUpdateException>();
        failed.Should().ContainSingle(o => o.First.Id == raced).Which.Second.Should().BeOfType<ConcurrentChangeException>();
        (await VersionOf(refused)).Should().Be(refusedVersion);
        await ShouldBeStoredExactlyAsync(dossiers, desks, outcomes);
    }

    [Fact]
    public async Task Execute_ChangesArrivingWhileAGroupIsWritten_JoinItsCommit()
    {
        var dossiers = await ReceiveManyAsync(6);
        using var groups = new GroupWatch(DatabaseOfGroups());
        await using var holder = NewContext();
        await using var held = await holder.Database.BeginTransactionAsync();
        await holder.Dossiers.Where(d => d.Id == dossiers[0]).ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version));

        // The first change leads and waits on the held row (on SQLite, on the file); the others come while it waits.
        var first = Task.Run(() => Service().ExecuteAsync(dossiers[0], at => new CompleteStep(at, "tiep-nhan", "cb.0")));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var others = dossiers.Skip(1).Select((id, i) => Task.Run(() => Service().ExecuteAsync(id, at => new CompleteStep(at, "tiep-nhan", $"cb.{i + 1}")))).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await held.CommitAsync();
        await Task.WhenAll([first, .. others]);

        groups.Sizes.Should().Equal([6], "the changes that came while the first change's statements waited joined its commit");
        foreach (var id in dossiers)
        {
            (await Service(cache: new DossierStateCache()).LoadStateAsync(id)).Completed.Should().ContainSingle(c => c.Step.StepId == "tiep-nhan");
        }
    }

    private async Task<List<Guid>> ReceiveManyAsync(int count)
    {
        var dossiers = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            dossiers.Add((await Service().ReceiveAsync(BirthRegistration())).Id);
        }

        return dossiers;
    }

    /// <summary>Each desk completes its dossier's first step with a note and an idempotency record; all decide, then all write together.</summary>
    private async Task<(List<(Guid Id, string Officer, string Key)> Desks, Exception?[] Outcomes)> CompleteAllAtOnceAsync(List<(Guid Id, string Officer, string Key)> desks)
    {
        using var gate = new Barrier(desks.Count);
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, desks.Count * 2), io);
        try
        {
            return (desks, await Task.WhenAll(desks.Select(d => Task.Run(() => CompleteAsync(d, gate)))));
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }
    }

    private async Task<Exception?> CompleteAsync((Guid Id, string Officer, string Key) desk, Barrier gate)
    {
        await using var context = NewContext();
        try
        {
            await Service(context).ExecuteAsync(desk.Id, (now, _) =>
            {
                gate.SignalAndWait(TimeSpan.FromSeconds(20));
                return [new CompleteStep(now, "tiep-nhan", desk.Officer)];
            }, (record, _, _) =>
            {
                context.Notes.Add(Note(record.Id, desk.Officer));
                context.IdempotencyKeys.Add(Key(desk.Key));
            });
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>The desks that succeeded have their completion, note and key stored once; the others nothing.</summary>
    private async Task ShouldBeStoredExactlyAsync(List<Guid> dossiers, List<(Guid Id, string Officer, string Key)> desks, Exception?[] outcomes)
    {
        var stored = desks.Zip(outcomes).Where(o => o.Second is null).Select(o => o.First).ToList();
        await using var db = NewContext();
        var notes = await db.Notes.Where(n => dossiers.Contains(n.DossierId)).Select(n => new { n.DossierId, n.Kind }).ToListAsync();
        notes.Select(n => (n.DossierId, n.Kind)).Should().BeEquivalentTo(stored.Select(d => (d.Id, d.Officer)));
        var keys = await db.IdempotencyKeys.Where(k => k.Key.StartsWith("complete:group:") && k.Key != TakenKey).Select(k => k.Key).ToListAsync();
        keys.Should().BeEquivalentTo(stored.Select(d => d.Key));
        foreach (var id in dossiers)
        {
            var state = await Service(cache: new DossierStateCache()).LoadStateAsync(id);
            state.Completed.Where(c => c.Step.StepId == "tiep-nhan").Select(c => c.Officer)
                .Should().Equal(stored.Where(d => d.Id == id).Select(d => d.Officer));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
