using Microsoft.Extensions.DependencyInjection;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Catalogue;

/// <summary>The national procedure database's client, behind its own pipeline and circuit (<see cref="Partner"/>).</summary>
public static class CatalogueRegistration
{
    /// <summary>The catalogue's name for its pipeline and its circuit.</summary>
    public const string Partner = "national-catalogue";

    /// <exception cref="InvalidOperationException">No base address.</exception>
    public static IServiceCollection AddNationalCatalogue(this IServiceCollection services, CatalogueOptions options)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"{CatalogueOptions.Section}:BaseUrl is not set.");
        services.AddSingleton(options);
        services.AddPartnerClient<ICatalogueApi>(baseUrl, Partner, options.Resilience);
        services.AddTransient<CatalogueClient>();
        services.AddPartnerHealth(Partner);
        return services;
    }
}
