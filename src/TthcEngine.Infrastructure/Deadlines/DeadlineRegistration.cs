using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TthcEngine.Infrastructure.Deadlines;

/// <summary>Registers the deadline watcher and the apology preparer with their options.</summary>
public static class DeadlineRegistration
{
    public static IServiceCollection AddTthcDeadlines(this IServiceCollection services, DeadlineOptions options)
    {
        services.TryAddSingleton(options);
        services.AddSingleton<DeadlineWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());
        services.AddSingleton<Apologies.ApologyPreparer>();
        services.AddHostedService(sp => sp.GetRequiredService<Apologies.ApologyPreparer>());
        return services;
    }
}
