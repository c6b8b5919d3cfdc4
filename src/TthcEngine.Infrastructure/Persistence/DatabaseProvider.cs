namespace TthcEngine.Infrastructure.Persistence;

/// <summary>Which database the engine runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file: the embedded default.</summary>
    Sqlite,

    /// <summary>PostgreSQL: the tested server.</summary>
    Postgres,

    /// <summary>SQL Server, as docker-compose runs it.</summary>
    SqlServer,
}
