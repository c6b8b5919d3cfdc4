using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>The dossier service on the private PostgreSQL server, each test on a fresh database.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresDossierServiceTests(PostgresFixture postgres) : DossierServiceTests
{
    private string connectionString = string.Empty;

    public override async Task InitializeAsync()
    {
        connectionString = await postgres.CreateDatabaseAsync($"dossiers_{Guid.NewGuid():N}");
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public override Task DisposeAsync() => Task.CompletedTask;

    protected override TthcDbContext NewContext() => DatabaseRegistration.Create(DatabaseProvider.Postgres, connectionString);
}
