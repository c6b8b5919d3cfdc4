using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>Registers the engine's database for one provider, each with its own migrations assembly.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddTthcDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SqliteTthcDbContext>(o => Configure(o, provider, connectionString));
                services.AddScoped<TthcDbContext>(sp => sp.GetRequiredService<SqliteTthcDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresTthcDbContext>(o => Configure(o, provider, connectionString));
                services.AddScoped<TthcDbContext>(sp => sp.GetRequiredService<PostgresTthcDbContext>());
                break;
            default:
                services.AddDbContextPool<SqlServerTthcDbContext>(o => Configure(o, provider, connectionString));
                services.AddScoped<TthcDbContext>(sp => sp.GetRequiredService<SqlServerTthcDbContext>());
                break;
        }

        return services;
    }

    /// <summary>
    /// The PostgreSQL connection string the engine uses: Npgsql's automatic preparation of the statements it runs
    /// twice or more (<c>Max Auto Prepare=64;Auto Prepare Min Usages=2</c>), unless the string sets
    /// <c>Max Auto Prepare</c> itself (<c>0</c> turns it off, e.g. behind PgBouncer in transaction mode before 1.21).
    /// The dossier service runs the same few statements all day; prepared, the server parses and plans them once per
    /// connection (docs/benchmarks.md: 1.6 to 1.8 times the transitions on this machine).
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        if (connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    /// <summary>The options of one provider: its connection and the assembly that holds its migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly("TthcEngine.Migrations.Sqlite")),
        DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(connectionString), o => o.MigrationsAssembly("TthcEngine.Migrations.Postgres")),
        _ => options.UseSqlServer(connectionString, o => o.MigrationsAssembly("TthcEngine.Migrations.SqlServer")),
    };

    /// <summary>A context of the provider's own type, for tools and tests that create one by hand.</summary>
    public static TthcDbContext Create(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTthcDbContext((DbContextOptions<SqliteTthcDbContext>)Configure(new DbContextOptionsBuilder<SqliteTthcDbContext>(), provider, connectionString).Options),
        DatabaseProvider.Postgres => new PostgresTthcDbContext((DbContextOptions<PostgresTthcDbContext>)Configure(new DbContextOptionsBuilder<PostgresTthcDbContext>(), provider, connectionString).Options),
        _ => new SqlServerTthcDbContext((DbContextOptions<SqlServerTthcDbContext>)Configure(new DbContextOptionsBuilder<SqlServerTthcDbContext>(), provider, connectionString).Options),
    };
}
