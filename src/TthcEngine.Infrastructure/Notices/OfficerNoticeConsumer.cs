using MassTransit;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Contracts;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>
/// Stores the officers' notices of the bus's step events, each message once through the inbox, in batches of one type:
/// a step coming due soon or overdue (its holder, or its unit's officers while nobody holds it; overdue also the head
/// of its unit), a focal point's expedite (the same, the head when the step is overdue), a unit asked for its opinion
/// (the officers who may answer), and a green-lane branch's events (the case's focal points). A step that is no longer open when its message is consumed tells nobody.
/// </summary>
public sealed class OfficerNoticeConsumer(TthcDbContext db, TimeProvider time, ProcedureVersions procedures) :
    IConsumer<Batch<StepDueSoon>>, IConsumer<Batch<StepOverdue>>, IConsumer<Batch<StepExpedited>>, IConsumer<Batch<FocalPointNotified>>,
    IConsumer<Batch<ConsultationRequested>>
{
    /// <summary>The consumer's name in the inbox.</summary>
    public const string InboxName = nameof(OfficerNoticeConsumer);

    public const int MessageTypes = 5;

    public Task Consume(ConsumeContext<Batch<StepDueSoon>> context) =>
        StoreAsync(context, m => (m.DossierId, m.StepId, m.Activation), async (told, m) =>
        {
            if (told.Step is { DueAt: { } due } step)
            {
                told.Add(await told.Recipients.OfStepAsync(told.Dossier, step, told.Cancellation), OfficerNoticeKinds.StepDueSoon,
                    OfficerNotices.DueSoon(told.Dossier.Code, told.StepName, due, step.ClaimedBy is not null), m.OccurredAt);
            }
        });

    public Task Consume(ConsumeContext<Batch<StepOverdue>> context) =>
        StoreAsync(context, m => (m.DossierId, m.StepId, m.Activation), async (told, m) =>
        {
            if (told.Step is { DueAt: { } due } step)
            {
                told.Add(await told.Recipients.OfStepAsync(told.Dossier, step, told.Cancellation), OfficerNoticeKinds.StepOverdue,
                    OfficerNotices.Overdue(told.Dossier.Code, told.StepName, due, step.ClaimedBy is not null), m.OccurredAt);
                told.Add(await told.Recipients.HeadsAsync(told.Dossier.Agency, step.Unit, told.Definition, told.Cancellation), OfficerNoticeKinds.UnitStepOverdue,
                    OfficerNotices.UnitOverdue(told.Dossier.Code, told.StepName, told.UnitName, due, step.ClaimedBy), m.OccurredAt);
            }
        });

    public Task Consume(ConsumeContext<Batch<StepExpedited>> context) =>
        StoreAsync(context, m => (m.DossierId, m.StepId, null), async (told, m) =>
        {
            if (told.Step is not { } step)
            {
                return;
            }

            told.Add(await told.Recipients.OfStepAsync(told.Dossier, step, told.Cancellation), OfficerNoticeKinds.StepExpedited,
                OfficerNotices.Expedited(told.Dossier.Code, told.StepName, m.FocalPoint, m.DueAt, m.Message), m.OccurredAt);
            if (m.EscalateToHead)
            {
                told.Add(await told.Recipients.HeadsAsync(told.Dossier.Agency, step.Unit, told.Definition, told.Cancellation), OfficerNoticeKinds.ExpediteEscalated,
                    OfficerNotices.ExpediteEscalated(told.Dossier.Code, told.StepName, told.UnitName, m.FocalPoint, m.DueAt, step.ClaimedBy, m.Message), m.OccurredAt);
            }
        });

    /// <summary>A unit asked for its opinion (lấy ý kiến): the officers who may answer, while the consultation is open.</summary>
    public Task Consume(ConsumeContext<Batch<ConsultationRequested>> context) =>
        StoreAsync(context, m => (m.DossierId, m.ConsultationStepId, null), async (told, m) =>
        {
            if (told.Step is { } step)
            {
                told.Add(await told.Recipients.OfStepAsync(told.Dossier, step, told.Cancellation), OfficerNoticeKinds.ConsultationRequested,
                    OfficerNotices.ConsultationRequested(
                        told.Dossier.Code, ProcedureNames.StepName(told.Definition, m.AskedByStepId, ""), told.UnitName, m.DueAt),
                    m.OccurredAt);
            }
        });

    /// <summary>Told whether or not the step is still open: the focal point follows the case's every branch event.</summary>
    public Task Consume(ConsumeContext<Batch<FocalPointNotified>> context) =>
        StoreAsync(context, m => (m.DossierId, m.StepId, null), async (told, m) =>
            told.Add(await told.Recipients.FocalPointsAsync(told.Dossier.Agency, m.Unit, told.Cancellation), OfficerNoticeKinds.GreenLaneStep,
                OfficerNotices.GreenLaneStep(told.Dossier.Code, told.StepName, told.UnitName, m.What, id => ProcedureNames.StepName(told.Definition, id, "")), m.OccurredAt),
            anyStep: true);

    /// <summary>What a message is about, and where its notices go.</summary>
    private sealed class Told(TthcDbContext db, DossierRecord dossier, ProcedureDefinition definition, string stepId, OpenStepRecord? step,
        OfficerRecipients recipients, DateTimeOffset now, CancellationToken cancellation)
    {
        public DossierRecord Dossier => dossier;

        public ProcedureDefinition Definition => definition;

        /// <summary>The open step the message is about (its activation, when the message names one); null once it closed.</summary>
        public OpenStepRecord? Step => step;

        public string StepName => ProcedureNames.StepName(definition, stepId, Unit);

        public string UnitName => ProcedureNames.UnitName(definition, Unit);

        /// <summary>The step's unit: the open step's (a consultation's is its own), or the definition's once the step closed.</summary>
        private string Unit => step?.Unit ?? ProcedureNames.Steps(definition).GetValueOrDefault(stepId)?.Unit ?? "";

        public OfficerRecipients Recipients => recipients;

        public CancellationToken Cancellation => cancellation;

        private readonly HashSet<string> told = new(StringComparer.Ordinal);

        /// <summary>One notice to each recipient not yet told of this message.</summary>
        public void Add(IEnumerable<string> to, string kind, string text, DateTimeOffset at) =>
            OfficerNotices.Add(db, to.Where(told.Add).ToList(), kind, dossier.Id, dossier.Code, stepId, text, at, now);
    }

    private Task StoreAsync<T>(ConsumeContext<Batch<T>> context, Func<T, (Guid Dossier, string StepId, int? Activation)> about, Func<Told, T, Task> notify, bool anyStep = false)
        where T : class
    {
        var messages = context.Message
            .Select(m => (Id: m.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be stored exactly once."), Message: m.Message))
            .DistinctBy(m => m.Id)
            .ToList();
        var cancellation = context.CancellationToken;
        return Inbox.RunBatchOnceAsync(db, messages, InboxName, time, async fresh =>
        {
            var ids = fresh.Select(m => about(m.Message).Dossier).Distinct().ToList();
            var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellation);
            var open = (await db.OpenSteps.AsNoTracking().Where(s => ids.Contains(s.DossierId)).ToListAsync(cancellation)).ToLookup(s => (s.DossierId, s.StepId));
            var recipients = new OfficerRecipients(db);
            var now = time.GetUtcNow();
            foreach (var (_, message) in fresh)
            {
                var (dossierId, stepId, activation) = about(message);
                if (!dossiers.TryGetValue(dossierId, out var dossier))
                {
                    continue;
                }

                var step = open[(dossierId, stepId)].FirstOrDefault(s => activation is null || s.Activation == activation);
                if (step is null && !anyStep)
                {
                    continue;
                }

                var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellation);
                await notify(new Told(db, dossier, definition, stepId, step, recipients, now, cancellation), message);
            }
        }, cancellation);
    }
}

/// <summary>The officers' notices' events in batches (<see cref="ConsumerBatches"/>), retried on a transient fault.</summary>
public sealed class OfficerNoticeConsumerDefinition : ConsumerDefinition<OfficerNoticeConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<OfficerNoticeConsumer> consumerConfigurator, IRegistrationContext context) =>
        ConsumerBatches.Configure(endpointConfigurator, consumerConfigurator, OfficerNoticeConsumer.MessageTypes);
}
