using MassTransit;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Contracts;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;
using StepActivated = TthcEngine.Contracts.StepActivated;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>
/// Queues the applicant's notices of what happened to the dossier: received, waiting for a supplement or a fee, going on
/// after the wait with its new due date, result ready, stopped or withdrawn. Each message once, through the inbox, in batches of one type (as the portal's queue);
/// the texts are made from the dossier's row and notes as they stand, which hold at least what the event says.
/// </summary>
/// <remarks>
/// The result is ready for the applicant when it reaches the one-stop desk: when the flow's last step is the desk's
/// (trả kết quả), at that step's activation, since the flow completes only at the hand-over; otherwise when the flow
/// completes.
/// </remarks>
public sealed class ApplicantNoticeConsumer(TthcDbContext db, TimeProvider time, ApplicantNotices notices, ProcedureVersions procedures) :
    IConsumer<Batch<DossierReceived>>, IConsumer<Batch<DossierPaused>>, IConsumer<Batch<StepActivated>>, IConsumer<Batch<DossierResultReady>>,
    IConsumer<Batch<DossierFinished>>, IConsumer<Batch<DossierResumed>>
{
    /// <summary>The consumer's name in the inbox.</summary>
    public const string InboxName = nameof(ApplicantNoticeConsumer);

    public const int MessageTypes = 6;

    public Task Consume(ConsumeContext<Batch<DossierReceived>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), async (dossier, m, token) =>
        {
            var procedure = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, token);
            return (NoticeKinds.Received, NoticeTexts.Received(
                dossier.Code, procedure.Name, notices.DeskName(dossier.ReceivingUnit), m.OccurredAt, m.DueAt, notices.Options.LookupUrl));
        });

    public Task Consume(ConsumeContext<Batch<DossierPaused>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), async (dossier, m, token) =>
        {
            var desk = notices.DeskName(dossier.ReceivingUnit);
            if (m.Reason != nameof(PauseReason.AwaitingSupplement))
            {
                return (NoticeKinds.FeeRequested, NoticeTexts.FeeRequested(dossier.Code, desk, notices.Options.LookupUrl));
            }

            // The desk's request is stored with the pause, at its instant (to the microsecond a server keeps); a planned
            // wait of the flow has none.
            var (from, to) = (m.OccurredAt.AddMilliseconds(-1), m.OccurredAt.AddMilliseconds(1));
            var request = await db.Notes.AsNoTracking()
                .Where(n => n.DossierId == dossier.Id && n.Kind == NoteKinds.SupplementRequested && n.At > from && n.At < to)
                .Select(n => n.Payload)
                .FirstOrDefaultAsync(token);
            return (NoticeKinds.SupplementRequested, NoticeTexts.SupplementRequested(
                dossier.Code, desk, request is null ? null : SupplementNotes.Describe(request).Text, notices.Options.LookupUrl));
        });

    /// <summary>The wait is over (the supplement accepted, the fee paid): the dossier goes on, due at its new instant.</summary>
    public Task Consume(ConsumeContext<Batch<DossierResumed>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), (dossier, m, _) => Task.FromResult<(string, NoticeText)?>(
            (NoticeKinds.Resumed, NoticeTexts.Resumed(dossier.Code, notices.DeskName(dossier.ReceivingUnit), m.OccurredAt, m.DueAt, notices.Options.LookupUrl))));

    public Task Consume(ConsumeContext<Batch<StepActivated>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), async (dossier, m, token) =>
            m.Role == nameof(Role.Desk) && await ReturnStepAsync(dossier, token) == m.StepId ? ResultReady(dossier) : null);

    public Task Consume(ConsumeContext<Batch<DossierResultReady>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), async (dossier, _, token) => await ReturnStepAsync(dossier, token) is null ? ResultReady(dossier) : null);

    private (string, NoticeText) ResultReady(DossierRecord dossier) =>
        (NoticeKinds.ResultReady, NoticeTexts.ResultReady(dossier.Code, notices.DeskName(dossier.ReceivingUnit), notices.Options.LookupUrl));

    /// <summary>The desk's step that ends the dossier's flow (trả kết quả), or null when its flow ends with another.</summary>
    private async Task<string?> ReturnStepAsync(DossierRecord dossier, CancellationToken cancellationToken)
    {
        var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken);
        var lane = Enum.TryParse<Lane>(dossier.Lane, out var parsed) ? parsed : Lane.Standard;
        return definition.FlowOf(lane) is [.., StepDefinition { Role: Role.Desk } last] ? last.Id : null;
    }

    public Task Consume(ConsumeContext<Batch<DossierFinished>> context) =>
        QueueAsync(context, m => (m.DossierId, m.OccurredAt), (dossier, m, _) => Task.FromResult<(string, NoticeText)?>(m.Outcome switch
        {
            nameof(Outcome.Refused) => (NoticeKinds.Refused, NoticeTexts.Refused(dossier.Code, notices.AgencyName(dossier.Agency), m.Reason)),
            nameof(Outcome.Withdrawn) => (NoticeKinds.Withdrawn, NoticeTexts.Withdrawn(dossier.Code, notices.DeskName(dossier.ReceivingUnit))),

            // A granted dossier ends when its result is handed over: the applicant is there, or has it by post.
            _ => null,
        }));

    private Task QueueAsync<T>(ConsumeContext<Batch<T>> context, Func<T, (Guid Dossier, DateTimeOffset At)> about, Func<DossierRecord, T, CancellationToken, Task<(string Kind, NoticeText Text)?>> notice)
        where T : class
    {
        var messages = context.Message
            .Select(m => (Id: m.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be queued exactly once."), Message: m.Message))
            .DistinctBy(m => m.Id)
            .ToList();
        return Inbox.RunBatchOnceAsync(db, messages, InboxName, time, async fresh =>
        {
            var ids = fresh.Select(m => about(m.Message).Dossier).Distinct().ToList();
            var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, context.CancellationToken);
            var now = time.GetUtcNow();
            foreach (var (_, message) in fresh)
            {
                if (dossiers.TryGetValue(about(message).Dossier, out var dossier)
                    && (dossier.Applicant.Phone is not null || dossier.Applicant.Email is not null)
                    && await notice(dossier, message, context.CancellationToken) is { } told)
                {
                    notices.Queue(db, NoticeRecipient.Of(dossier), told.Kind, told.Text, about(message).At, now);
                }
            }
        }, context.CancellationToken);
    }
}

/// <summary>The notices' events in batches (<see cref="ConsumerBatches"/>), retried on a transient fault.</summary>
public sealed class ApplicantNoticeConsumerDefinition : ConsumerDefinition<ApplicantNoticeConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ApplicantNoticeConsumer> consumerConfigurator, IRegistrationContext context) =>
        ConsumerBatches.Configure(endpointConfigurator, consumerConfigurator, ApplicantNoticeConsumer.MessageTypes);
}
