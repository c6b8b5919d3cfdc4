namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// Wrong PINs given lately for one dossier code (or online application reference), kept in the database so that every
/// API instance counts the same guesses.
/// </summary>
public sealed class PinGuessRecord
{
    /// <summary>The code or reference as the public typed it, trimmed and upper-cased.</summary>
    public required string Key { get; set; }

    /// <summary>Wrong PINs since the count last started.</summary>
    public int Misses { get; set; }

    /// <summary>When the count lapses: each miss moves it to the miss's instant plus the window.</summary>
    public DateTimeOffset Until { get; set; }
}
