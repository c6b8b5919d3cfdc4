using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>Registers the bus (in memory or RabbitMQ, MassTransit 8) and the outbox dispatcher that feeds it.</summary>
public static class MessagingRegistration
{
    public static IServiceCollection AddTthcMessaging(
        this IServiceCollection services, BusOptions options, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            consumers?.Invoke(bus);
            if (options.Transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                    });
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
