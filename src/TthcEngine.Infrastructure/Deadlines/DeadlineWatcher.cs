using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.Infrastructure.Deadlines;

/// <summary>
/// Announces, exactly once each, that a step or a dossier is due soon or overdue. Several watchers may sweep the same
/// database: each announcement is claimed by a conditional update (announced-at still empty) in the same transaction
/// as its outbox message, so only one watcher writes it; up to 100 claims share a transaction and its commit. A sweep
/// reads only rows not yet announced whose instant has come, through indexes on (announced-at, instant): its cost
/// follows what comes due, not what is open.
/// </summary>
public sealed partial class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider time, DeadlineOptions options, ILogger<DeadlineWatcher> logger)
    : BackgroundService
{
    private const int Batch = 500;

    /// <summary>Claims stored by one transaction: one commit (one flush) for many announcements instead of one each.</summary>
    private const int ClaimsPerTransaction = 100;

    /// <summary>The longest a claim waits for a row another transaction holds, on PostgreSQL (100 ms).</summary>
    private const string LockWait = "SET LOCAL lock_timeout = '100ms'";

    /// <summary>
    /// One sweep; the number of announcements written. A passing database fault repeats it (claims are conditional),
    /// and the announcements committed before the fault are counted too.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var announced = new Announced();
        await TransientFaults.Database.ExecuteAsync(async token => await SweepOnceAsync(announced, token), cancellationToken);
        return announced.Count;
    }

    private async Task SweepOnceAsync(Announced announced, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();
        await StepsAsync(
            db,
            now,
            announced,
            db.OpenSteps.Where(s => s.OverdueAnnouncedAt == null && s.DueAt < now).OrderBy(s => s.DueAt),
            s => s.OverdueAnnouncedAt,
            (step, code) => new StepOverdue
            {
                DossierId = step.DossierId, OccurredAt = now, DossierCode = code, StepId = step.StepId, Activation = step.Activation,
                Unit = step.Unit, Officer = step.ClaimedBy, DueAt = step.DueAt!.Value,
            },
            cancellationToken);

        // Already past its due: "overdue" says it; the due-soon mark is set without a message.
        await StepsAsync(
            db,
            now,
            announced,
            db.OpenSteps.Where(s => s.DueSoonAnnouncedAt == null && s.DueSoonAt <= now).OrderBy(s => s.DueSoonAt),
            s => s.DueSoonAnnouncedAt,
            (step, code) => step.DueAt >= now
                ? new StepDueSoon
                {
                    DossierId = step.DossierId, OccurredAt = now, DossierCode = code, StepId = step.StepId, Activation = step.Activation,
                    Unit = step.Unit, Officer = step.ClaimedBy, DueAt = step.DueAt!.Value,
                }
                : null,
            cancellationToken);
        await DossiersAsync(
            db,
            now,
            announced,
            db.Dossiers.Where(d => d.OverdueAnnouncedAt == null && d.OpenDueAt < now).OrderBy(d => d.OpenDueAt),
            d => d.OverdueAnnouncedAt,
            d => new DossierOverdue { DossierId = d.Id, OccurredAt = now, DossierCode = d.Code, DueAt = d.OpenDueAt!.Value },
            cancellationToken);
        await DossiersAsync(
            db,
            now,
            announced,
            db.Dossiers.Where(d => d.DueSoonAnnouncedAt == null && d.DueSoonAt <= now).OrderBy(d => d.DueSoonAt),
            d => d.DueSoonAnnouncedAt,
            d => d.OpenDueAt >= now ? new DossierDueSoon { DossierId = d.Id, OccurredAt = now, DossierCode = d.Code, DueAt = d.OpenDueAt!.Value } : null,
            cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(async ct => await SweepAsync(ct) >= Batch, options.SweepInterval, time, LogSweepFailed, stoppingToken);

    /// <summary>Claims, by <paramref name="mark"/>, the first <see cref="Batch"/> steps of <paramref name="due"/>, each with its message (null: the mark alone).</summary>
    private static async Task StepsAsync(
        TthcDbContext db,
        DateTimeOffset now,
        Announced announced,
        IQueryable<OpenStepRecord> due,
        Expression<Func<OpenStepRecord, DateTimeOffset?>> mark,
        Func<OpenStepRecord, string, object?> message,
        CancellationToken cancellationToken)
    {
        var steps = await due.AsNoTracking().Take(Batch)
            .Join(db.Dossiers, s => s.DossierId, d => d.Id, (s, d) => new { Step = s, d.Code, d.EventCount })
            .ToListAsync(cancellationToken);
        var unannounced = IsNull(mark);
        await ClaimAllAsync(
            db,
            now,
            announced,
            steps.Select(c => new Claim(
                new ClaimKey(c.Step.DossierId, c.Step.StepId, c.Step.Activation),
                context => context.OpenSteps
                    .Where(s => s.DossierId == c.Step.DossierId && s.StepId == c.Step.StepId && s.Activation == c.Step.Activation)
                    .Where(unannounced)
                    .ExecuteUpdateAsync(s => s.SetProperty(mark, now), cancellationToken),
                message(c.Step, c.Code),
                c.EventCount)),
            cancellationToken);
    }

    /// <summary>Claims, by <paramref name="mark"/>, the first <see cref="Batch"/> dossiers of <paramref name="due"/> on their current count, each with its message (null: the mark alone).</summary>
    private static async Task DossiersAsync(
        TthcDbContext db,
        DateTimeOffset now,
        Announced announced,
        IQueryable<DossierRecord> due,
        Expression<Func<DossierRecord, DateTimeOffset?>> mark,
        Func<DueDossier, object?> message,
        CancellationToken cancellationToken)
    {
        var dossiers = await due.AsNoTracking().Take(Batch)
            .Select(d => new DueDossier(d.Id, d.Code, d.EventCount, d.OpenDueAt, d.ClockStartsAt))
            .ToListAsync(cancellationToken);
        var unannounced = IsNull(mark);
        await ClaimAllAsync(
            db,
            now,
            announced,
            dossiers.Select(c => new Claim(
                new ClaimKey(c.Id, string.Empty, 0),
                context => context.Dossiers
                    .Where(d => d.Id == c.Id && d.ClockStartsAt == c.ClockStartsAt)
                    .Where(unannounced)
                    .ExecuteUpdateAsync(s => s.SetProperty(mark, now), cancellationToken),
                message(c),
                c.EventCount)),
            cancellationToken);
    }

    /// <summary><paramref name="mark"/> still empty, as a condition EF Core translates.</summary>
    private static Expression<Func<TRow, bool>> IsNull<TRow>(Expression<Func<TRow, DateTimeOffset?>> mark) =>
        Expression.Lambda<Func<TRow, bool>>(Expression.Equal(mark.Body, Expression.Constant(null, typeof(DateTimeOffset?))), mark.Parameters);

    /// <summary>
    /// Claims each announcement by a conditional update and writes the messages of those this watcher claimed in the
    /// same transaction, <see cref="ClaimsPerTransaction"/> claims a transaction, counting the messages committed. A
    /// claim another watcher made first updates nothing and writes nothing.
    /// </summary>
    /// <remarks>
    /// Each transaction takes its rows' locks in one order (<see cref="ClaimKey"/>), so two watchers never wait on each
    /// other in a circle. The dossier service's group commit takes its rows in the order its changes came, so on
    /// PostgreSQL a claim waits for a row lock at most <see cref="LockWait"/>: a circle with a group then costs this
    /// transaction (rolled back, the sweep repeated) rather than the desks' changes, and no group waits longer on a sweep.
    /// </remarks>
    private static async Task ClaimAllAsync(TthcDbContext db, DateTimeOffset now, Announced announced, IEnumerable<Claim> claims, CancellationToken cancellationToken)
    {
        foreach (var chunk in claims.OrderBy(c => c.Key).Chunk(ClaimsPerTransaction))
        {
            using var turn = await db.WriteTurnAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync(LockWait, cancellationToken);
            }

            var written = 0;
            foreach (var claim in chunk)
            {
                if (await claim.MarkAsync(db) == 1 && claim.Message is not null)
                {
                    db.Outbox.Add(OutboxMessages.Create(claim.Message, claim.Key.DossierId, claim.Sequence, now));
                    written++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            announced.Count += written;
        }
    }

    /// <summary>What a claim locks, in the order every watcher takes them: the dossier, then its step and activation (a dossier's own mark sorts first).</summary>
    private readonly record struct ClaimKey(Guid DossierId, string StepId, int Activation) : IComparable<ClaimKey>
    {
        public int CompareTo(ClaimKey other) => DossierId.CompareTo(other.DossierId) is not 0 and var byDossier
            ? byDossier
            : string.CompareOrdinal(StepId, other.StepId) is not 0 and var byStep ? byStep : Activation.CompareTo(other.Activation);
    }

    /// <summary>A dossier whose instant has come, as the sweep read it.</summary>
    private sealed record DueDossier(Guid Id, string Code, int EventCount, DateTimeOffset? OpenDueAt, DateTimeOffset? ClockStartsAt);

    /// <summary>The announcements a sweep has committed, across the repeats of a failed attempt.</summary>
    private sealed class Announced
    {
        public int Count { get; set; }
    }

    /// <summary>One announcement to claim: the conditional update that marks it (1 row if this watcher claims it) and its message, if any.</summary>
    private sealed record Claim(ClaimKey Key, Func<TthcDbContext, Task<int>> MarkAsync, object? Message, int Sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
