namespace TthcEngine.Infrastructure.Messaging;

/// <summary>Which message bus carries the integration events.</summary>
public enum BusTransport
{
    /// <summary>MassTransit in memory, inside one process: the embedded default.</summary>
    InMemory,

    /// <summary>RabbitMQ: several API and worker processes share it.</summary>
    RabbitMq,
}
