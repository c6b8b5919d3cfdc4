using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.FakeNational;
using TthcEngine.National.Population;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Tests;

/// <summary>The population client against the fake national host on a free loopback port, through its real pipeline.</summary>
public sealed class PopulationClientTests : IAsyncLifetime
{
    private FakeNationalServer fake = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeNationalServer.StartAsync("--Fake:PopulationIntegrationCode=LCI-01");
        services = Services("LCI-01");
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Lookup_KnownCitizen_IsFoundAndTheRequestCarriesTheContractsFields()
    {
        var citizen = await Client.LookupAsync("010190001234", "Sùng Thị Dung", new DateOnly(1990, 3, 15), "req-1", "1.001193", "desk.officer", default);

        citizen.Should().NotBeNull();
        citizen!.FullName.Should().Be("Sùng Thị Dung");
        citizen.BirthDate.Should().Be(new DateOnly(1990, 3, 15));
        citizen.PermanentAddress.Should().Contain("Xã Cốc San").And.Contain("Lào Cai");
        var request = (await fake.Control.GetFromJsonAsync<JsonArray>("_fake/population/lookups"))!.Single()!.AsObject();
        request.Select(p => p.Key).Should().BeEquivalentTo(["HoVaTen", "SoDinhDanh", "SoCMND", "NgayThangNam", "Nam", "MaTichHop", "MaDVC", "MaCanBo", "MaYeuCau"]);
        request["MaTichHop"]!.GetValue<string>().Should().Be("LCI-01");
        request["NgayThangNam"]!.GetValue<string>().Should().Be("19900315");
        request["MaYeuCau"]!.GetValue<string>().Should().Be("req-1");
    }

    [Fact]
    public async Task Lookup_YearOnlyCitizen_HasTheYear()
    {
        var citizen = await Client.LookupAsync("010085004321", null, null, "req-2", "1.001193", "desk.officer", default);

        citizen!.BirthDate.Should().BeNull();
        citizen.BirthYear.Should().Be(1985);
    }

    [Fact]
    public async Task Lookup_UnknownNumber_IsNullNotAFailure()
    {
        var citizen = await Client.LookupAsync("010199999999", null, null, "req-3", "1.001193", "desk.officer", default);

        citizen.Should().BeNull();
    }

    [Fact]
    public async Task Lookup_WrongIntegrationCode_IsRefused()
    {
        await using var wrong = Services("NOT-OURS");

        var call = () => wrong.GetRequiredService<PopulationClient>().LookupAsync("010190001234", null, null, "req-4", "1.001193", "desk.officer", default);

        (await call.Should().ThrowAsync<PopulationLookupException>()).Which.Failure.Should().Be(PopulationFailure.Refused);
    }

    [Fact]
    public async Task Lookup_DuringAnOutage_IsUnavailable()
    {
        await fake.OutageAsync(TimeSpan.FromMinutes(1));

        var call = () => Client.LookupAsync("010190001234", null, null, "req-5", "1.001193", "desk.officer", default);

        (await call.Should().ThrowAsync<PopulationLookupException>()).Which.Failure.Should().Be(PopulationFailure.Unavailable);
    }

    [Fact]
    public async Task Lookup_AnswerLostAfterTheWork_IsUnavailable()
    {
        await fake.ScriptAsync(Fault.ErrorAfterWork, Fault.ErrorAfterWork, Fault.ErrorAfterWork);

        var call = () => Client.LookupAsync("010190001234", null, null, "req-6", "1.001193", "desk.officer", default);

        (await call.Should().ThrowAsync<PopulationLookupException>()).Which.Message.Should().Contain("HTTP 500");
    }

    private PopulationClient Client => services.GetRequiredService<PopulationClient>();

    private ServiceProvider Services(string integrationCode)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(new RunningClock());
        collection.AddLogging();
        collection.AddNationalPopulation(new PopulationOptions
        {
            BaseUrl = fake.BaseUrl,
            IntegrationCode = integrationCode,
            Resilience = new PartnerResilienceOptions { AttemptTimeout = TimeSpan.FromSeconds(2), TotalTimeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(50) },
        });
        return collection.BuildServiceProvider();
    }
}
