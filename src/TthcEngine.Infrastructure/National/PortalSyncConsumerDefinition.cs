using MassTransit;
using TthcEngine.Infrastructure.Messaging;

namespace TthcEngine.Infrastructure.National;

/// <summary>The portal's events in batches (<see cref="ConsumerBatches"/>), retried on a transient fault (a lost connection, two first messages of one dossier at once).</summary>
public sealed class PortalSyncConsumerDefinition : ConsumerDefinition<PortalSyncConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PortalSyncConsumer> consumerConfigurator, IRegistrationContext context) =>
        ConsumerBatches.Configure(endpointConfigurator, consumerConfigurator, PortalSyncConsumer.MessageTypes.Count);
}
