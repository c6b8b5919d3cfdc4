using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.OnTime;

[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresOnTimeProjectionTests(PostgresFixture postgres) : OnTimeProjectionTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> ConnectionStringAsync() => postgres.CreateDatabaseAsync($"ontime_{Guid.NewGuid():N}");
}
