using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Files;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Sync;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The API host with the demo accounts, a fake clock on a working Monday morning (9/3/2026 08:00 in Vietnam), and every
/// log line kept, so tests can sign in as any officer, receive dossiers and read what was logged.
/// </summary>
public class OfficeApiFactory : TthcApiFactory
{
    public const string Password = "TthcDemo2026";

    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset IssuedAt)> tokens = new(StringComparer.Ordinal);

    public FakeTimeProvider Clock { get; } = new(Monday);

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Settings a subclass adds (rate limits, upload size).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Deadlines:SweepInterval", "01:00:00");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddLogging(logging => logging.AddProvider(new KeepingLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Trace));
        });
    }

    /// <summary>A client signed in with a bearer token as <paramref name="userName"/>, or anonymous when null.</summary>
    public async Task<HttpClient> As(string? userName)
    {
        var client = CreateClient();
        if (userName is null)
        {
            return client;
        }

        // A token lives 8 hours of the (fake) clock: tests that move the clock get a fresh one.
        if (!tokens.TryGetValue(userName, out var cached) || Clock.GetUtcNow() - cached.IssuedAt > TimeSpan.FromHours(1))
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
            response.EnsureSuccessStatusCode();
            cached = ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!, Clock.GetUtcNow());
            tokens[userName] = cached;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cached.Token);
        return client;
    }

    /// <summary>
    /// Moves the fake clock a second at a time (the outbox dispatcher and the partners' senders idle on it) until
    /// <paramref name="done"/> holds of the database.
    /// </summary>
    public async Task SettleAsync(Func<TthcDbContext, Task<bool>> done)
    {
        for (var i = 0; i < 200; i++)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                if (await done(scope.ServiceProvider.GetRequiredService<TthcDbContext>()))
                {
                    return;
                }
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        throw new TimeoutException("The background work did not settle in 20 seconds.");
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(lines, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class KeepingLogger(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }

    /// <summary>The dossier record the portal sync would send, read by its own reader from the database the API wrote.</summary>
    public async Task<PortalDossier> PortalRecordAsync(Guid dossierId) =>
        PortalRecords.Dossier(await PortalFactsAsync(dossierId), PortalSnapshot.Empty, new PortalOptions());

    /// <summary>What the portal sync reads of a dossier, read as it reads it.</summary>
    public async Task<PortalDossierFacts> PortalFactsAsync(Guid dossierId)
    {
        using var scope = Services.CreateScope();
        var reader = new PortalDossierFactsReader(
            scope.ServiceProvider.GetRequiredService<ProcedureVersions>(), scope.ServiceProvider.GetRequiredService<AgencyCatalog>(), scope.ServiceProvider.GetService<FileLinks>());
        return await reader.ReadAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), dossierId, default);
    }
}
