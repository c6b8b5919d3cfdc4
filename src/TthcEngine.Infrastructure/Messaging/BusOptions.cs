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

    /// <summary>
    /// How long a published message stays in the outbox before the dispatcher deletes it (30 days): the table holds what
    /// is pending and what went out lately, not every message ever sent. A consumer that reads a message's outbox row
    /// (the portal sync reads its sequence) must get it within that time. Zero keeps them all.
    /// </summary>
    public TimeSpan OutboxRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often the dispatcher looks for published messages past <see cref="OutboxRetention"/> (hourly; zero or less means hourly).</summary>
    public TimeSpan OutboxCleanupInterval { get; init; } = TimeSpan.FromHours(1);
}
