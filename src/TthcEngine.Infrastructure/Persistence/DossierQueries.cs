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

    private static readonly ConcurrentDictionary<IModel, Func<TthcDbContext, Guid, int, IAsyncEnumerable<DossierEventRecord>>> Histories = new();

    /// <summary>A dossier's row, not tracked; null if there is none.</summary>
    public static Task<DossierRecord?> RowAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        Rows.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery(
            (TthcDbContext c, Guid id, CancellationToken _) => c.Dossiers.AsNoTracking().SingleOrDefault(d => d.Id == id)))(db, dossierId, cancellationToken);

    /// <summary>
    /// A dossier's history in order, not tracked: its first <paramref name="count"/> events (the row's event count when it
    /// was read), not those another change stored since.
    /// </summary>
    public static IAsyncEnumerable<DossierEventRecord> History(TthcDbContext db, Guid dossierId, int count) =>
        Histories.GetOrAdd(db.Model, static _ => EF.CompileAsyncQuery<TthcDbContext, Guid, int, DossierEventRecord>(
            (c, id, count) => c.DossierEvents.AsNoTracking().Where(e => e.DossierId == id && e.Sequence < count).OrderBy(e => e.Sequence)))(db, dossierId, count);
}
