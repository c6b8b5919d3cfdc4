using MassTransit;

namespace TthcEngine.Infrastructure.National;

/// <summary>Retries a queueing that failed on a transient fault (a lost connection, two first messages of one dossier at once).</summary>
public sealed class PortalSyncConsumerDefinition : ConsumerDefinition<PortalSyncConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PortalSyncConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 1000, 5000, 15000));
}
