using Microsoft.EntityFrameworkCore;
using Npgsql;
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

    /// <summary>
    /// Closes this database's idle pooled connections: tests with a dozen desks at once would otherwise leave as many
    /// open for minutes, and the shared server's 100 connections run out for the tests after them.
    /// </summary>
    public override Task DisposeAsync()
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
        return Task.CompletedTask;
    }

    protected override TthcDbContext NewContext() => DatabaseRegistration.Create(DatabaseProvider.Postgres, connectionString);
}
