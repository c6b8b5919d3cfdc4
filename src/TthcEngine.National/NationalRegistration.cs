using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Refit;
using TthcEngine.National.Population;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Sync;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National;

/// <summary>
/// The national partners, from configuration. The national public service portal is registered when
/// <c>National:Portal:BaseUrl</c> is set (<see cref="PortalOptions"/>), the population database's lookup when
/// <c>National:Population:BaseUrl</c> is (<see cref="PopulationOptions"/>); nothing changes otherwise. The
/// engine's consumers queue its events (<c>PortalSyncConsumer</c>, registered by the engine under the same condition).
/// </summary>
public static class NationalRegistration
{
    /// <summary>The portal's name for its pipeline, its circuit and its health.</summary>
    public const string PortalPartner = "national-portal";

    /// <summary>
    /// Registers the configured partners. The sender runs where the engine's background work runs:
    /// <paramref name="worker"/>, or <c>Worker:InProcess</c> (true by default), as in <c>AddTthcEngine</c>.
    /// </summary>
    public static IHostApplicationBuilder AddTthcNational(this IHostApplicationBuilder builder, bool worker = false)
    {
        var population = builder.Configuration.GetSection(PopulationOptions.Section);
        if (!string.IsNullOrWhiteSpace(population[nameof(PopulationOptions.BaseUrl)]))
        {
            builder.Services.AddNationalPopulation(population.Get<PopulationOptions>() ?? new PopulationOptions());
        }

        var section = builder.Configuration.GetSection(PortalOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(PortalOptions.BaseUrl)]))
        {
            return builder;
        }

        var runsWork = worker || (builder.Configuration.GetValue<bool?>("Worker:InProcess") ?? true);
        builder.Services.AddNationalPortal(section.Get<PortalOptions>() ?? new PortalOptions(), send: runsWork);
        return builder;
    }

    /// <summary>The portal's client, pipeline, sync and monitor; <paramref name="send"/> runs the sender in this process.</summary>
    /// <exception cref="InvalidOperationException">No base address.</exception>
    public static IServiceCollection AddNationalPortal(this IServiceCollection services, PortalOptions options, bool send = true)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"{PortalOptions.Section}:BaseUrl is not set.");
        // A base address without its final slash would lose its last segment when the service paths are appended.
        baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        services.AddSingleton(options);
        var client = services
            .AddRefitGeneratedClient<IPortalApi>(new RefitSettings(new SystemTextJsonContentSerializer(WireJson.Options)))
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = baseUrl;
                // The pipeline's timeouts govern; HttpClient's own 100 s would only get in their way.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddPartnerResilience(PortalPartner, options.Resilience);
        if (!string.IsNullOrEmpty(options.ClientId))
        {
            services.AddSingleton<PortalTokenCache>();
            services.AddTransient<PortalTokenHandler>();
            services.AddHttpClient(PortalTokenCache.ClientName, http =>
            {
                http.BaseAddress = baseUrl;
                http.Timeout = options.Resilience.AttemptTimeout;
            });
            // Inside the pipeline: every attempt carries a token, and a retried 401 asks for a new one.
            client.AddHttpMessageHandler<PortalTokenHandler>();
        }

        services.AddTransient<PortalClient>();
        services.AddSingleton<PortalDossierFactsReader>();
        services.AddScoped<PortalDossierSync>();
        services.AddSingleton<PortalSyncMonitor>();
        services.AddSingleton<PortalSyncSender>();
        if (send)
        {
            services.AddHostedService(sp => sp.GetRequiredService<PortalSyncSender>());
        }

        return services;
    }
}
