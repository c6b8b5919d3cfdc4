extern alias fakenational;

using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using FakeNationalApp = fakenational::TthcEngine.FakeNational.FakeNationalApp;

namespace TthcEngine.UiTests;

/// <summary>
/// The real host on Kestrel (a browser cannot reach the in-memory test server) with a free port, its own SQLite file,
/// the demo accounts, and a fake clock on a working Monday morning (9/3/2026 08:00 in Vietnam). The national payment
/// platform is the fake national host, started on its own loopback port and calling this host back.
/// </summary>
public sealed class UiApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7));

    public const string PaymentPartner = "H40UI";

    private const string PaymentSecret = "ui-payment-secret-4d2a";

    private readonly string folder = Directory.CreateTempSubdirectory("tthc-ui-").FullName;

    private WebApplication? fakeNational;

    /// <summary>The fake national host (payment platform).</summary>
    public Uri FakeNationalUrl { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(Monday);

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public void Start()
    {
        fakeNational = FakeNationalApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", $"--Fake:Payment:PartnerCode={PaymentPartner}", $"--Fake:Payment:Secret={PaymentSecret}"]);
        fakeNational.StartAsync().GetAwaiter().GetResult();
        FakeNationalUrl = new Uri(fakeNational.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
        UseKestrel(0);
        StartServer();
        using var control = new HttpClient { BaseAddress = FakeNationalUrl };
        control.PutAsJsonAsync("_fake/payment/settings", new { callbackUrl = new Uri(new Uri(BaseUrl), "api/payments/callback").AbsoluteUri })
            .GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "tthc.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Deadlines:SweepInterval", "01:00:00");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("National:Payment:BaseUrl", FakeNationalUrl.AbsoluteUri);
        builder.UseSetting("National:Payment:PartnerCode", PaymentPartner);
        builder.UseSetting("National:Payment:Secret", PaymentSecret);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && fakeNational is not null)
        {
            fakeNational.StopAsync().GetAwaiter().GetResult();
            fakeNational.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (disposing && Directory.Exists(folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
