using Microsoft.Extensions.DependencyInjection;
using Refit;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Resilience;

/// <summary>A partner's Refit client (source-generated), on its base address, behind its pipeline (<see cref="PartnerPipelines"/>).</summary>
public static class PartnerClients
{
    /// <summary>
    /// Registers <typeparamref name="TApi"/> for <paramref name="partner"/>: the partner's wire JSON, its base address,
    /// its pipeline and circuit, and a fixed <c>Authorization: Bearer</c> when the partner is given an access token.
    /// </summary>
    public static IHttpClientBuilder AddPartnerClient<TApi>(
        this IServiceCollection services, Uri baseUrl, string partner, PartnerResilienceOptions resilience, string? accessToken = null)
        where TApi : class
    {
        // A base address without its final slash would lose its last segment when the service paths are appended.
        baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return services
            .AddRefitGeneratedClient<TApi>(new RefitSettings(new SystemTextJsonContentSerializer(WireJson.Options)))
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = baseUrl;
                // The pipeline's timeouts govern; HttpClient's own 100 s would only get in their way.
                http.Timeout = Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrEmpty(accessToken))
                {
                    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
                }
            })
            .AddPartnerResilience(partner, resilience);
    }
}
