using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Portal.Sync;

/// <summary>Reads a dossier's unchanging facts for the portal: its row, the procedure version it is pinned to, its agencies.</summary>
public sealed class PortalDossierFactsReader(ProcedureVersions procedures, AgencyCatalog agencies)
{
    public async Task<PortalDossierFacts> ReadAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId, cancellationToken);
        var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken);
        var desk = agencies.All.FirstOrDefault(a => a.ReceivingUnitCode == dossier.ReceivingUnit)?.DeskName ?? dossier.ReceivingUnit;
        var steps = FlowSteps.Of(definition)
            .DistinctBy(s => s.Id)
            .ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        return new PortalDossierFacts(
            dossier.Code,
            dossier.ProcedureCode,
            definition.Name,
            definition.Field,
            dossier.Channel,
            dossier.Applicant.Name,
            dossier.Applicant.IdNumber,
            dossier.Applicant.Phone,
            dossier.Applicant.Email,
            dossier.ReceivedAt,
            desk,
            agencies.Find(dossier.Agency)?.Name ?? dossier.Agency,
            definition.Units.ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal),
            steps,
            definition.Fee?.Amount ?? 0);
    }
}
