using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TthcEngine.Infrastructure.Deadlines;

/// <summary>Registers the deadline watcher with its options.</summary>
public static class DeadlineRegistration
{
    public static IServiceCollection AddTthcDeadlines(this IServiceCollection services, DeadlineOptions options)
    {
        services.TryAddSingleton(options);
        services.AddSingleton<DeadlineWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());
        return services;
    }
}
