using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// The dossier service's reads that run at every call, compiled once per model (EF Core binds a compiled query to the
/// model it first ran on, and each provider's context has its own), so no call translates them again.
/// </summary>
internal static class DossierQueries
{
    private static readonly ConcurrentDictionary<IModel, Func<TthcDbContext, Guid, CancellationToken, Task<DossierRecord?>>> Rows = new();

    private static readonly ConcurrentDictionary<IModel, Func<TthcDbContext, Guid, IAsyncEnumerable<DossierEventRecord>>> Histories = new();

    /// <summary>A dossier's row, not tracked; null if there is none.</summary>
    public static Task<DossierRecord?> RowAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        Rows.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery(
            (TthcDbContext c, Guid id, CancellationToken _) => c.Dossiers.AsNoTracking().SingleOrDefault(d => d.Id == id)))(db, dossierId, cancellationToken);

    /// <summary>A dossier's history in order, not tracked.</summary>
    public static IAsyncEnumerable<DossierEventRecord> History(TthcDbContext db, Guid dossierId) =>
        Histories.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery<TthcDbContext, Guid, DossierEventRecord>(
            (c, id) => c.DossierEvents.AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Sequence)))(db, dossierId);
}
