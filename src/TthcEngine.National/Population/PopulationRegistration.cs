using Microsoft.Extensions.DependencyInjection;
using Refit;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Population;

/// <summary>The population database's client and its pipeline (circuit key <see cref="Partner"/>).</summary>
public static class PopulationRegistration
{
    /// <summary>The population database's name for its pipeline and its circuit.</summary>
    public const string Partner = "national-population";

    /// <exception cref="InvalidOperationException">No base address.</exception>
    public static IServiceCollection AddNationalPopulation(this IServiceCollection services, PopulationOptions options)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"{PopulationOptions.Section}:BaseUrl is not set.");
        baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        services.AddSingleton(options);
        services
            .AddRefitGeneratedClient<IPopulationApi>(new RefitSettings(new SystemTextJsonContentSerializer(WireJson.Options)))
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = baseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrEmpty(options.AccessToken))
                {
                    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", options.AccessToken);
                }
            })
            .AddPartnerResilience(Partner, options.Resilience);
        services.AddTransient<PopulationClient>();
        return services;
    }
}
