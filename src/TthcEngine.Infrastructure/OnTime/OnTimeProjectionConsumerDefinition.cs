using MassTransit;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>Retries a count that failed on a transient fault (a lost connection, two consumers creating the same line).</summary>
public sealed class OnTimeProjectionConsumerDefinition : ConsumerDefinition<OnTimeProjectionConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<OnTimeProjectionConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 1000, 5000, 15000));
}
