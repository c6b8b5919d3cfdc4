using Microsoft.Extensions.DependencyInjection;
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
        services.AddSingleton(options);
        services.AddPartnerClient<IPopulationApi>(baseUrl, Partner, options.Resilience, options.AccessToken);
        services.AddPartnerHealth(Partner);
        services.AddTransient<PopulationClient>();
        return services;
    }
}
