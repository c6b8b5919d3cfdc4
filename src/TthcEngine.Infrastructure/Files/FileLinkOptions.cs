namespace TthcEngine.Infrastructure.Files;

/// <summary>
/// Signed links to a dossier's files for the national portal (configuration section <c>Files:Links</c>): off unless
/// <see cref="Key"/> is set. A class, not a record: a record's generated <c>ToString</c> would print the key.
/// </summary>
public sealed class FileLinkOptions
{
    public const string Section = "Files:Links";

    /// <summary>The HMAC-SHA256 key, base64, at least 32 bytes; the same in every process (the sender signs, the API checks).</summary>
    public string? Key { get; set; }

    /// <summary>The engine's address as the portal reaches it; the links are <c>{BaseUrl}/api/files/…</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long a link stays good after the record carrying it was made (30 days by default).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);
}
