using Microsoft.EntityFrameworkCore.Design;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the Sqlite context without a running host; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteTthcDbContext>
{
    public SqliteTthcDbContext CreateDbContext(string[] args) =>
        (SqliteTthcDbContext)DatabaseRegistration.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
