using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.National;

/// <summary>
/// What is queued for the national public service portal without a workflow event: an online application refused at
/// receipt (status 3 "Không được tiếp nhận"), which never becomes a dossier. It is queued in the refusal's own
/// transaction, under the application's id and its refusal code, and the portal sync sends it as it sends a dossier.
/// Nothing is queued when the portal is not configured (<c>National:Portal:BaseUrl</c>).
/// </summary>
public sealed class PortalQueue(bool enabled)
{
    /// <summary>The queued item's message name; the portal sync reads the application's facts for it.</summary>
    public const string ApplicationRefused = nameof(ApplicationRefused);

    /// <summary>Adds the refused <paramref name="application"/> (its code, reason, officer and instant set) to the context.</summary>
    /// <param name="officer">The name of the officer who refused it, as the portal shows who acted.</param>
    public void Refused(TthcDbContext db, OnlineApplicationRecord application, string officer, DateTimeOffset now)
    {
        if (!enabled)
        {
            return;
        }

        var code = application.RefusedCode ?? throw new InvalidOperationException("A refused application is queued with its code.");
        var at = application.DecidedAt ?? throw new InvalidOperationException("A refused application is queued with its instant.");
        db.Set<NationalPortalSyncDossierRecord>().Add(new NationalPortalSyncDossierRecord { DossierId = application.Id, DossierCode = code, NextAttemptAt = now });
        db.Set<NationalPortalSyncItemRecord>().Add(new NationalPortalSyncItemRecord
        {
            DossierId = application.Id,
            Sequence = 0,
            Message = ApplicationRefused,
            OccurredAt = at,
            NationalStatus = (int)NationalStatus.RefusedAtReceipt,
            Officer = officer,
            Detail = application.RefusalReason,
            QueuedAt = now,
        });
    }
}
