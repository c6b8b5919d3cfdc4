using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TthcEngine.FakeNational;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Tests;

/// <summary>The catalogue's client against the fake national host: the [TD] reply shape read, its own pipeline and circuit.</summary>
public sealed class CatalogueClientTests : IAsyncLifetime
{
    private FakeNationalServer fake = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeNationalServer.StartAsync();
        services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddNationalCatalogue(new CatalogueOptions
            {
                BaseUrl = fake.BaseUrl,
                Resilience = new PartnerResilienceOptions { MaxRetryAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) },
            })
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await fake.DisposeAsync();
    }

    private CatalogueClient Client => services.GetRequiredService<CatalogueClient>();

    [Theory]
    [InlineData("http://127.0.0.1:9/KetNoiMotCuaQuocGia/", true)]
    [InlineData(null, false)]
    public void AddTthcNational_CatalogueBaseUrl_RegistersTheClientOnlyWhenSet(string? baseUrl, bool registered)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("National:Catalogue:BaseUrl", baseUrl)]);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddTthcNational();
        using var host = builder.Build();

        (host.Services.GetService<CatalogueClient>() is not null).Should().Be(registered);
    }

    [Fact]
    public async Task GetAsync_KnownCode_TheRecordInOurTerms()
    {
        var procedure = await Client.GetAsync("2.001610", CancellationToken.None);

        procedure!.Name.Should().Be("Đăng ký thành lập doanh nghiệp tư nhân");
        procedure.Levels.Should().Equal(NationalLevel.Province);
        procedure.Methods.Select(m => m.Fees.Single().Amount).Should().Equal(50_000, 0);
    }

    [Fact]
    public async Task GetAsync_UnknownCode_Null() =>
        (await Client.GetAsync("9.999999", CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task ListAsync_ByUnit_OnlyThatUnitsProcedures()
    {
        var all = await Client.ListAsync(null, CancellationToken.None);
        var province = await Client.ListAsync("H56.12", CancellationToken.None);

        all.Select(p => p.Code).Should().BeEquivalentTo(["1.004873", "1.009994", "2.001610", "1.001022"]);
        province.Select(p => p.Code).Should().Equal("2.001610");
    }

    [Fact]
    public async Task GetAsync_OneUnavailable_RetriedByThePipeline()
    {
        await fake.ScriptAsync(Fault.Unavailable);

        var procedure = await Client.GetAsync("1.004873", CancellationToken.None);

        procedure.Should().NotBeNull();
        (await fake.StatsAsync())["faults"]!["Unavailable"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_Outage_UnavailableAfterTheRetries()
    {
        await fake.OutageAsync(TimeSpan.FromMinutes(1));

        var call = () => Client.GetAsync("1.004873", CancellationToken.None);

        (await call.Should().ThrowAsync<CatalogueUnavailableException>()).Which.Message.Should().Be("The catalogue answered HTTP 503.");
        (await fake.StatsAsync())["faults"]!["Outage"]!.GetValue<int>().Should().Be(3);
        services.GetRequiredKeyedService<PartnerCircuit>(CatalogueRegistration.Partner).Should().NotBeNull();
    }
}
