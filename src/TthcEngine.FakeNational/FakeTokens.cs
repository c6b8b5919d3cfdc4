using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TthcEngine.FakeNational;

/// <summary>The gateway's tokens (OAuth client credentials), when the fake is given credentials to demand.</summary>
public sealed class FakeTokens(FakeSettings settings)
{
    private readonly ConcurrentDictionary<string, bool> issued = new(StringComparer.Ordinal);

    public bool Required => !string.IsNullOrEmpty(settings.ClientId);

    /// <summary>A new token for the right credentials; null otherwise.</summary>
    public string? Issue(string? clientId, string? clientSecret)
    {
        if (!Required || clientId != settings.ClientId || clientSecret != settings.ClientSecret)
        {
            return null;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        issued[token] = true;
        return token;
    }

    public bool Allows(HttpRequest request) =>
        !Required
        || (request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && issued.ContainsKey(header["Bearer ".Length..]));
}
