using System.Net.Http.Headers;

namespace TthcEngine.Client;

/// <summary>
/// Sends <c>Authorization: Bearer {token}</c> with each request (each attempt, when retried: the token is read anew),
/// unless the request already carries its own authorization or there is no token.
/// </summary>
internal sealed class BearerTokenHandler(Func<string?> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && token() is { Length: > 0 } value)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
