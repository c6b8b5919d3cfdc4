using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Notices;

/// <summary>The notification gateway's client and pipeline (circuit key <see cref="Partner"/>), and the notice sender.</summary>
public static class NoticeRegistration
{
    /// <summary>The gateway's name for its pipeline and its circuit.</summary>
    public const string Partner = "notification-gateway";

    /// <param name="send">Runs the sender in this process.</param>
    /// <exception cref="InvalidOperationException">No base address.</exception>
    public static IServiceCollection AddNoticeGateway(this IServiceCollection services, NoticeOptions options, PartnerResilienceOptions resilience, bool send = true)
    {
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException($"{NoticeOptions.Section}:BaseUrl is not set.");
        services.TryAddSingleton(options);
        services.AddPartnerClient<INoticeGatewayApi>(baseUrl, Partner, resilience, options.AccessToken);
        services.AddPartnerHealth(Partner);
        services.AddTransient<NoticeGatewayClient>();
        services.AddSingleton<ApplicantNoticeSender>();
        if (send)
        {
            services.AddHostedService(sp => sp.GetRequiredService<ApplicantNoticeSender>());
        }

        return services;
    }
}
