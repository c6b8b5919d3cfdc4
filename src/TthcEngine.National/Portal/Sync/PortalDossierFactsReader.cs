using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Files;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Portal.Sync;

/// <summary>
/// Reads a dossier's facts for the portal: its row, the procedure version it is pinned to, its agencies, its papers and
/// result (with signed links to their files when <paramref name="links"/> is configured), its supplement requests.
/// </summary>
public sealed class PortalDossierFactsReader(ProcedureVersions procedures, AgencyCatalog agencies, FileLinks? links = null)
{
    /// <param name="dossierId">A dossier's id, or an online application's refused at receipt (queued under its own id).</param>
    public async Task<PortalDossierFacts> ReadAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return await RefusedApplicationAsync(db, dossierId, cancellationToken);
        }

        var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken);
        var desk = agencies.ByReceivingUnit(dossier.ReceivingUnit)?.DeskName ?? dossier.ReceivingUnit;
        var steps = FlowSteps.Of(definition)
            .DistinctBy(s => s.Id)
            .ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var (papers, verified) = await PapersAsync(db, dossierId, definition, links, cancellationToken);
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
            definition.Fee?.Amount ?? 0,
            papers,
            verified,
            await SupplementsAsync(db, dossierId, cancellationToken),
            await ResultAsync(db, dossierId, links, cancellationToken),
            await SubmittedAsync(db, dossier, cancellationToken));
    }

    /// <summary>When a dossier received from an online application was submitted; null for one submitted at the desk.</summary>
    private static async Task<DateTimeOffset?> SubmittedAsync(TthcDbContext db, DossierRecord dossier, CancellationToken cancellationToken) =>
        dossier.Channel != "online"
            ? null
            : (await db.OnlineApplications.AsNoTracking().Where(a => a.DossierId == dossier.Id).Select(a => new { a.SubmittedAt }).SingleOrDefaultAsync(cancellationToken))?.SubmittedAt;

    /// <summary>
    /// An online application refused at receipt: the applicant, the procedure, the agency and the papers it came with
    /// (no signed links: an application's uploads are no dossier's papers), its submission and refusal with the reason.
    /// </summary>
    private async Task<PortalDossierFacts> RefusedApplicationAsync(TthcDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.OnlineApplications.AsNoTracking().SingleAsync(a => a.Id == applicationId, cancellationToken);
        var definition = await procedures.NamingAsync(db, application.ProcedureCode, application.ProcedureVersion, cancellationToken);
        var agency = agencies.Find(application.Agency);
        var papers = OnlineApplicationPaper.Read(application.Papers).Select(p => new PortalPaper(
            (p.UploadId ?? p.ReusedFrom)?.ToString() ?? "", p.DocumentId, p.FileName, Digitised: true, Reused: p.ReusedFrom is not null, FromNationalStore: false));
        return new PortalDossierFacts(
            application.RefusedCode ?? throw new InvalidOperationException($"Online application {application.Reference} is queued for the portal without its refusal's code."),
            application.ProcedureCode,
            definition?.Name ?? application.ProcedureCode,
            definition?.Field ?? "",
            "online",
            application.Applicant.Name,
            application.Applicant.IdNumber,
            application.Applicant.Phone,
            application.Applicant.Email,
            application.DecidedAt ?? application.SubmittedAt,
            agency?.DeskName ?? application.Agency,
            agency?.Name ?? application.Agency,
            new Dictionary<string, string>(),
            new Dictionary<string, string>(),
            definition?.Fee?.Amount ?? 0,
            [.. papers],
            SubmittedAt: application.SubmittedAt,
            RefusalReason: application.RefusalReason);
    }

    /// <summary>The file the hand-over named, if any.</summary>
    private static async Task<PortalResultFile?> ResultAsync(TthcDbContext db, Guid dossierId, FileLinks? links, CancellationToken cancellationToken)
    {
        if (await HandOverNotes.ResultFileIdAsync(db, dossierId, cancellationToken) is not { } fileId)
        {
            return null;
        }

        var name = await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => f.FileName).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : new PortalResultFile(fileId, name, links?.Create(FileLinks.Result, fileId));
    }

    /// <summary>
    /// The desk's supplement requests (their notes: <c>{items: [{name, kind, quantity}], reason, officer}</c>), each
    /// as one text: the reason, then the papers asked for.
    /// </summary>
    private static async Task<IReadOnlyList<PortalSupplementRequest>> SupplementsAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == dossierId && n.Kind == NoteKinds.SupplementRequested)
            .OrderBy(n => n.At)
            .Select(n => new { n.Id, n.At, n.Payload })
            .ToListAsync(cancellationToken);
        return [.. notes.Select(n =>
        {
            var (officer, text) = SupplementNotes.Describe(n.Payload);
            return new PortalSupplementRequest(n.Id, n.At, officer, text);
        })];
    }

    /// <summary>
    /// The dossier's stored files (reused or not), and the documents taken from the population database with whether
    /// the identity was verified there (the receipt's <c>identityVerified</c> note: <c>{lookupId, documentIds}</c>).
    /// </summary>
    private static async Task<(IReadOnlyList<PortalPaper> Papers, bool IdentityVerified)> PapersAsync(
        TthcDbContext db, Guid dossierId, ProcedureDefinition definition, FileLinks? links, CancellationToken cancellationToken)
    {
        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.DossierId == dossierId)
            .OrderBy(a => a.AttachedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.DocumentId, a.FileName, a.ReusedFrom })
            .ToListAsync(cancellationToken);
        var papers = files.Select(f => new PortalPaper(
            f.Id.ToString(), f.DocumentId, f.FileName, Digitised: true, Reused: f.ReusedFrom is not null, FromNationalStore: false, links?.Create(FileLinks.Paper, f.Id))).ToList();
        var note = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == dossierId && n.Kind == NoteKinds.IdentityVerified)
            .Select(n => n.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return (papers, false);
        }

        var payload = JsonNode.Parse(note);
        var lookupId = payload?["lookupId"]?.GetValue<string>() ?? "";
        foreach (var documentId in payload?["documentIds"]?.AsArray().Select(d => d?.GetValue<string>()).OfType<string>() ?? [])
        {
            var name = definition.Documents.FirstOrDefault(d => d.Id == documentId)?.Name ?? documentId;
            papers.Add(new PortalPaper(lookupId, documentId, name, Digitised: false, Reused: true, FromNationalStore: true));
        }

        return (papers, true);
    }
}
