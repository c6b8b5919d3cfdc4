using Microsoft.EntityFrameworkCore;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>SQL Server, as docker-compose runs it; it cannot run on the test machines, so its model is checked without a server.</summary>
public sealed class SqlServerTthcDbContext(DbContextOptions<SqlServerTthcDbContext> options) : TthcDbContext(options);
