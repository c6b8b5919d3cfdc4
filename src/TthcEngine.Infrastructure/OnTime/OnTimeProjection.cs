using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>Recounts the on-time figures from the stored histories, with the same rule as the live projection.</summary>
public static class OnTimeProjection
{
    private const int DossiersPerPage = 500;

    /// <summary>The figures as the histories give them, line by line.</summary>
    public static async Task<IReadOnlyList<OnTimeCountRecord>> RecountAsync(TthcDbContext db, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<(string, string, string), OnTimeCountRecord>();
        Guid? after = null;
        while (true)
        {
            var page = await db.Dossiers.AsNoTracking()
                .Where(d => after == null || d.Id.CompareTo(after.Value) > 0)
                .OrderBy(d => d.Id).Take(DossiersPerPage)
                .Select(d => new { d.Id, d.Agency, d.ProcedureCode })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return [.. lines.Values];
            }

            var ids = page.Select(d => d.Id).ToList();
            var events = await db.DossierEvents.AsNoTracking()
                .Where(e => ids.Contains(e.DossierId))
                .OrderBy(e => e.DossierId).ThenBy(e => e.Sequence)
                .ToListAsync(cancellationToken);
            var dossiers = page.ToDictionary(d => d.Id);
            foreach (var stored in events)
            {
                var dossier = dossiers[stored.DossierId];
                var increments = WorkflowEventJson.Read(stored.Type, stored.Payload) switch
                {
                    WorkflowStarted s => OnTimeTally.Received(dossier.Agency, dossier.ProcedureCode, s.At),
                    FlowCompleted f => OnTimeTally.Judged(dossier.Agency, dossier.ProcedureCode, f.At, f.Timeliness.ToString()),
                    WorkflowFinished f when OnTimeTally.JudgedWhenFinished(f.Outcome.ToString()) => OnTimeTally.Judged(dossier.Agency, dossier.ProcedureCode, f.At, f.Timeliness.ToString()),
                    StepCompleted c => OnTimeTally.StepCompleted(dossier.Agency, c.Unit, c.Officer, c.At, c.Timeliness.ToString()),
                    _ => [],
                };
                foreach (var increment in increments)
                {
                    var key = (increment.Scope, increment.Key, increment.Month);
                    if (!lines.TryGetValue(key, out var line))
                    {
                        lines[key] = line = new OnTimeCountRecord { Scope = increment.Scope, Key = increment.Key, Month = increment.Month };
                    }

                    OnTimeCounts.Add(line, increment.Column);
                }
            }

            after = page[^1].Id;
        }
    }

    /// <summary>Replaces the live figures by the recount, in one transaction.</summary>
    public static async Task RebuildAsync(TthcDbContext db, CancellationToken cancellationToken)
    {
        var recount = await RecountAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OnTimeCounts.ExecuteDeleteAsync(cancellationToken);
        db.OnTimeCounts.AddRange(recount);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
