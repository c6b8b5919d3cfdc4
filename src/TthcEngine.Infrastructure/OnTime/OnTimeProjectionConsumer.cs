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
public sealed class OnTimeProjectionConsumer(TthcDbContext db, TimeProvider time) :
    IConsumer<DossierReceived>, IConsumer<DossierResultReady>, IConsumer<DossierFinished>, IConsumer<StepCompleted>
{
    public Task Consume(ConsumeContext<DossierReceived> context) =>
        CountAsync(context, async ct => OnTimeTally.Received(
            context.Message.Agency ?? await AgencyAsync(context.Message.DossierId, ct), context.Message.ProcedureCode, context.Message.OccurredAt));

    public Task Consume(ConsumeContext<DossierResultReady> context) =>
        CountAsync(context, async ct => await JudgedAsync(
            context.Message.DossierId, context.Message.Agency, context.Message.ProcedureCode, context.Message.OccurredAt, context.Message.Timeliness, ct));

    /// <summary>Only a refusal judges a dossier here: a granted one was judged when its result was ready.</summary>
    public Task Consume(ConsumeContext<DossierFinished> context) =>
        context.Message.Outcome == "Refused"
            ? CountAsync(context, async ct => await JudgedAsync(
                context.Message.DossierId, context.Message.Agency, context.Message.ProcedureCode, context.Message.OccurredAt, context.Message.Timeliness, ct))
            : Task.CompletedTask;

    public Task Consume(ConsumeContext<StepCompleted> context) =>
        CountAsync(context, async ct => OnTimeTally.StepCompleted(
            context.Message.Agency ?? await AgencyAsync(context.Message.DossierId, ct), context.Message.Unit, context.Message.Officer, context.Message.OccurredAt, context.Message.Timeliness));

    private async Task CountAsync(ConsumeContext context, Func<CancellationToken, Task<IEnumerable<OnTimeTally.Increment>>> increments)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be counted exactly once.");
        await Inbox.RunOnceAsync(
            db,
            messageId,
            nameof(OnTimeProjectionConsumer),
            time.GetUtcNow(),
            async () => await OnTimeCounts.RaiseAsync(db, await increments(context.CancellationToken), context.CancellationToken),
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
