namespace TthcEngine.TestSupport;

/// <summary>How <see cref="PostgresServer"/> starts its server.</summary>
public sealed record PostgresServerOptions
{
    /// <summary>Environment variable holding a connection string to use instead of a private server.</summary>
    public const string ExternalServerVariable = "TTHC_TEST_POSTGRES";

    /// <summary>
    /// A connection string to an existing server: when set, nothing is started. Defaults to
    /// <see cref="ExternalServerVariable"/>; set null to force a private server.
    /// </summary>
    public string? ExternalConnectionString { get; init; } = Environment.GetEnvironmentVariable(ExternalServerVariable);

    /// <summary>Folder holding initdb and pg_ctl; null means the newest /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Hard limit for initdb plus start, after which startup fails with the server's log.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
