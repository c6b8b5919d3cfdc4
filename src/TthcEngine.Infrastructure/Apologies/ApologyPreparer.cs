using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.Infrastructure.Apologies;

/// <summary>
/// Prepares the apology and extension (Form 04) of every dossier heading for lateness, for the units at fault, in time
/// for them to issue it no later than one working day before the due instant (convention 7). A dossier is looked at
/// from <see cref="DossierRecord.ApologyDueAt"/> (<see cref="ApologySchedule.PrepareAt"/>); it is heading for lateness
/// when one of its active steps has overrun its budget, or when the deadline for the apology (or the due instant itself)
/// has come with the result not ready. One that is not is looked at again when its earliest step falls due or the deadline comes, so a sweep
/// costs work in proportion to the dossiers coming due. Several instances may sweep at once: the preparation is claimed
/// by a conditional update, once per count. The heads of the units at fault are told (an officer's notice
/// <c>apologyPrepared</c>) in the same transaction.
/// </summary>
public sealed partial class ApologyPreparer(IServiceScopeFactory scopes, TimeProvider time, DeadlineOptions options, ILogger<ApologyPreparer> logger)
    : BackgroundService
{
    private const int Batch = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One sweep; the number of apologies prepared.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        TransientFaults.Database.ExecuteAsync(async token => await SweepOnceAsync(token), cancellationToken).AsTask();

    private async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<DossierService>();
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        var now = time.GetUtcNow();
        var candidates = await db.Dossiers.AsNoTracking()
            .Where(d => d.ApologyPreparedAt == null && d.ApologyDueAt != null && d.ApologyDueAt <= now)
            .OrderBy(d => d.ApologyDueAt).Take(Batch)
            .Select(d => new { d.Id, d.Code, d.Agency, d.Version, d.ExtendedDueAt })
            .ToListAsync(cancellationToken);
        var prepared = 0;
        foreach (var candidate in candidates)
        {
            var state = await service.LoadStateAsync(candidate.Id, cancellationToken);
            if (state.DueAt is not { } due || candidate.ExtendedDueAt is not null)
            {
                await MarkAsync(db, candidate.Id, candidate.Version, d => d.SetProperty(r => r.ApologyDueAt, (DateTimeOffset?)null), cancellationToken);
                continue;
            }

            // A limit shorter than a working day has no deadline before the due: only an overrun step makes it late.
            var deadline = ApologySchedule.Deadline(calendar, due);
            var hasDeadline = deadline > state.ClockStartsAt;
            var overdue = state.OverdueAt(now);
            if (overdue.Count == 0 && now < due && !(hasDeadline && now >= deadline))
            {
                // On its budgets: look again when the first active step falls due, or at the deadline.
                var next = state.Active.Select(a => state.DueOf(a)).Where(d => d is not null).Select(d => d!.Value)
                    .Concat(hasDeadline ? [deadline] : [])
                    .Where(d => d > now)
                    .DefaultIfEmpty(due)
                    .Min();
                await MarkAsync(db, candidate.Id, candidate.Version, d => d.SetProperty(r => r.ApologyDueAt, next), cancellationToken);
                continue;
            }

            var units = (overdue.Count > 0 ? overdue : state.Active).Select(a => a.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            using var turn = await db.WriteTurnAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Dossiers
                .Where(d => d.Id == candidate.Id && d.ApologyPreparedAt == null)
                .ExecuteUpdateAsync(d => d.SetProperty(r => r.ApologyPreparedAt, now), cancellationToken);
            if (claimed == 1)
            {
                db.Notes.Add(new DossierNoteRecord
                {
                    Id = Guid.CreateVersion7(now),
                    DossierId = candidate.Id,
                    Kind = NoteKinds.ApologyPrepared,
                    At = now,
                    Officer = null,
                    Payload = JsonSerializer.Serialize(new ApologyNote(null, due, null, units, null), Json),
                });

                // The heads of the units at fault are told, who answer for the lateness and sign the apology.
                var recipients = new OfficerRecipients(db);
                var heads = new List<string>();
                foreach (var unit in units)
                {
                    heads.AddRange(await recipients.HeadsAsync(candidate.Agency, unit, state.Definition, cancellationToken));
                }

                OfficerNotices.Add(db, heads, OfficerNoticeKinds.ApologyPrepared, candidate.Id, candidate.Code, null,
                    OfficerNotices.ApologyPrepared(candidate.Code, due, [.. units.Select(u => ProcedureNames.UnitName(state.Definition, u))]), now, now);
                await db.SaveChangesAsync(cancellationToken);
                prepared++;
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return prepared;
    }

    /// <summary>Moves the dossier's next look, unless it changed meanwhile (its own change sets the next look anew).</summary>
    private static async Task<int> MarkAsync(
        TthcDbContext db,
        Guid id,
        int version,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<DossierRecord>> set,
        CancellationToken cancellationToken)
    {
        using var turn = await db.WriteTurnAsync(cancellationToken);
        return await db.Dossiers.Where(d => d.Id == id && d.Version == version && d.ApologyPreparedAt == null).ExecuteUpdateAsync(set, cancellationToken);
    }

    // Every sweep rests after it: a dossier not prepared is looked at again when it can next be late.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunSweepsAsync(SweepAsync, options.SweepInterval, time, LogSweepFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "The apology sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
