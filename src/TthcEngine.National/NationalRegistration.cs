using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Notices;
using TthcEngine.National.Payment;
using TthcEngine.National.Population;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Sync;
using TthcEngine.National.Resilience;

namespace TthcEngine.National;

/// <summary>
/// The national partners, from configuration, each registered only when its base address is set: the national public
/// service portal (<c>National:Portal:BaseUrl</c>, <see cref="PortalOptions"/>), the national procedure database
/// (<c>National:Catalogue:BaseUrl</c>, <see cref="CatalogueOptions"/>), the payment platform
/// (<c>National:Payment:BaseUrl</c>, <see cref="PaymentOptions"/>) and the population database's lookup
/// (<c>National:Population:BaseUrl</c>, <see cref="PopulationOptions"/>), and the notification gateway that carries
/// the applicants' notices (<c>Notices:BaseUrl</c>, <see cref="NoticeOptions"/>); nothing changes otherwise. The
/// engine's consumers queue its events (<c>PortalSyncConsumer</c>, registered by the engine under the same condition).
/// </summary>
public static class NationalRegistration
{
    /// <summary>The portal's name for its pipeline, its circuit and its health.</summary>
    public const string PortalPartner = "national-portal";

    /// <summary>The payment platform's name for its pipeline and its circuit.</summary>
    public const string PaymentPartner = "national-payment";

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

        var payment = builder.Configuration.GetSection(PaymentOptions.Section);
        if (!string.IsNullOrWhiteSpace(payment[nameof(PaymentOptions.BaseUrl)]))
        {
            builder.Services.AddNationalPayment(payment.Get<PaymentOptions>() ?? new PaymentOptions(), reconcile: worker || (builder.Configuration.GetValue<bool?>("Worker:InProcess") ?? true));
        }

        var population = builder.Configuration.GetSection(PopulationOptions.Section);
        if (!string.IsNullOrWhiteSpace(population[nameof(PopulationOptions.BaseUrl)]))
        {
            builder.Services.AddNationalPopulation(population.Get<PopulationOptions>() ?? new PopulationOptions());
        }

        var runsWork = worker || (builder.Configuration.GetValue<bool?>("Worker:InProcess") ?? true);
        var notices = builder.Configuration.GetSection(NoticeOptions.Section);
        if (!string.IsNullOrWhiteSpace(notices[nameof(NoticeOptions.BaseUrl)]))
        {
            builder.Services.AddNoticeGateway(
                notices.Get<NoticeOptions>() ?? new NoticeOptions(),
                notices.GetSection("Resilience").Get<PartnerResilienceOptions>() ?? new PartnerResilienceOptions(),
                send: runsWork);
        }

        var section = builder.Configuration.GetSection(PortalOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(PortalOptions.BaseUrl)]))
        {
            return builder;
        }

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

    /// <summary>The payment platform's client, pipeline and the engine's payments; <paramref name="reconcile"/> runs the reconciler in this process.</summary>
    /// <exception cref="InvalidOperationException">No base address, partner code or secret.</exception>
    public static IServiceCollection AddNationalPayment(this IServiceCollection services, PaymentOptions options, bool reconcile = true)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"{PaymentOptions.Section}:BaseUrl is not set.");
        if (string.IsNullOrEmpty(options.PartnerCode) || string.IsNullOrEmpty(options.Secret))
        {
            throw new InvalidOperationException($"{PaymentOptions.Section}:PartnerCode and {PaymentOptions.Section}:Secret must be set.");
        }

        services.AddSingleton(options);
        services.AddPartnerClient<IPaymentApi>(baseUrl, PaymentPartner, options.Resilience, options.AccessToken);
        services.AddPartnerHealth(PaymentPartner);
        services.AddTransient<PaymentClient>();
        services.AddScoped<OnlinePayments>();
        if (reconcile)
        {
            services.AddHostedService<PaymentReconciler>();
        }

        return services;
    }
}
