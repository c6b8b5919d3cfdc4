using Microsoft.Extensions.DependencyInjection;

namespace TthcEngine.Infrastructure.Deadlines;

/// <summary>Registers the deadline watcher with its options.</summary>
public static class DeadlineRegistration
{
    public static IServiceCollection AddTthcDeadlines(this IServiceCollection services, DeadlineOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<DeadlineWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());
        return services;
    }
}
