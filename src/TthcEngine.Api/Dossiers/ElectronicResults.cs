using Microsoft.EntityFrameworkCore;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>The electronic result of a dossier: the file its hand-over named, for the public's and the officers' downloads.</summary>
internal static class ElectronicResults
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    /// <summary>The file handed over, or null before an electronic hand-over (or after one on paper).</summary>
    public static async Task<File?> FindAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var handOver = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == dossierId && n.Kind == NoteKinds.HandedOver)
            .Select(n => n.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        return handOver is not null && DossierViews.Read<HandOverRequest>(handOver)?.ResultUploadId is { } uploadId
            ? await db.StoredFiles.AsNoTracking().Where(f => f.Id == uploadId).Select(f => new File(f.Content, f.ContentType, f.FileName)).SingleOrDefaultAsync(cancellationToken)
            : null;
    }
}
