using System.Security.Cryptography;
using System.Text;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// How an ID number looked up in the population database is kept for audit: never in plain. The hash is an
/// HMAC-SHA256 under the deployment's key (<c>National:Population:AuditKey</c>), so an auditor who holds the key can
/// find every lookup of one citizen, while a leaked table gives back no number (a plain SHA-256 of 12 digits would be
/// reversed by trying them all). The masked form keeps the first three digits (the province of birth registration)
/// and the last two, for reading.
/// </summary>
internal static class IdNumberAudit
{
    /// <summary>Used when no key is configured; set one per deployment (docs/integration.md).</summary>
    private const string FallbackKey = "tthc-engine-population-audit";

    public static string Hash(IConfiguration configuration, string idNumber)
    {
        var key = configuration["National:Population:AuditKey"] is { Length: > 0 } configured ? configured : FallbackKey;
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(idNumber)));
    }

    public static string Mask(string idNumber) =>
        idNumber.Length <= 5 ? new string('*', idNumber.Length) : idNumber[..3] + new string('*', idNumber.Length - 5) + idNumber[^2..];
}
