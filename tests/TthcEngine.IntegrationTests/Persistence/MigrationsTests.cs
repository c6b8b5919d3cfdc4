using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Persistence;

/// <summary>
/// Each provider's migrations match the model. SQL Server cannot run on these machines, so its model is built with
/// the SQL Server provider and compared with its migrations without a server.
/// </summary>
public class MigrationsTests
{
    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=:memory:" },
        { DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused;Username=postgres" },
        { DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=true" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_MatchTheModel_NoPendingChanges(DatabaseProvider provider, string connectionString)
    {
        using var db = DatabaseRegistration.Create(provider, connectionString);

        db.Database.GetMigrations().Should().NotBeEmpty();
        db.Database.HasPendingModelChanges().Should().BeFalse($"run dotnet ef migrations add for {provider}");
    }

    [Fact]
    public void SqlServer_ModelBuildsAndScripts_WithItsOwnTypes()
    {
        using var db = DatabaseRegistration.Create(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=true");

        var script = db.Database.GenerateCreateScript();

        script.Should().Contain("CREATE TABLE [dossiers]").And.Contain("datetimeoffset").And.Contain("CREATE UNIQUE INDEX [IX_dossiers_Code]");
    }
}
