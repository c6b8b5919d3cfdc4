namespace TthcEngine.Api.Dossiers;

/// <summary>
/// The type of an upload, told by its first bytes, never by its name or the client's content type: PDF, PNG or JPEG,
/// the formats of scanned papers and electronic results.
/// </summary>
internal static class UploadCheck
{
    private static readonly (byte[] Magic, string ContentType, string Extension)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, type, extension) in Known)
        {
            if (content.StartsWith(magic))
            {
                return (type, extension);
            }
        }

        return null;
    }
}
