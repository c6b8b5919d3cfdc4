using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace TthcEngine.UiTests;

/// <summary>
/// The real host on Kestrel (a browser cannot reach the in-memory test server) with a free port, its own SQLite file,
/// the demo accounts, and a fake clock on a working Monday morning (9/3/2026 08:00 in Vietnam).
/// </summary>
public sealed class UiApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly string folder = Directory.CreateTempSubdirectory("tthc-ui-").FullName;

    public FakeTimeProvider Clock { get; } = new(Monday);

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public void Start()
    {
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "tthc.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Deadlines:SweepInterval", "01:00:00");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
