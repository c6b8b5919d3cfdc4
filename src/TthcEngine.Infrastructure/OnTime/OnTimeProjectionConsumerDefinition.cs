using MassTransit;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>
/// Batches of up to <see cref="MessageLimit"/> messages of a type, or what came within <see cref="TimeLimit"/> of the
/// first; a batch that failed on a transient fault (a lost connection, two consumers creating the same line) is retried.
/// </summary>
public sealed class OnTimeProjectionConsumerDefinition : ConsumerDefinition<OnTimeProjectionConsumer>
{
    /// <summary>The most messages of one type counted in one transaction.</summary>
    public const int MessageLimit = 100;

    /// <summary>How long a batch waits for more messages after its first: the delay the live figures may have.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>Batches of one message type counted at once.</summary>
    public const int BatchesAtOnce = 2;

    /// <summary>The message types counted, each batched apart.</summary>
    private const int MessageTypes = 4;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<OnTimeProjectionConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 1000, 5000, 15000));
        consumerConfigurator.Options<BatchOptions>(options => options.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(BatchesAtOnce));

        // The batch options make room on the endpoint for one consumer's batches (limit × batches at once), but each
        // message type fills batches of its own: with room for only that, the types' partial batches would hold all of
        // it, and every batch would wait for its time limit.
        var room = MessageLimit * BatchesAtOnce * MessageTypes;
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, room);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(endpointConfigurator.ConcurrentMessageLimit ?? 0, room);
    }
}
