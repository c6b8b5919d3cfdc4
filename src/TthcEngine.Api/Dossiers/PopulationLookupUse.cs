using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// A dossier received with the applicant's identity verified in the population database: the dossier gets an
/// <see cref="NoteKinds.IdentityVerified"/> note (the lookup, and the documents taken from the database instead of a
/// paper), which the national portal's sync reports; the lookup's audit row names the dossier.
/// </summary>
internal static class PopulationLookupUse
{
    /// <summary>The note's payload; <see cref="DocumentIds"/> are the papers of kind <c>populationDatabase</c>.</summary>
    public sealed record IdentityVerifiedNote(Guid LookupId, string Source, IReadOnlyList<string> DocumentIds);

    public static void Record(TthcDbContext db, PopulationLookupRecord lookup, Guid dossierId, DateTimeOffset at, string officer, IReadOnlyList<DocumentInput> documents)
    {
        // Attached here, not when checked: the receipt may be retried on a cleared context.
        // Marked changed whatever it held: a receipt retried with the same dossier sets the same value again.
        db.PopulationLookups.Attach(lookup);
        lookup.DossierId = dossierId;
        db.Entry(lookup).Property(l => l.DossierId).IsModified = true;
        db.Notes.Add(new DossierNoteRecord
        {
            Id = Guid.CreateVersion7(at),
            DossierId = dossierId,
            Kind = NoteKinds.IdentityVerified,
            At = at,
            Officer = officer,
            Payload = DossierViews.Payload(new IdentityVerifiedNote(
                lookup.Id, "populationDatabase", [.. documents.Where(d => d.Kind == ReceiveCheck.PopulationDatabaseKind).Select(d => d.DocumentId)])),
        });
    }
}
