using System.Text.Json.Serialization;

namespace TthcEngine.FakeNational;

/// <summary>
/// The fake national host: the public service portal's sync contract (shared/national-api.md §1, REST shape (b)) and
/// the national procedure database (§2, <see cref="CatalogueEndpoints"/>) on
/// <c>http://127.0.0.1:5080</c> unless <c>--urls</c> says otherwise, with control endpoints under <c>/_fake</c>
/// to inject failures and to read what it received. Settings: <c>Fake:InsertPath</c>, <c>Fake:UpdatePath</c>,
/// <c>Fake:ProgressPath</c>, <c>Fake:LookupPath</c>, <c>Fake:TokenPath</c> (the client's defaults), and
/// <c>Fake:ClientId</c> / <c>Fake:ClientSecret</c> to demand a gateway token. The payment platform (§3) too:
/// <see cref="PaymentSettings"/>, section <c>Fake:Payment</c>; and the population database's lookup
/// (<see cref="FakePopulation"/>, <c>Fake:PopulationPath</c>, <c>Fake:PopulationIntegrationCode</c>); and the province's
/// notification gateway for the applicants' SMS and email (<see cref="NoticeGatewayEndpoints"/>).
/// </summary>
public static class FakeNationalApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Fake").Get<FakeSettings>() ?? new FakeSettings());
        builder.Services.AddSingleton<FakePortal>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<FakeTokens>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Fake:Catalogue").Get<FakeCatalogueSettings>() ?? new FakeCatalogueSettings());
        builder.Services.AddSingleton<FakeCatalogue>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Fake:Payment").Get<PaymentSettings>() ?? new PaymentSettings());
        builder.Services.AddSingleton<PaymentPlatform>();
        builder.Services.AddSingleton<FakePopulation>();
        builder.Services.AddSingleton<FakeNoticeGateway>();

        var app = builder.Build();
        app.MapPortalEndpoints();
        app.MapCatalogueEndpoints();
        app.MapPaymentPlatformEndpoints();
        app.MapControlEndpoints();
        app.MapPopulationEndpoints();
        app.MapNoticeGatewayEndpoints();
        return app;
    }
}
