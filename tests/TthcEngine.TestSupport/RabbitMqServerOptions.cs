namespace TthcEngine.TestSupport;

/// <summary>How <see cref="RabbitMqServer"/> starts its broker.</summary>
public sealed record RabbitMqServerOptions
{
    /// <summary>Environment variable holding an amqp:// URI to use instead of a private broker.</summary>
    public const string ExternalServerVariable = "TTHC_TEST_RABBITMQ";

    /// <summary>
    /// An amqp:// URI of an existing broker: when set, nothing is started. Defaults to
    /// <see cref="ExternalServerVariable"/>; set null to force a private broker.
    /// </summary>
    public string? ExternalAmqpUri { get; init; } = Environment.GetEnvironmentVariable(ExternalServerVariable);

    /// <summary>
    /// Folder holding the real rabbitmq-server and rabbitmq-diagnostics scripts; null means the newest
    /// /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin (not the /usr/sbin wrapper, which switches user).
    /// </summary>
    public string? SbinDirectory { get; init; }

    /// <summary>Hard limit from launch to accepting AMQP connections, after which startup fails with the broker's log.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
