using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>What a dossier's hand-over note says (<c>{method, resultUploadId, resultNumber}</c>, written by the desk's hand-over).</summary>
public static class HandOverNotes
{
    /// <summary>The stored file handed over as the electronic result, or null before an electronic hand-over (or after one on paper).</summary>
    public static async Task<Guid?> ResultFileIdAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var note = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == dossierId && n.Kind == NoteKinds.HandedOver)
            .Select(n => n.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        return note is not null && Guid.TryParse(JsonNode.Parse(note)?["resultUploadId"]?.GetValue<string>(), out var fileId) ? fileId : null;
    }
}
