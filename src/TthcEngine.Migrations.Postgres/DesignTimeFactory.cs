using Microsoft.EntityFrameworkCore.Design;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the Postgres context without a running host; the connection is never opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresTthcDbContext>
{
    public PostgresTthcDbContext CreateDbContext(string[] args) =>
        (PostgresTthcDbContext)DatabaseRegistration.Create(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=design_time;Username=postgres");
}
