namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// An uploaded file's bytes, kept in the database by their SHA-256 (one copy however many dossiers name it), so that
/// every instance of the service sees every upload and nothing accepted depends on one machine's disk.
/// </summary>
public sealed class StoredFileRecord
{
    public Guid Id { get; set; }

    public required string Sha256 { get; set; }

    public required string ContentType { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Who uploaded it (user name): an upload is only attached by its uploader's agency.</summary>
    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
