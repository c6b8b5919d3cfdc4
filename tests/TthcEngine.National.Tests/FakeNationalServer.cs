using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.FakeNational;

namespace TthcEngine.National.Tests;

/// <summary>The fake national host, started for real on a free loopback port, and a client of its control endpoints.</summary>
public sealed class FakeNationalServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeNationalServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Control = new HttpClient { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Control { get; }

    public static async Task<FakeNationalServer> StartAsync(params string[] settings)
    {
        var app = FakeNationalApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeNationalServer(app, new Uri(address + "/"));
    }

    public async Task FaultsAsync(FaultSettings settings) =>
        (await Control.PutAsJsonAsync("_fake/faults", settings)).EnsureSuccessStatusCode();

    public async Task ScriptAsync(params Fault[] faults) =>
        (await Control.PostAsJsonAsync("_fake/script", faults.Select(f => f.ToString()))).EnsureSuccessStatusCode();

    public async Task OutageAsync(TimeSpan length) =>
        (await Control.PostAsync($"_fake/outage?seconds={length.TotalSeconds}", null)).EnsureSuccessStatusCode();

    /// <summary>What the fake holds of a dossier: its records received and its history; null if it holds none.</summary>
    public async Task<JsonObject?> DossierAsync(string code)
    {
        var response = await Control.GetAsync($"_fake/dossiers/{Uri.EscapeDataString(code)}");
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonObject>();
    }

    public async Task<JsonObject> StatsAsync() => (await Control.GetFromJsonAsync<JsonObject>("_fake/stats"))!;

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
