using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Portal.Sync;

/// <summary>
/// Sends one dossier's queued events to the portal, strictly in their order: each event's dossier record first (an
/// insert for the first, "already exists" switching to an update, then updates; a record that changes nothing is not
/// sent), then its processing-history record, history records that follow one another going out together, at most
/// 10 a call. Every acknowledgement is stored as it comes. A call whose outcome is unknown (a timeout, a 500) marks
/// the dossier in doubt: the next attempt looks it up on the portal first and counts what arrived, so nothing is sent
/// twice. The caller holds the dossier's lease.
/// </summary>
public sealed partial class PortalDossierSync(
    TthcDbContext db, PortalClient portal, PortalDossierFactsReader factsReader, PortalOptions options, TimeProvider time, ILogger<PortalDossierSync> logger)
{
    /// <summary>One attempt; true when the dossier has nothing left to send.</summary>
    public async Task<bool> RunAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var state = await db.Set<NationalPortalSyncDossierRecord>().SingleAsync(s => s.DossierId == dossierId, cancellationToken);
        var items = await db.Set<NationalPortalSyncItemRecord>().Where(i => i.DossierId == dossierId).OrderBy(i => i.Sequence).ToListAsync(cancellationToken);
        var facts = await factsReader.ReadAsync(db, dossierId, cancellationToken);
        var queuedBefore = await FirstNotQueuedAsync(dossierId, cancellationToken);
        var done = false;
        try
        {
            if (state.InDoubt)
            {
                await ReconcileAsync(state, facts, items, queuedBefore, cancellationToken);
            }

            done = await SendAsync(state, facts, items, queuedBefore, cancellationToken);
            state.Attempts = 0;
            state.LastError = null;
            // Stopped short: an earlier event is still on its way through the bus; look again soon.
            state.NextAttemptAt = time.GetUtcNow() + (done ? TimeSpan.Zero : options.Sync.Idle);
        }
        catch (PortalUnavailableException e)
        {
            state.InDoubt |= e.MayHaveArrived;
            Failed(state, e.Message);
        }
        catch (PortalRefusedException e)
        {
            Failed(state, e.Message);
        }
        finally
        {
            state.LeaseId = null;
            state.LeaseUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return done;
    }

    private async Task<bool> SendAsync(
        NationalPortalSyncDossierRecord state, PortalDossierFacts facts, List<NationalPortalSyncItemRecord> items, int queuedBefore, CancellationToken cancellationToken)
    {
        var snapshot = PortalSnapshot.Empty;
        string? acknowledgedKey = null;
        var batch = new List<(NationalPortalSyncItemRecord Item, PortalProgress Record)>();
        foreach (var item in items)
        {
            snapshot = snapshot.Apply(item);
            var dossier = PortalRecords.Dossier(facts, snapshot, options);
            var key = PortalRecords.ChangeKey(dossier);
            if (item.StatusAcknowledgedAt is not null)
            {
                acknowledgedKey = key;
                if (item.AcknowledgedAt is not null)
                {
                    continue;
                }
            }
            else
            {
                if (item.Sequence >= queuedBefore)
                {
                    await FlushAsync(state, batch, cancellationToken);
                    return false;
                }

                if (!state.Inserted || key != acknowledgedKey)
                {
                    // The portal sees a dossier's history after the record it belongs to, never before.
                    await FlushAsync(state, batch, cancellationToken);
                    await SendDossierAsync(state, dossier, cancellationToken);
                }

                item.StatusAcknowledgedAt = time.GetUtcNow();
                acknowledgedKey = key;
            }

            if (PortalRecords.Progress(facts, item, items) is not { } progress)
            {
                item.AcknowledgedAt = time.GetUtcNow();
                continue;
            }

            batch.Add((item, progress));
            if (batch.Count == options.ProgressBatchSize)
            {
                await FlushAsync(state, batch, cancellationToken);
            }
        }

        await FlushAsync(state, batch, cancellationToken);
        return true;
    }

    private async Task SendDossierAsync(NationalPortalSyncDossierRecord state, PortalDossier dossier, CancellationToken cancellationToken)
    {
        PortalAnswer answer;
        if (state.Inserted)
        {
            answer = await portal.UpdateAsync(dossier, cancellationToken);
        }
        else
        {
            answer = await portal.InsertAsync(dossier, cancellationToken);
            if (answer.Kind == PortalAnswerKind.AlreadyExists)
            {
                // [TD]'s rule (shared/national-api.md §1.7): the portal already holds it, so this record is an update.
                answer = await portal.UpdateAsync(dossier, cancellationToken);
            }
        }

        if (answer.Kind != PortalAnswerKind.Accepted)
        {
            throw new PortalRefusedException(answer);
        }

        Acknowledged(state, dossier);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FlushAsync(NationalPortalSyncDossierRecord state, List<(NationalPortalSyncItemRecord Item, PortalProgress Record)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var answer = await portal.SendProgressAsync([.. batch.Select(b => b.Record)], cancellationToken);
        if (answer.Kind != PortalAnswerKind.Accepted)
        {
            throw new PortalRefusedException(answer);
        }

        var now = time.GetUtcNow();
        foreach (var (item, _) in batch)
        {
            item.AcknowledgedAt = now;
        }

        state.AcknowledgedHistory += batch.Count;
        state.AcknowledgedAt = now;
        batch.Clear();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// After a call whose outcome is unknown: what the portal holds says what arrived. Records go one call at a time
    /// and in order, so only the first unacknowledged dossier record, or the first unacknowledged history records, can
    /// have arrived unseen.
    /// </summary>
    private async Task ReconcileAsync(
        NationalPortalSyncDossierRecord state, PortalDossierFacts facts, List<NationalPortalSyncItemRecord> items, int queuedBefore, CancellationToken cancellationToken)
    {
        var held = await portal.LookupAsync(state.DossierCode, cancellationToken);
        if (held is null)
        {
            state.Inserted = false;
        }
        else
        {
            state.Inserted = true;
            ReconcileDossier(state, facts, items, queuedBefore, PortalRecords.ChangeKey(held));
            ReconcileHistory(state, facts, items, held.History);
        }

        state.InDoubt = false;
        await db.SaveChangesAsync(cancellationToken);
    }

    private void ReconcileDossier(
        NationalPortalSyncDossierRecord state, PortalDossierFacts facts, List<NationalPortalSyncItemRecord> items, int queuedBefore, string heldKey)
    {
        var snapshot = PortalSnapshot.Empty;
        string? acknowledgedKey = null;
        foreach (var item in items.TakeWhile(i => i.Sequence < queuedBefore))
        {
            snapshot = snapshot.Apply(item);
            var dossier = PortalRecords.Dossier(facts, snapshot, options);
            var key = PortalRecords.ChangeKey(dossier);
            if (item.StatusAcknowledgedAt is null)
            {
                if (key != acknowledgedKey && key != heldKey)
                {
                    return;
                }

                item.StatusAcknowledgedAt = time.GetUtcNow();
                if (key != acknowledgedKey)
                {
                    Acknowledged(state, dossier);
                    return;
                }
            }

            acknowledgedKey = key;
        }
    }

    private void ReconcileHistory(
        NationalPortalSyncDossierRecord state, PortalDossierFacts facts, List<NationalPortalSyncItemRecord> items, IReadOnlyList<PortalProgress> held)
    {
        var arrived = held.Skip(state.AcknowledgedHistory).ToList();
        var waiting = items
            .Where(i => i.StatusAcknowledgedAt is not null && i.AcknowledgedAt is null)
            .Select(i => (Item: i, Record: PortalRecords.Progress(facts, i, items)))
            .Where(p => p.Record is not null)
            .Take(arrived.Count)
            .ToList();
        if (!waiting.Select(w => w.Record).SequenceEqual(arrived))
        {
            LogHistoryDiffers(state.DossierCode, arrived.Count);
        }

        var now = time.GetUtcNow();
        foreach (var (item, _) in waiting)
        {
            item.AcknowledgedAt = now;
        }

        state.AcknowledgedHistory += waiting.Count;
    }

    private void Acknowledged(NationalPortalSyncDossierRecord state, PortalDossier dossier)
    {
        state.Inserted = true;
        state.AcknowledgedStatus = int.Parse(dossier.Status, System.Globalization.CultureInfo.InvariantCulture);
        state.AcknowledgedAt = time.GetUtcNow();
    }

    /// <summary>
    /// The sequence of the dossier's first event the bus has not queued yet: nothing from there on may be sent, or a
    /// late delivery would reach the portal out of order.
    /// </summary>
    private async Task<int> FirstNotQueuedAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var types = PortalSyncConsumer.MessageTypes;
        var first = await db.Outbox.AsNoTracking()
            .Where(m => m.DossierId == dossierId && types.Contains(m.Type)
                && !db.Inbox.Any(i => i.MessageId == m.Id && i.Consumer == PortalSyncConsumer.InboxName))
            .MinAsync(m => (int?)m.Sequence, cancellationToken);
        return first ?? int.MaxValue;
    }

    private void Failed(NationalPortalSyncDossierRecord state, string reason)
    {
        state.Attempts++;
        state.LastError = reason.Length <= 500 ? reason : reason[..500];
        var doubling = Math.Pow(2, Math.Min(state.Attempts - 1, 16));
        var wait = TimeSpan.FromTicks((long)Math.Min(options.Sync.RetryFirstDelay.Ticks * doubling, options.Sync.RetryMaxDelay.Ticks));
        // Jitter: dossiers that failed together do not all come back at the same instant.
        state.NextAttemptAt = time.GetUtcNow() + wait * (0.5 + (Random.Shared.NextDouble() / 2));
        LogAttemptFailed(state.DossierCode, state.Attempts, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal sync of {DossierCode} failed (attempt {Attempts}): {Reason}")]
    private partial void LogAttemptFailed(string dossierCode, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The portal holds {Count} history records of {DossierCode} that differ from the ones sent; counted as arrived.")]
    private partial void LogHistoryDiffers(string dossierCode, int count);
}
