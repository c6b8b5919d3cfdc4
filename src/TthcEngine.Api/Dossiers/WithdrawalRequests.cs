using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// The applicant's online requests to withdraw a dossier and the desk's answers, read from the dossier's notes: a
/// request waits for the desk until the desk records the withdrawal (the dossier ends) or declines it; after a decline
/// the applicant may ask again.
/// </summary>
internal static class WithdrawalRequests
{
    /// <summary>The note kinds read.</summary>
    private static readonly string[] Kinds = [NoteKinds.WithdrawalRequested, NoteKinds.WithdrawalDeclined];

    /// <summary>A request's or a decline's note: <c>{reason}</c>.</summary>
    public sealed record Note(string Reason);

    /// <summary>When the request waiting for the desk on <paramref name="dossierId"/> was sent, read from its notes.</summary>
    public static async Task<DateTimeOffset?> WaitingAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == dossierId && Kinds.Contains(n.Kind))
            .Select(n => new { n.Kind, n.At }).ToListAsync(cancellationToken);
        return Waiting(notes.Select(n => (n.Kind, n.At)));
    }

    /// <summary>When the request waiting for the desk was sent; null when none waits (never asked, or declined since).</summary>
    public static DateTimeOffset? Waiting(IEnumerable<(string Kind, DateTimeOffset At)> notes)
    {
        var all = notes.ToList();
        var asked = all.Where(n => n.Kind == NoteKinds.WithdrawalRequested).Select(n => (DateTimeOffset?)n.At).Max();
        var declined = all.Where(n => n.Kind == NoteKinds.WithdrawalDeclined).Select(n => (DateTimeOffset?)n.At).Max();
        return asked is { } a && (declined is not { } d || d < a) ? a : null;
    }
}
