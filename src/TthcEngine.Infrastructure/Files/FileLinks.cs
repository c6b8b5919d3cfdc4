using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TthcEngine.Infrastructure.Files;

/// <summary>
/// Links that let an outside system download one of a dossier's files without an account, until they expire:
/// <c>{BaseUrl}/api/files/{kind}/{id}?expires={unix seconds}&amp;signature={HMAC-SHA256 of kind, id and expiry}</c>.
/// Kinds: <see cref="Paper"/> (an attachment's id) and <see cref="Result"/> (the stored file handed over as the
/// electronic result). A link names one file; changing any part of it breaks the signature.
/// </summary>
public sealed class FileLinks
{
    public const string Paper = "paper";
    public const string Result = "result";

    private const int MinimumKeyBytes = 32;

    private readonly byte[] key;
    private readonly string baseUrl;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    /// <exception cref="InvalidOperationException">The key is not base64 of 32 bytes or more, the base address is missing, or the lifetime is not positive.</exception>
    public FileLinks(FileLinkOptions options, TimeProvider time)
    {
        try
        {
            key = Convert.FromBase64String(options.Key ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{FileLinkOptions.Section}:Key must be base64 (e.g. `openssl rand -base64 32`).");
        }

        if (key.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"{FileLinkOptions.Section}:Key must hold at least {MinimumKeyBytes} bytes (e.g. `openssl rand -base64 32`).");
        }

        baseUrl = options.BaseUrl?.AbsoluteUri.TrimEnd('/')
            ?? throw new InvalidOperationException($"{FileLinkOptions.Section}:BaseUrl must be set: the address the portal downloads files from.");
        lifetime = options.Lifetime > TimeSpan.Zero
            ? options.Lifetime
            : throw new InvalidOperationException($"{FileLinkOptions.Section}:Lifetime must be positive.");
        this.time = time;
    }

    /// <summary>A link to the file, good for the configured lifetime from now.</summary>
    public string Create(string kind, Guid id)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"{baseUrl}/api/files/{kind}/{id}?expires={expires.ToString(CultureInfo.InvariantCulture)}&signature={Sign(kind, id, expires)}";
    }

    /// <summary>Whether a link's parts are one this engine made, and still good.</summary>
    public FileLinkVerdict Check(string kind, Guid id, long expires, string? signature)
    {
        if (kind is not (Paper or Result) || string.IsNullOrEmpty(signature)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(kind, id, expires)), Encoding.ASCII.GetBytes(signature)))
        {
            return FileLinkVerdict.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() < expires ? FileLinkVerdict.Good : FileLinkVerdict.Expired;
    }

    private string Sign(string kind, Guid id, long expires) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(FormattableString.Invariant($"{kind}\n{id:D}\n{expires}"))));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>What <see cref="FileLinks.Check"/> found.</summary>
public enum FileLinkVerdict
{
    /// <summary>Made here, not expired.</summary>
    Good,

    /// <summary>Made here, past its expiry.</summary>
    Expired,

    /// <summary>Not made here, or changed.</summary>
    Invalid,
}
