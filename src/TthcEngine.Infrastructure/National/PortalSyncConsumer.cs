using MassTransit;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.National;

/// <summary>
/// Queues the events the national public service portal is told about (portal_sync_items), each message once through
/// the inbox, under the sequence of the dossier event it came from: the portal sync (TthcEngine.National) sends them
/// in that order, whatever order the bus delivered them in.
/// </summary>
public sealed class PortalSyncConsumer(TthcDbContext db, TimeProvider time) :
    IConsumer<DossierReceived>, IConsumer<StepActivated>, IConsumer<StepCompleted>, IConsumer<DossierPaused>,
    IConsumer<DossierResumed>, IConsumer<DossierResultReady>, IConsumer<DossierFinished>
{
    private const int DetailLength = 2000;

    /// <summary>The consumer's name in the inbox.</summary>
    public const string InboxName = nameof(PortalSyncConsumer);

    /// <summary>The full names of the contracts queued: the outbox rows the sync waits for before sending later ones.</summary>
    public static readonly IReadOnlyList<string> MessageTypes =
    [
        typeof(DossierReceived).FullName!, typeof(StepActivated).FullName!, typeof(StepCompleted).FullName!, typeof(DossierPaused).FullName!,
        typeof(DossierResumed).FullName!, typeof(DossierResultReady).FullName!, typeof(DossierFinished).FullName!,
    ];

    public Task Consume(ConsumeContext<DossierReceived> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            DossierDueAt = context.Message.DueAt,
        });

    public Task Consume(ConsumeContext<StepActivated> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            StepId = context.Message.StepId, Activation = context.Message.Activation, Unit = context.Message.Unit, Role = context.Message.Role,
            StepDueAt = context.Message.DueAt,
        });

    public Task Consume(ConsumeContext<StepCompleted> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            StepId = context.Message.StepId, Activation = context.Message.Activation, Unit = context.Message.Unit, Officer = context.Message.Officer,
            StepDueAt = context.Message.DueAt, Detail = context.Message.Opinion,
        });

    public Task Consume(ConsumeContext<DossierPaused> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            Detail = context.Message.Reason,
        });

    public Task Consume(ConsumeContext<DossierResumed> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            DossierDueAt = context.Message.DueAt,
        });

    public Task Consume(ConsumeContext<DossierResultReady> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            DossierDueAt = context.Message.DueAt,
        });

    public Task Consume(ConsumeContext<DossierFinished> context) =>
        QueueAsync(context, context.Message.DossierId, context.Message.DossierCode, new Item(context.Message.OccurredAt, context.Message.NationalStatus)
        {
            DossierDueAt = context.Message.DueAt, Outcome = context.Message.Outcome, Officer = context.Message.Officer, Detail = context.Message.Reason,
        });

    private async Task QueueAsync<T>(ConsumeContext<T> context, Guid dossierId, string dossierCode, Item item)
        where T : class
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be queued exactly once.");
        var cancellationToken = context.CancellationToken;
        var now = time.GetUtcNow();
        await Inbox.RunOnceAsync(db, messageId, InboxName, now, async () =>
        {
            // The outbox row holds the dossier event's sequence: the order the portal must see, not the bus's order.
            var sequence = await db.Outbox.AsNoTracking().Where(m => m.Id == messageId).Select(m => (int?)m.Sequence).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Message {messageId} has no outbox row: its place in the dossier's order is unknown.");
            db.Set<NationalPortalSyncItemRecord>().Add(new NationalPortalSyncItemRecord
            {
                DossierId = dossierId, Sequence = sequence, Message = typeof(T).Name, OccurredAt = item.OccurredAt, NationalStatus = item.NationalStatus,
                DossierDueAt = item.DossierDueAt, StepId = item.StepId, Activation = item.Activation, Unit = item.Unit, Role = item.Role,
                Officer = item.Officer, StepDueAt = item.StepDueAt, Outcome = item.Outcome, Detail = item.Detail is { Length: > DetailLength } text ? text[..DetailLength] : item.Detail, QueuedAt = now,
            });
            if (!await db.Set<NationalPortalSyncDossierRecord>().AnyAsync(d => d.DossierId == dossierId, cancellationToken))
            {
                // Two first messages of one dossier racing here: one insert fails, and the consumer's retry finds the row.
                db.Set<NationalPortalSyncDossierRecord>().Add(new NationalPortalSyncDossierRecord { DossierId = dossierId, DossierCode = dossierCode, NextAttemptAt = now });
            }
        }, cancellationToken);
    }

    private sealed record Item(DateTimeOffset OccurredAt, int NationalStatus)
    {
        public DateTimeOffset? DossierDueAt { get; init; }

        public string? StepId { get; init; }

        public int? Activation { get; init; }

        public string? Unit { get; init; }

        public string? Role { get; init; }

        public string? Officer { get; init; }

        public DateTimeOffset? StepDueAt { get; init; }

        public string? Outcome { get; init; }

        public string? Detail { get; init; }
    }
}
