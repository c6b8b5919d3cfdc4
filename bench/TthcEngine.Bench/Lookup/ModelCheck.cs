using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Bench.Databases;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Lookup;

/// <summary>
/// Keeps the bulk paths honest while the model grows: they write every column EF Core maps on <c>dossiers</c> and
/// nothing else, and a loaded row reads back through EF Core as it was written.
/// </summary>
internal static class ModelCheck
{
    public static async Task EnsureColumnsAsync(BenchDatabase database)
    {
        await using var db = DatabaseRegistration.Create(database.Provider, database.ConnectionString);
        var entity = db.Model.FindEntityType(typeof(DossierRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var mapped = entity.GetProperties()
            .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
            .Select(p => p.GetColumnName(table))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var missing = mapped.Except(DossierRow.Columns).Order().ToList();
        var unknown = DossierRow.Columns.Except(mapped).Order().ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The bench's dossier rows no longer match the EF model of dossiers: missing {string.Join(", ", missing)}; unknown {string.Join(", ", unknown)}. Update bench/TthcEngine.Bench/Lookup.");
        }
    }

    public static async Task ReadBackAsync(IServiceProvider services, DossierRow row)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var stored = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == row.Id);
        if (stored.Code != row.Code || stored.ReceivedAt != row.ReceivedAt || stored.DueAt != row.DueAt
            || stored.OpenDueAt != row.OpenDueAt || stored.Applicant.Name != row.ApplicantName)
        {
            throw new InvalidOperationException($"Row {row.Id} reads back through EF Core as {stored.Code} {stored.ReceivedAt:O}, not {row.Code} {row.ReceivedAt:O}.");
        }
    }
}
