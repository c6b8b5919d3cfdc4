using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>Registers the bus (in memory or RabbitMQ, MassTransit 8) and the outbox dispatcher that feeds it.</summary>
public static class MessagingRegistration
{
    /// <param name="dispatch">Whether this process publishes the outbox (a process that only writes it leaves that to the workers).</param>
    public static IServiceCollection AddTthcMessaging(
        this IServiceCollection services, BusOptions options, Action<IBusRegistrationConfigurator>? consumers = null, bool dispatch = true)
    {
        services.AddSingleton(options);
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
        if (dispatch)
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        return services;
    }
}
