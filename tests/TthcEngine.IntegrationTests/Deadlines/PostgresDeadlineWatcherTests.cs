using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Deadlines;

[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresDeadlineWatcherTests(PostgresFixture postgres) : DeadlineWatcherTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> ConnectionStringAsync() => postgres.CreateDatabaseAsync($"watcher_{Guid.NewGuid():N}");
}
