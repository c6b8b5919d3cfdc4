using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.IntegrationTests;

/// <summary>
/// The engine's services on one database and the in-memory bus, with a fake clock: the dossier service, the outbox
/// dispatcher, the deadline watcher and the engine's consumers, driven by hand.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private EngineHarness(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Starts the harness on a migrated database, the clock at Tue 10/3/2026 09:00 in Vietnam.</summary>
    public static async Task<EngineHarness> StartAsync(
        DatabaseProvider provider,
        string connectionString,
        Action<IBusRegistrationConfigurator>? consumers = null,
        BusOptions? bus = null,
        Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton(CalendarDirectory.Resolve("vn", Path.Combine(AppContext.BaseDirectory, "calendars")));
        collection.AddSingleton(new ProcedureVersions(ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures"))));
        collection.AddSingleton(new DossierStateCache());
        collection.AddScoped<DossierService>();
        collection.AddTthcDatabase(provider, connectionString);
        collection.AddTthcDeadlines(new DeadlineOptions());
        collection.AddTthcMessaging(bus ?? new BusOptions(), consumers);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.MigrateAsync();
        }

        await services.GetRequiredService<IBusControl>().StartAsync();
        return new EngineHarness(services, time);
    }

    /// <summary>Runs work with a dossier service of its own scope.</summary>
    public async Task<T> WithDossiersAsync<T>(Func<DossierService, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DossierService>());
    }

    /// <summary>Reads the database with a context of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<TthcDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TthcDbContext>());
    }

    /// <summary>Publishes everything in the outbox.</summary>
    public async Task<int> DispatchAllAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        var total = 0;
        int sent;
        while ((sent = await dispatcher.DispatchBatchAsync(CancellationToken.None)) > 0)
        {
            total += sent;
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.GetRequiredService<IBusControl>().StopAsync();
        await Services.DisposeAsync();
    }
}
