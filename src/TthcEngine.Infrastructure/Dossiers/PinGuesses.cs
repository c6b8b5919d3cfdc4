using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// Wrong PINs per dossier code (or online application reference): <see cref="PerCode"/> of them within
/// <see cref="Window"/> of each other lock the code's public lookup for <see cref="Window"/> after the last, whoever asks.
/// The count is in the database, so every API instance sees the same count and a guesser gains nothing from being
/// spread over several instances. Each miss is one atomic update, so concurrent wrong PINs are all counted.
/// </summary>
public sealed class PinGuesses(TthcDbContext db, TimeProvider time)
{
    /// <summary>Wrong PINs that lock a code.</summary>
    public const int PerCode = 5;

    /// <summary>How long a code stays locked after its last wrong PIN (and how long a count lasts).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Whether <paramref name="code"/> was given too many wrong PINs lately.</summary>
    public Task<bool> LockedAsync(string code, CancellationToken cancellationToken)
    {
        var key = Key(code);
        var now = time.GetUtcNow();
        return db.PinGuesses.AsNoTracking().AnyAsync(g => g.Key == key && g.Misses >= PerCode && g.Until > now, cancellationToken);
    }

    /// <summary>Counts one wrong PIN for <paramref name="code"/>; codes longer than a key are not counted (no code is that long).</summary>
    public async Task MissedAsync(string code, CancellationToken cancellationToken)
    {
        var key = Key(code);
        if (key.Length == 0 || key.Length > 64)
        {
            return;
        }

        var now = time.GetUtcNow();
        var until = now + Window;
        using var turn = await db.WriteTurnAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            // A count still running goes up; one that lapsed starts again at one; else a first row.
            if (await db.PinGuesses.Where(g => g.Key == key && g.Until > now)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.Misses, g => g.Misses + 1).SetProperty(g => g.Until, until), cancellationToken) == 1
                || await db.PinGuesses.Where(g => g.Key == key && g.Until <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.Misses, 1).SetProperty(g => g.Until, until), cancellationToken) == 1)
            {
                break;
            }

            db.PinGuesses.Add(new PinGuessRecord { Key = key, Misses = 1, Until = until });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request stored the code's first miss meanwhile: count on its row.
                db.ChangeTracker.Clear();
            }
        }

        // Counts that lapsed long ago are of no use; a wrong PIN is rare enough to pay for the cleanup.
        var expired = now - Window;
        await db.PinGuesses.Where(g => g.Until < expired).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Key(string code) => code.Trim().ToUpperInvariant();
}
