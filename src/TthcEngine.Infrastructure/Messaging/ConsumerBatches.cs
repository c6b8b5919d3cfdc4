using MassTransit;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>
/// How the engine's batch consumers take their messages: batches of up to <see cref="MessageLimit"/> messages of a type,
/// or what came within <see cref="TimeLimit"/> of the first, <see cref="BatchesAtOnce"/> of a type at a time; a batch
/// that failed on a transient fault (a lost connection, two consumers creating the same row) is retried.
/// </summary>
public static class ConsumerBatches
{
    /// <summary>The most messages of one type stored in one transaction.</summary>
    public const int MessageLimit = 100;

    /// <summary>How long a batch waits for more messages after its first: the delay what they feed may have.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>Batches of one message type consumed at once.</summary>
    public const int BatchesAtOnce = 2;

    /// <param name="messageTypes">The message types the consumer takes, each batched apart.</param>
    public static void Configure<TConsumer>(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, int messageTypes)
        where TConsumer : class, IConsumer
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 1000, 5000, 15000));
        consumerConfigurator.Options<BatchOptions>(options => options.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(BatchesAtOnce));

        // The batch options make room on the endpoint for one consumer's batches (limit × batches at once), but each
        // message type fills batches of its own: with room for only that, the types' partial batches would hold all of
        // it, and every batch would wait for its time limit.
        var room = MessageLimit * BatchesAtOnce * messageTypes;
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, room);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(endpointConfigurator.ConcurrentMessageLimit ?? 0, room);
    }
}
