using Microsoft.EntityFrameworkCore;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>The tested server database.</summary>
public sealed class PostgresTthcDbContext(DbContextOptions<PostgresTthcDbContext> options) : TthcDbContext(options);
