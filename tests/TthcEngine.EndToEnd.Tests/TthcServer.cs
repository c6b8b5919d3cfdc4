using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// The real service on a free loopback port (Kestrel, not the in-memory test server), with its own SQLite file, the
/// demo accounts, its in-process worker, and a fake clock standing on Monday 9/3/2026 08:00 in Vietnam, a working day
/// in office hours. Clients are <see cref="ITthcApi"/> registered with <see cref="TthcClientRegistration.AddTthcClient"/>,
/// so every call crosses HTTP. One server per test class: each class owns its clock.
/// </summary>
public sealed class TthcServer : WebApplicationFactory<Program>
{
    public const string Password = "TthcDemo2026";

    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Bearer tokens live 8 hours on the service's clock: a token older than this on the fake clock is replaced.</summary>
    private static readonly TimeSpan TokenRenewal = TimeSpan.FromHours(4);

    private readonly string folder = Directory.CreateTempSubdirectory("tthc-e2e-").FullName;

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset At)> tokens = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, ITthcApi> clients = new(StringComparer.Ordinal);

    private readonly ConcurrentBag<ServiceProvider> providers = [];

    public TthcServer()
    {
        UseKestrel(0);
        try
        {
            StartServer();
        }
        catch
        {
            // xUnit does not dispose a fixture whose constructor threw: remove the database folder here.
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            throw;
        }

        BaseAddress = ClientOptions.BaseAddress;
        Public = Connect(null);
    }

    public FakeTimeProvider Clock { get; } = new(Monday);

    /// <summary>Where the service listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client without sign-in, as the public uses the service.</summary>
    public ITthcApi Public { get; }

    /// <summary>A client signed in as <paramref name="userName"/> (a demo account unless a password is given) with a bearer token fresh on the fake clock.</summary>
    public async Task<ITthcApi> As(string userName, string password = Password)
    {
        var now = Clock.GetUtcNow();
        if (!tokens.TryGetValue(userName, out var held) || now - held.At > TokenRenewal)
        {
            var token = await Public.TokenAsync(new SignInRequest(userName, password));
            tokens[userName] = (token.AccessToken, now);
        }

        return clients.GetOrAdd(userName, Connect);
    }

    /// <summary>
    /// The officer's notices of the dossier that match, once there are <paramref name="count"/>: the fake clock moves a
    /// second at a time, as the outbox dispatcher rests on it.
    /// </summary>
    public async Task<IReadOnlyList<OfficerNotice>> NoticesAsync(ITthcApi officer, Guid dossier, Func<OfficerNotice, bool> match, int count)
    {
        for (var i = 0; i < 200; i++)
        {
            var found = (await officer.MyNoticesAsync()).Notices.Where(n => n.DossierId == dossier && match(n)).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        throw new TimeoutException("The notices did not come in 20 seconds.");
    }

    /// <summary>A client of its own with no token, e.g. for a cookie session.</summary>
    public ITthcApi NewClient() => Connect(null);

    /// <summary>A fresh token of <paramref name="userName"/>, for programs that take one (the CLI).</summary>
    public async Task<string> TokenOf(string userName) =>
        (await Public.TokenAsync(new SignInRequest(userName, Password))).AccessToken;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "tthc.db")}");
        builder.UseSetting("Demo:Seed", "true");

        // The sweeps run when a test asks (ApologyPreparer.SweepAsync), not whenever a test moves the fake clock.
        builder.UseSetting("Deadlines:SweepInterval", "30.00:00:00");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var provider in providers)
            {
                provider.Dispose();
            }
        }

        base.Dispose(disposing);
        if (disposing && Directory.Exists(folder))
        {
            // Pooled connections would keep the file open.
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private ITthcApi Connect(string? userName)
    {
        var services = new ServiceCollection();
        services.AddTthcClient(BaseAddress, userName is null ? null : () => tokens[userName].Token);
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider.GetRequiredService<ITthcApi>();
    }
}
