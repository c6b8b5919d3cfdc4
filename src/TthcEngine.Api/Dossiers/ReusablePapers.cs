using Microsoft.EntityFrameworkCore;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// The papers an applicant (by ID number or tax code) had accepted on earlier dossiers, of the documents a procedure
/// lets them reuse: what the desk page and the population lookup offer, and what the receipt's check accepts as
/// <c>reusedFrom</c>.
/// </summary>
internal static class ReusablePapers
{
    /// <param name="fromDossier">Only the papers of this earlier dossier (the one an online applicant proved theirs by its code and PIN).</param>
    public static async Task<IReadOnlyList<ReusablePaperView>> ListAsync(
        TthcDbContext db, ProcedureDefinition procedure, string idNumber, CancellationToken cancellationToken, Guid? fromDossier = null)
    {
        var reusable = procedure.Documents.Where(d => d.Reusable).Select(d => d.Id).ToList();
        var papers = await db.Attachments.AsNoTracking()
            .Where(a => reusable.Contains(a.DocumentId) && (fromDossier == null || a.DossierId == fromDossier))
            .Join(db.Dossiers.AsNoTracking().Where(d => d.Applicant.IdNumber == idNumber), a => a.DossierId, d => d.Id,
                (a, d) => new { a.Id, a.DocumentId, a.FileName, d.Code, a.AttachedAt })
            .OrderByDescending(x => x.AttachedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        return [.. papers.Select(x => new ReusablePaperView(x.Id, x.DocumentId, x.FileName, x.Code, x.AttachedAt))];
    }
}
