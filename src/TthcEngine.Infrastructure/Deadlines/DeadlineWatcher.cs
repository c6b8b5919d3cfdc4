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
/// as its outbox message, so only one watcher writes it. A sweep reads only rows not yet announced whose instant has
/// come, through indexes on (announced-at, instant): its cost follows what comes due, not what is open.
/// </summary>
public sealed partial class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider time, DeadlineOptions options, ILogger<DeadlineWatcher> logger)
    : BackgroundService
{
    private const int Batch = 500;

    /// <summary>One sweep; the number of announcements written. A passing database fault repeats it (claims are conditional).</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        TransientFaults.Database.ExecuteAsync(async token => await SweepOnceAsync(token), cancellationToken).AsTask();

    private async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();
        return await StepsOverdueAsync(db, now, cancellationToken)
            + await StepsDueSoonAsync(db, now, cancellationToken)
            + await DossiersOverdueAsync(db, now, cancellationToken)
            + await DossiersDueSoonAsync(db, now, cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(async ct => await SweepAsync(ct) >= Batch, options.SweepInterval, time, LogSweepFailed, stoppingToken);

    private static async Task<int> StepsOverdueAsync(TthcDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.OpenSteps.AsNoTracking()
            .Where(s => s.OverdueAnnouncedAt == null && s.DueAt < now)
            .OrderBy(s => s.DueAt).Take(Batch)
            .Join(db.Dossiers, s => s.DossierId, d => d.Id, (s, d) => new { Step = s, d.Code, d.EventCount })
            .ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var c in due)
        {
            announced += await ClaimAsync(
                db,
                db.OpenSteps.Where(s => s.DossierId == c.Step.DossierId && s.StepId == c.Step.StepId && s.Activation == c.Step.Activation && s.OverdueAnnouncedAt == null),
                s => s.OverdueAnnouncedAt,
                now,
                new StepOverdue
                {
                    DossierId = c.Step.DossierId, OccurredAt = now, DossierCode = c.Code, StepId = c.Step.StepId, Activation = c.Step.Activation,
                    Unit = c.Step.Unit, Officer = c.Step.ClaimedBy, DueAt = c.Step.DueAt!.Value,
                },
                c.Step.DossierId,
                c.EventCount,
                cancellationToken);
        }

        return announced;
    }

    private static async Task<int> StepsDueSoonAsync(TthcDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.OpenSteps.AsNoTracking()
            .Where(s => s.DueSoonAnnouncedAt == null && s.DueSoonAt <= now)
            .OrderBy(s => s.DueSoonAt).Take(Batch)
            .Join(db.Dossiers, s => s.DossierId, d => d.Id, (s, d) => new { Step = s, d.Code, d.EventCount })
            .ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var c in due)
        {
            // Already past its due: "overdue" says it; the due-soon mark is set without a message.
            var message = c.Step.DueAt >= now
                ? new StepDueSoon
                {
                    DossierId = c.Step.DossierId, OccurredAt = now, DossierCode = c.Code, StepId = c.Step.StepId, Activation = c.Step.Activation,
                    Unit = c.Step.Unit, Officer = c.Step.ClaimedBy, DueAt = c.Step.DueAt!.Value,
                }
                : null;
            announced += await ClaimAsync(
                db,
                db.OpenSteps.Where(s => s.DossierId == c.Step.DossierId && s.StepId == c.Step.StepId && s.Activation == c.Step.Activation && s.DueSoonAnnouncedAt == null),
                s => s.DueSoonAnnouncedAt,
                now,
                message,
                c.Step.DossierId,
                c.EventCount,
                cancellationToken);
        }

        return announced;
    }

    private static async Task<int> DossiersOverdueAsync(TthcDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Dossiers.AsNoTracking()
            .Where(d => d.OverdueAnnouncedAt == null && d.OpenDueAt < now)
            .OrderBy(d => d.OpenDueAt).Take(Batch)
            .Select(d => new { d.Id, d.Code, d.EventCount, d.OpenDueAt, d.ClockStartsAt })
            .ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var c in due)
        {
            announced += await ClaimAsync(
                db,
                db.Dossiers.Where(d => d.Id == c.Id && d.ClockStartsAt == c.ClockStartsAt && d.OverdueAnnouncedAt == null),
                d => d.OverdueAnnouncedAt,
                now,
                new DossierOverdue { DossierId = c.Id, OccurredAt = now, DossierCode = c.Code, DueAt = c.OpenDueAt!.Value },
                c.Id,
                c.EventCount,
                cancellationToken);
        }

        return announced;
    }

    private static async Task<int> DossiersDueSoonAsync(TthcDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Dossiers.AsNoTracking()
            .Where(d => d.DueSoonAnnouncedAt == null && d.DueSoonAt <= now)
            .OrderBy(d => d.DueSoonAt).Take(Batch)
            .Select(d => new { d.Id, d.Code, d.EventCount, d.OpenDueAt, d.ClockStartsAt })
            .ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var c in due)
        {
            var message = c.OpenDueAt >= now
                ? new DossierDueSoon { DossierId = c.Id, OccurredAt = now, DossierCode = c.Code, DueAt = c.OpenDueAt!.Value }
                : null;
            announced += await ClaimAsync(
                db,
                db.Dossiers.Where(d => d.Id == c.Id && d.ClockStartsAt == c.ClockStartsAt && d.DueSoonAnnouncedAt == null),
                d => d.DueSoonAnnouncedAt,
                now,
                message,
                c.Id,
                c.EventCount,
                cancellationToken);
        }

        return announced;
    }

    /// <summary>
    /// Claims one announcement by a conditional update and writes its message in the same transaction; 1 when this
    /// watcher made it, 0 when another had, or when there is nothing to say.
    /// </summary>
    private static async Task<int> ClaimAsync<TRow>(
        TthcDbContext db,
        IQueryable<TRow> row,
        System.Linq.Expressions.Expression<Func<TRow, DateTimeOffset?>> mark,
        DateTimeOffset now,
        object? message,
        Guid dossierId,
        int sequence,
        CancellationToken cancellationToken)
        where TRow : class
    {
        using var turn = await db.WriteTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await row.ExecuteUpdateAsync(s => s.SetProperty(mark, now), cancellationToken);
        if (claimed == 1 && message is not null)
        {
            db.Outbox.Add(OutboxMessages.Create(message, dossierId, sequence, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return claimed == 1 && message is not null ? 1 : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
