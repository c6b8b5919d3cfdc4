namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// The metadata of a paper handed in with a dossier (thành phần hồ sơ): which required document it is, its file, its
/// SHA-256, and, when the applicant reused a copy accepted earlier, the attachment it reuses. The file's bytes live in
/// the file store, addressed by the hash.
/// </summary>
public sealed class AttachmentRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The id of the required document in the procedure definition.</summary>
    public required string DocumentId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lowercase hex SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset AttachedAt { get; set; }

    /// <summary>The earlier accepted attachment this one reuses (tái sử dụng dữ liệu), if any.</summary>
    public Guid? ReusedFrom { get; set; }
}
