using MassTransit;

namespace TthcEngine.Infrastructure.National;

/// <summary>
/// Batches of up to <see cref="MessageLimit"/> messages of a type, or what came within <see cref="TimeLimit"/> of the
/// first; a batch that failed on a transient fault (a lost connection, two first messages of one dossier at once) is
/// retried.
/// </summary>
public sealed class PortalSyncConsumerDefinition : ConsumerDefinition<PortalSyncConsumer>
{
    /// <summary>The most messages of one type queued in one transaction.</summary>
    public const int MessageLimit = 100;

    /// <summary>How long a batch waits for more messages after its first: a delay the portal does not notice.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>Batches of one message type queued at once.</summary>
    public const int BatchesAtOnce = 2;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PortalSyncConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 1000, 5000, 15000));
        consumerConfigurator.Options<BatchOptions>(options => options.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(BatchesAtOnce));

        // Room on the endpoint for every message type's batches at once, as the on-time figures' consumer has: with
        // room for one type's only, the types' partial batches would hold all of it and wait for their time limit.
        var room = MessageLimit * BatchesAtOnce * PortalSyncConsumer.MessageTypes.Count;
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, room);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(endpointConfigurator.ConcurrentMessageLimit ?? 0, room);
    }
}
