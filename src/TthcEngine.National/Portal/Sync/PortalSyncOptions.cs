namespace TthcEngine.National.Portal.Sync;

/// <summary>How the portal sync drains its queue (section <c>National:Portal:Sync</c>).</summary>
public sealed class PortalSyncOptions
{
    /// <summary>Dossiers synced at the same time by one sender.</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>Dossiers taken per round.</summary>
    public int DossiersPerRound { get; set; } = 64;

    /// <summary>The wait after a dossier's first failed attempt; it doubles with each failure, with jitter.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts of one dossier.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a sender holds the dossiers it took; another sender takes them over after this if it died.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The pause between rounds when nothing was due.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromMilliseconds(500);
}
