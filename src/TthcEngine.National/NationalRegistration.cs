using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Sync;
using TthcEngine.National.Resilience;

namespace TthcEngine.National;

/// <summary>
/// The national partners, from configuration: the national public service portal, registered when
/// <c>National:Portal:BaseUrl</c> is set (<see cref="PortalOptions"/>), and the national procedure database's client
/// when <c>National:Catalogue:BaseUrl</c> is (<see cref="CatalogueOptions"/>); nothing changes otherwise. The
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
        if (builder.Configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() is { BaseUrl: not null } catalogue)
        {
            builder.Services.AddNationalCatalogue(catalogue);
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
        var client = services.AddPartnerClient<IPortalApi>(baseUrl, PortalPartner, options.Resilience);
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
        services.AddSingleton<IPartnerHealth>(sp => sp.GetRequiredService<PortalSyncMonitor>());
        services.AddSingleton<PortalSyncSender>();
        if (send)
        {
            services.AddHostedService(sp => sp.GetRequiredService<PortalSyncSender>());
        }

        return services;
    }
}
