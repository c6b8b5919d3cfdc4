using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>A stored file as a download serves it: its bytes, type and name.</summary>
internal sealed record FileToServe(byte[] Content, string ContentType, string FileName);

/// <summary>The electronic result of a dossier: the file its hand-over named, for the public's and the officers' downloads.</summary>
internal static class ElectronicResults
{
    /// <summary>The file handed over, or null before an electronic hand-over (or after one on paper).</summary>
    public static async Task<FileToServe?> FindAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        await HandOverNotes.ResultFileIdAsync(db, dossierId, cancellationToken) is { } fileId ? await StoredFileAsync(db, fileId, cancellationToken) : null;

    /// <summary>A stored file by its id, or null.</summary>
    public static async Task<FileToServe?> StoredFileAsync(TthcDbContext db, Guid fileId, CancellationToken cancellationToken) =>
        await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new FileToServe(f.Content, f.ContentType, f.FileName)).SingleOrDefaultAsync(cancellationToken);
}
