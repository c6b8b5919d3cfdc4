using Xunit;

namespace TthcEngine.TestSupport;

/// <summary>
/// xunit collection fixture: one private PostgreSQL for every test class in the collection.
/// The test assembly declares <c>[CollectionDefinition(PostgresFixture.CollectionName)]</c>
/// on a class implementing <c>ICollectionFixture&lt;PostgresFixture&gt;</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string CollectionName = "Private PostgreSQL";

    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("PostgresFixture is not initialized yet.");

    /// <summary>Connection string to the maintenance database; prefer a fresh database per test class.</summary>
    public string ConnectionString => Server.ConnectionString;

    public Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync(name, cancellationToken);

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
