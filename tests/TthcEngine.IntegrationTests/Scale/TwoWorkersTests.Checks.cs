using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.OnTime;
using TthcEngine.Infrastructure.Persistence;
using Messages = TthcEngine.Contracts;

namespace TthcEngine.IntegrationTests.Scale;

public sealed partial class TwoWorkersTests
{
    private static readonly string[] CountedTypes =
        [typeof(Messages.DossierReceived).FullName!, typeof(Messages.DossierResultReady).FullName!, typeof(Messages.StepCompleted).FullName!];

    /// <summary>
    /// Waits until the outbox is empty, the projection has counted every message it counts, and its figures equal the
    /// recount from the histories; false if that does not happen within <see cref="SettleBound"/>.
    /// </summary>
    private static async Task<bool> SettleAsync(string connectionString)
    {
        var timer = Stopwatch.StartNew();
        while (timer.Elapsed < SettleBound)
        {
            await using var db = Database(connectionString);
            if (!await db.Outbox.AnyAsync(m => m.DispatchedAt == null)
                && (await InboxAsync(db)).Count == (await CountedMessageIdsAsync(db)).Count
                && Lines(await db.OnTimeCounts.AsNoTracking().ToListAsync()).SequenceEqual(Lines(await OnTimeProjection.RecountAsync(db, CancellationToken.None))))
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static async Task AssertEverythingOnceAsync(string connectionString)
    {
        await using var db = Database(connectionString);
        var dossiers = await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Outcome }).ToListAsync();
        dossiers.Should().HaveCount(DossierCount);
        dossiers.Count(d => d.Outcome == nameof(Outcome.Refused)).Should().Be(Enumerable.Range(0, DossierCount).Count(i => RefuseAfterSteps(i) is not null));

        var finishes = await db.DossierEvents.AsNoTracking().Where(e => e.Type == nameof(WorkflowFinished))
            .GroupBy(e => e.DossierId).Select(g => new { DossierId = g.Key, Count = g.Count() }).ToListAsync();
        finishes.Should().HaveCount(DossierCount, "every dossier finished");
        finishes.Should().OnlyContain(f => f.Count == 1, "no dossier finished twice");

        // The mix covered what it should: green-lane branches with their focal point, consultations, planned pauses.
        string[] covered = [nameof(FocalPointNotified), nameof(BlockJoined), nameof(ConsultationRequested), nameof(WorkflowResumed)];
        (await db.DossierEvents.Where(e => covered.Contains(e.Type)).Select(e => e.Type).Distinct().ToListAsync()).Should().BeEquivalentTo(covered);

        // Every step activation (consultations included) ends exactly once: completed, or cancelled by a refusal.
        string[] stepTypes = [nameof(StepActivated), nameof(ConsultationRequested), nameof(StepCompleted), nameof(StepCancelled)];
        var stepEvents = (await db.DossierEvents.AsNoTracking().Where(e => stepTypes.Contains(e.Type)).ToListAsync())
            .Select(e => (e.DossierId, Event: WorkflowEventJson.Read(e.Type, e.Payload))).ToList();
        var activated = stepEvents.SelectMany(e => e.Event switch
        {
            StepActivated a => new[] { (e.DossierId, a.Step) },
            ConsultationRequested q => [(e.DossierId, q.Consultation)],
            _ => [],
        }).ToList();
        var completed = stepEvents.Where(e => e.Event is StepCompleted)
            .Select(e => (e.DossierId, ((StepCompleted)e.Event).Step)).ToList();
        var cancelled = stepEvents.Where(e => e.Event is StepCancelled).Select(e => (e.DossierId, ((StepCancelled)e.Event).Step)).ToList();
        activated.Should().OnlyHaveUniqueItems();
        completed.Should().OnlyHaveUniqueItems("no step activation is completed twice");
        var ended = completed.Concat(cancelled).ToList();
        ended.Should().OnlyHaveUniqueItems("a step activation ends once: completed, or cancelled by a refusal");
        activated.Except(ended).Should().BeEmpty("every activated step ends");
        ended.Except(activated).Should().BeEmpty("only activated steps end");

        (await db.Outbox.CountAsync(m => m.DispatchedAt == null)).Should().Be(0, "every message is dispatched");
        var inbox = await InboxAsync(db);
        var counted = await CountedMessageIdsAsync(db);
        inbox.Should().OnlyHaveUniqueItems("no message is counted twice");
        counted.Except(inbox).Should().BeEmpty("every message the projection counts is counted");
        inbox.Except(counted).Should().BeEmpty("the projection counts only those messages");

        var live = await db.OnTimeCounts.AsNoTracking().ToListAsync();
        var recount = await OnTimeProjection.RecountAsync(db, CancellationToken.None);
        recount.Where(c => c.Scope == OnTimeTally.ProcedureScope).Sum(c => c.Received).Should().Be(DossierCount);
        live.Should().BeEquivalentTo(recount);
    }

    private async Task LogTotalsAsync(string connectionString, Stopwatch timer)
    {
        await using var db = Database(connectionString);
        var events = await db.DossierEvents.GroupBy(e => e.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        Log(timer, $"{events.Sum(e => e.Count)} events ({string.Join(", ", events.OrderBy(e => e.Type, StringComparer.Ordinal).Select(e => $"{e.Type} {e.Count}"))}), "
            + $"{await db.Outbox.CountAsync()} messages dispatched, {await db.Inbox.CountAsync()} counted by the projection");
    }

    /// <summary>
    /// The outbox messages the on-time projection counts through its inbox: receipts, results ready, completed steps,
    /// and the finishes of refused dossiers (a granted one was judged at its result).
    /// </summary>
    private static async Task<HashSet<Guid>> CountedMessageIdsAsync(TthcDbContext db)
    {
        var refused = db.Dossiers.Where(d => d.Outcome == nameof(Outcome.Refused)).Select(d => d.Id);
        var finished = typeof(Messages.DossierFinished).FullName!;
        return [.. await db.Outbox.AsNoTracking()
            .Where(m => CountedTypes.Contains(m.Type) || (m.Type == finished && refused.Contains(m.DossierId)))
            .Select(m => m.Id).ToListAsync()];
    }

    /// <summary>For a failure message: who holds the messages not yet dispatched, and when the last one went out.</summary>
    private static async Task<string> OutboxStateAsync(string connectionString)
    {
        try
        {
            await using var db = Database(connectionString);
            var leases = await db.Outbox.AsNoTracking().Where(m => m.DispatchedAt == null)
                .GroupBy(m => m.LeaseId)
                .Select(g => new { Lease = g.Key, Count = g.Count(), Until = g.Max(m => m.LeaseUntil) })
                .ToListAsync();
            var lastDispatch = await db.Outbox.MaxAsync(m => m.DispatchedAt);
            return $"--- outbox at {TimeProvider.System.GetUtcNow():HH:mm:ss.fff}: last dispatch at {lastDispatch:HH:mm:ss.fff}; not yet dispatched, by lease: "
                + string.Join("; ", leases.Select(l => $"{l.Lease?.ToString() ?? "none"} {l.Count} (until {l.Until:HH:mm:ss.fff})"));
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return $"--- outbox state unavailable: {e.Message}";
        }
    }

    private static Task<List<Guid>> InboxAsync(TthcDbContext db) =>
        db.Inbox.AsNoTracking().Where(m => m.Consumer == nameof(OnTimeProjectionConsumer)).Select(m => m.MessageId).ToListAsync();

    private static IEnumerable<string> Lines(IEnumerable<OnTimeCountRecord> counts) =>
        counts.Select(c => $"{c.Scope}|{c.Key}|{c.Month}|{c.Received}|{c.Early}|{c.OnTime}|{c.Late}").Order(StringComparer.Ordinal);
}
