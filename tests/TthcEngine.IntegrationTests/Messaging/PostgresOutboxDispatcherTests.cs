using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The outbox on PostgreSQL (its leases, batches and cleanup statements as Npgsql translates them), on the in-memory bus.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresOutboxDispatcherTests(PostgresFixture postgres) : OutboxDispatcherTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> ConnectionStringAsync() => postgres.CreateDatabaseAsync($"outbox_{Guid.NewGuid():N}");

    protected override Task<BusOptions> BusAsync() => Task.FromResult(new BusOptions { Transport = BusTransport.InMemory });
}
