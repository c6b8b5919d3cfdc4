using MassTransit;
using TthcEngine.Infrastructure.OnTime;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>The engine's own consumers, the same in the API process and in worker processes.</summary>
public static class ConsumerRegistration
{
    public static IBusRegistrationConfigurator AddTthcConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OnTimeProjectionConsumer, OnTimeProjectionConsumerDefinition>();
        return bus;
    }
}
