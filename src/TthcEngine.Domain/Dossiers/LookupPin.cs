using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// Mã tra cứu: the random PIN printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) with which the public
/// looks a dossier up (convention 8). The engine keeps only <see cref="Hash(DossierCode)"/>, never the PIN.
/// </summary>
/// <remarks>
/// The PIN is <see cref="Length"/> characters from an alphabet of 31 without look-alikes (no 0, O, 1, I, L), about
/// 39.6 bits. The caller supplies the random bytes (from <c>RandomNumberGenerator</c>); the domain makes no randomness.
/// The hash is salted by the dossier code but fast: a leaked table of hashes can be brute-forced offline, so it keeps
/// PINs out of casual sight, and the lookup endpoint must limit attempts.
/// </remarks>
public sealed record LookupPin
{
    /// <summary>The PIN's characters, in the order of their value in base 31.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>How many characters a PIN has.</summary>
    public const int Length = 8;

    /// <summary>How many random bytes <see cref="FromRandomBytes"/> reads.</summary>
    public const int RandomBytesNeeded = 16;

    private LookupPin(string value) => Value = value;

    /// <summary>The PIN as printed, e.g. <c>7KQ2MZ9D</c>.</summary>
    public string Value { get; }

    /// <summary>The PIN made from the first <see cref="RandomBytesNeeded"/> bytes; the same bytes give the same PIN.</summary>
    /// <exception cref="DomainRuleException"><c>lookup-pin.too-few-bytes</c>.</exception>
    public static LookupPin FromRandomBytes(ReadOnlySpan<byte> randomBytes)
    {
        if (randomBytes.Length < RandomBytesNeeded)
        {
            throw new DomainRuleException(
                "lookup-pin.too-few-bytes", $"A lookup PIN is made from {RandomBytesNeeded} random bytes, not {randomBytes.Length}.");
        }

        // 128 random bits read as one number, written in base 31: taking a byte modulo 31 instead would favour
        // eight characters (256 = 8 × 31 + 8); over 128 bits that bias is below 10^-26.
        var number = BinaryPrimitives.ReadUInt128BigEndian(randomBytes);
        var radix = (UInt128)Alphabet.Length;
        var pin = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            pin[i] = Alphabet[(int)(number % radix)];
            number /= radix;
        }

        return new LookupPin(new string(pin));
    }

    /// <summary>What the engine stores for this PIN on the dossier <paramref name="code"/>: lowercase hex SHA-256 of <c>{code}:{pin}</c>.</summary>
    public string Hash(DossierCode code) => HashOf(code.ToString(), Value);

    /// <summary>The same scheme for another public reference than a dossier code, e.g. an online application's: SHA-256 of <c>{reference}:{pin}</c>.</summary>
    public string Hash(string reference) => HashOf(reference, Value);

    /// <summary>
    /// Whether <paramref name="candidatePin"/>, as typed by the public (any case, surrounding spaces), is the PIN whose
    /// hash on <paramref name="code"/> is <paramref name="hash"/>; the hashes are compared in constant time.
    /// </summary>
    public static bool Matches(string hash, DossierCode code, string candidatePin) => Matches(hash, code.ToString(), candidatePin);

    /// <summary>Whether <paramref name="candidatePin"/> is the PIN whose hash on the public <paramref name="reference"/> is <paramref name="hash"/>.</summary>
    public static bool Matches(string hash, string reference, string candidatePin)
    {
        var candidate = HashOf(reference, candidatePin.Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(candidate));
    }

    public override string ToString() => Value;

    private static string HashOf(string reference, string pin) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{reference}:{pin}")));
}
