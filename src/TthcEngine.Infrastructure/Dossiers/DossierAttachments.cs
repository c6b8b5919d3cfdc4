using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// Records the papers of a dossier against the procedure's required documents, and finds the papers an applicant had
/// accepted before that may be reused instead of asking again (the reform target: half of applicants never re-supply a
/// document already accepted).
/// </summary>
public sealed partial class DossierAttachments(TthcDbContext db, ProcedureVersions procedures, TimeProvider time)
{
    /// <summary>Records a paper on a dossier; the document must be one the dossier's procedure asks for.</summary>
    public async Task<Guid> AttachAsync(Guid dossierId, NewAttachment attachment, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new DossierNotFoundException(dossierId);
        var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken);
        var document = definition.Documents.FirstOrDefault(d => d.Id == attachment.DocumentId)
            ?? throw new DomainRuleException(
                "attachment.unknown-document",
                $"Procedure {definition.Code} asks for no document \"{attachment.DocumentId}\"; it asks for {string.Join(", ", definition.Documents.Select(d => d.Id))}.");
        if (!Sha256Text().IsMatch(attachment.Sha256))
        {
            throw new DomainRuleException("attachment.hash", "The SHA-256 must be 64 lowercase hexadecimal characters.");
        }

        if (attachment.ReusedFrom is { } earlier)
        {
            var reusable = await ReusableAsync(dossier.Applicant.IdNumber, document.Id, cancellationToken);
            if (!document.Reusable || !reusable.Any(a => a.Id == earlier))
            {
                throw new DomainRuleException(
                    "attachment.not-reusable", $"Attachment {earlier} is not an accepted copy of \"{document.Id}\" that this applicant may reuse.");
            }
        }

        var record = new AttachmentRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            DossierId = dossierId,
            DocumentId = document.Id,
            FileName = attachment.FileName,
            ContentType = attachment.ContentType,
            Size = attachment.Size,
            Sha256 = attachment.Sha256,
            AttachedAt = time.GetUtcNow(),
            ReusedFrom = attachment.ReusedFrom,
        };
        db.Attachments.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>
    /// The papers of a document the applicant (by ID number or tax code) had on dossiers whose result was granted:
    /// candidates to reuse, newest first.
    /// </summary>
    public async Task<IReadOnlyList<AttachmentRecord>> ReusableAsync(string? applicantIdNumber, string documentId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(applicantIdNumber))
        {
            return [];
        }

        return await db.Attachments.AsNoTracking()
            .Join(db.Dossiers, a => a.DossierId, d => d.Id, (a, d) => new { Attachment = a, Dossier = d })
            .Where(x => x.Dossier.Applicant.IdNumber == applicantIdNumber && x.Dossier.Outcome == "Granted" && x.Attachment.DocumentId == documentId)
            .OrderByDescending(x => x.Attachment.AttachedAt)
            .Select(x => x.Attachment)
            .ToListAsync(cancellationToken);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Text();
}
