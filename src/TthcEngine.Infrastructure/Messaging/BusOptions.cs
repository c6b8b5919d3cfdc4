namespace TthcEngine.Infrastructure.Messaging;

/// <summary>Where the bus is: configuration section <c>Bus</c> (<c>Bus__Transport=RabbitMq</c>, <c>Bus__Host</c>, …).</summary>
public sealed record BusOptions
{
    public BusTransport Transport { get; init; } = BusTransport.InMemory;

    public string Host { get; init; } = "127.0.0.1";

    public ushort Port { get; init; } = 5672;

    public string VirtualHost { get; init; } = "/";

    public string Username { get; init; } = "guest";

    public string Password { get; init; } = "guest";

    /// <summary>
    /// How long a dispatcher holds the dossiers it took: if it dies, another dispatcher takes them over after this.
    /// </summary>
    public TimeSpan OutboxLease { get; init; } = TimeSpan.FromSeconds(30);
}
