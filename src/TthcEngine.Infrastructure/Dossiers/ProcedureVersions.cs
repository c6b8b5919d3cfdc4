using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// Pins each dossier to the definition version it started with: the first dossier of a version stores its definition;
/// every later replay reads it from there, whatever the file in workflows/procedures/ says by then.
/// </summary>
public sealed class ProcedureVersions(ProcedureCatalog catalog)
{
    private readonly ConcurrentDictionary<(string Code, int Version), ProcedureDefinition> cache = new();

    /// <summary>The current definition of a procedure, its version stored (once) so running dossiers keep it.</summary>
    public async Task<ProcedureDefinition> CurrentAsync(TthcDbContext db, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = catalog.FindEntry(code) ?? throw new DomainRuleException("procedure.not-found", $"There is no procedure with code {code}.");
        var key = (entry.Definition.Code, entry.Definition.Version);
        if (cache.ContainsKey(key))
        {
            return entry.Definition;
        }

        var stored = await db.ProcedureVersions.AsNoTracking().SingleOrDefaultAsync(p => p.Code == key.Code && p.Version == key.Version, cancellationToken);
        if (stored is null)
        {
            db.ProcedureVersions.Add(new ProcedureVersionRecord { Code = key.Code, Version = key.Version, Definition = entry.Json, StoredAt = now });
        }
        else if (stored.Definition != entry.Json)
        {
            throw new DomainRuleException(
                "procedure.version-changed",
                $"Procedure {key.Code} version {key.Version} differs from the definition its dossiers started with; give the changed file a new \"version\".");
        }
        else
        {
            cache[key] = entry.Definition;
        }

        return entry.Definition;
    }

    /// <summary>
    /// The definition of <paramref name="version"/> when a dossier stored it or it is the current one, else the current
    /// one, or null for a code no longer served: for what only names the procedure, such as an online application
    /// refused before any dossier pinned its version.
    /// </summary>
    public async Task<ProcedureDefinition?> NamingAsync(TthcDbContext db, string code, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((code, version), out var known))
        {
            return known;
        }

        if (await db.ProcedureVersions.AsNoTracking().AnyAsync(p => p.Code == code && p.Version == version, cancellationToken))
        {
            return await PinnedAsync(db, code, version, cancellationToken);
        }

        return catalog.FindEntry(code)?.Definition;
    }

    /// <summary>The definition a dossier started with.</summary>
    public async Task<ProcedureDefinition> PinnedAsync(TthcDbContext db, string code, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((code, version), out var known))
        {
            return known;
        }

        var stored = await db.ProcedureVersions.AsNoTracking().SingleAsync(p => p.Code == code && p.Version == version, cancellationToken);
        var (definition, errors) = ProcedureDocument.Parse(stored.Definition, $"{code} v{version} (stored)");
        return cache[(code, version)] = definition ?? throw new DomainRuleException("procedure.invalid", string.Join(Environment.NewLine, errors));
    }
}
