using MassTransit;
using TthcEngine.Infrastructure.Messaging;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>The on-time figures' messages in batches (<see cref="ConsumerBatches"/>), retried on a transient fault.</summary>
public sealed class OnTimeProjectionConsumerDefinition : ConsumerDefinition<OnTimeProjectionConsumer>
{
    /// <summary>The message types counted, each batched apart.</summary>
    private const int MessageTypes = 4;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<OnTimeProjectionConsumer> consumerConfigurator, IRegistrationContext context) =>
        ConsumerBatches.Configure(endpointConfigurator, consumerConfigurator, MessageTypes);
}
