extern alias fakenational;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using FakeNationalApp = fakenational::TthcEngine.FakeNational.FakeNationalApp;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The fake national host (portal, payment platform, population database, notification gateway) started for real on a
/// free loopback port, quiet below warnings, with a client of its control endpoints; the API factories that talk to a
/// partner point it here.
/// </summary>
public sealed class FakeNationalHost : IAsyncDisposable, IDisposable
{
    private readonly WebApplication app;

    private FakeNationalHost(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
        Control = new HttpClient { BaseAddress = url };
    }

    /// <summary>Its address, with the final slash.</summary>
    public Uri Url { get; }

    /// <summary>A client of its own and its control endpoints (<c>/_fake/…</c>).</summary>
    public HttpClient Control { get; }

    /// <param name="settings">More command-line settings, e.g. <c>--Fake:Payment:Secret=…</c>.</param>
    public static async Task<FakeNationalHost> StartAsync(params string[] settings)
    {
        var app = FakeNationalApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeNationalHost(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>For a factory's synchronous <c>Dispose</c>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>
/// The API host of <see cref="OfficeApiFactory"/> next to a fake national host of its own, started with the factory and
/// disposed with it; a subclass points the partner it tests at <see cref="FakeUrl"/> in its settings.
/// </summary>
public abstract class FakeNationalApiFactory : OfficeApiFactory
{
    private readonly FakeNationalHost fake;

    /// <param name="fakeSettings">The fake's own settings, e.g. <c>--Fake:Payment:Secret=…</c>.</param>
    protected FakeNationalApiFactory(params string[] fakeSettings) =>
        fake = FakeNationalHost.StartAsync(fakeSettings).GetAwaiter().GetResult();

    /// <summary>The fake's address, with the final slash.</summary>
    public Uri FakeUrl => fake.Url;

    /// <summary>The fake's control endpoints.</summary>
    public HttpClient Fake => fake.Control;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            fake.Dispose();
        }
    }
}
