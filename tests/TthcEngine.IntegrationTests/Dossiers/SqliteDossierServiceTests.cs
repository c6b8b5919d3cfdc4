using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>The dossier service on a SQLite file, the embedded default.</summary>
public sealed class SqliteDossierServiceTests : DossierServiceTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-sqlite-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30";

    public override async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override TthcDbContext NewContext() => DatabaseRegistration.Create(DatabaseProvider.Sqlite, ConnectionString);
}
