using System.Net;
using System.Net.Http.Headers;

namespace TthcEngine.National.Portal;

/// <summary>
/// Puts the gateway's bearer token on every attempt, asking for one with the client credentials when there is none
/// (shared/national-api.md §1.1: <c>POST {base}/token</c>, form <c>grant_type=client_credentials</c>, the token JSON
/// in the reply's <c>message</c>). A 401 drops the token so the next attempt asks again.
/// </summary>
internal sealed class PortalTokenHandler(PortalTokenCache cache) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await cache.TokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            cache.Forget(token);
        }

        return response;
    }
}
