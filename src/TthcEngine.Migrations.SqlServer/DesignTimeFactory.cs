using Microsoft.EntityFrameworkCore.Design;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the SqlServer context without a running host; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqlServerTthcDbContext>
{
    public SqlServerTthcDbContext CreateDbContext(string[] args) =>
        (SqlServerTthcDbContext)DatabaseRegistration.Create(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true");
}
