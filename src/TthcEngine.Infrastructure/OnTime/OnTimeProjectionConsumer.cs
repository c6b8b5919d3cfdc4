using MassTransit;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>
/// Keeps the on-time figures live from the integration events, each message counted once through the inbox. The agency
/// of a dossier is the one competent for it, whatever desk received it: the message carries it (and the procedure), and
/// only a message written before they travelled has them read from the dossier.
/// </summary>
/// <remarks>
/// Messages are consumed in batches (<see cref="OnTimeProjectionConsumerDefinition"/>): a batch's inbox rows and its
/// counters, each raised once by the number of its messages that name it, are stored in one transaction, so a busy
/// engine pays one commit for many messages instead of one each. If the batch's transaction fails (a message whose
/// dossier cannot be found, two consumers creating the same line), each of its messages is counted alone, as without
/// batching: the others are counted, and the one at fault fails the batch, which is retried and then moved to the error
/// queue with its messages (those already counted are dropped by the inbox if they come back).
/// </remarks>
public sealed class OnTimeProjectionConsumer(TthcDbContext db, TimeProvider time) :
    IConsumer<Batch<DossierReceived>>, IConsumer<Batch<DossierResultReady>>, IConsumer<Batch<DossierFinished>>, IConsumer<Batch<StepCompleted>>
{
    public Task Consume(ConsumeContext<Batch<DossierReceived>> context) =>
        CountAsync(context, async (m, ct) => OnTimeTally.Received(m.Agency ?? await AgencyAsync(m.DossierId, ct), m.ProcedureCode, m.OccurredAt));

    public Task Consume(ConsumeContext<Batch<DossierResultReady>> context) =>
        CountAsync(context, (m, ct) => JudgedAsync(m.DossierId, m.Agency, m.ProcedureCode, m.OccurredAt, m.Timeliness, ct));

    /// <summary>Only an end that judges the dossier (<see cref="OnTimeTally.JudgedWhenFinished"/>) is counted here.</summary>
    public Task Consume(ConsumeContext<Batch<DossierFinished>> context) =>
        CountAsync(context, (m, ct) => JudgedAsync(m.DossierId, m.Agency, m.ProcedureCode, m.OccurredAt, m.Timeliness, ct), m => OnTimeTally.JudgedWhenFinished(m.Outcome));

    public Task Consume(ConsumeContext<Batch<StepCompleted>> context) =>
        CountAsync(context, async (m, ct) => OnTimeTally.StepCompleted(m.Agency ?? await AgencyAsync(m.DossierId, ct), m.Unit, m.Officer, m.OccurredAt, m.Timeliness));

    private async Task CountAsync<T>(
        ConsumeContext<Batch<T>> context,
        Func<T, CancellationToken, Task<IEnumerable<OnTimeTally.Increment>>> increments,
        Func<T, bool>? counted = null)
        where T : class
    {
        var messages = context.Message
            .Where(m => counted?.Invoke(m.Message) ?? true)
            .Select(m => (Id: m.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be counted exactly once."), m.Message))
            .DistinctBy(m => m.Id)
            .ToList();
        if (messages.Count == 0)
        {
            return;
        }

        await Inbox.RunBatchOnceAsync(
            db,
            messages,
            nameof(OnTimeProjectionConsumer),
            time,
            async counting =>
            {
                var all = new List<OnTimeTally.Increment>();
                foreach (var (_, message) in counting)
                {
                    all.AddRange(await increments(message, context.CancellationToken));
                }

                await OnTimeCounts.RaiseAsync(db, all, context.CancellationToken);
            },
            context.CancellationToken);
    }

    private async Task<IEnumerable<OnTimeTally.Increment>> JudgedAsync(
        Guid dossierId, string? agency, string? procedure, DateTimeOffset at, string timeliness, CancellationToken cancellationToken)
    {
        if (agency is not null && procedure is not null)
        {
            return OnTimeTally.Judged(agency, procedure, at, timeliness);
        }

        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => new { d.Agency, d.ProcedureCode }).SingleAsync(cancellationToken);
        return OnTimeTally.Judged(dossier.Agency, dossier.ProcedureCode, at, timeliness);
    }

    private Task<string> AgencyAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Agency).SingleAsync(cancellationToken);
}
