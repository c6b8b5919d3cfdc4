using System.Security.Cryptography;
using System.Text;

namespace TthcEngine.FakeNational;

/// <summary>The fake platform's own MaXacThuc (it shares no code with the client): SHA-256 of the fields and the secret joined by '|', lowercase hex.</summary>
public static class PaymentSigner
{
    public static string Sign(string secret, IEnumerable<string> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field).Append('|');
        }

        text.Append(secret);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
