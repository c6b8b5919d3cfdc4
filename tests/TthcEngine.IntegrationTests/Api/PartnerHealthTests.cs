using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The API with the national portal configured (at an address nothing answers: nothing is sent in these tests).</summary>
public sealed class PortalConfiguredApiFactory : OfficeApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("National:Portal:BaseUrl", "http://127.0.0.1:9/")];
}

/// <summary>The API with every national partner configured (at an address nothing answers).</summary>
public sealed class AllPartnersConfiguredApiFactory : OfficeApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("National:Portal:BaseUrl", "http://127.0.0.1:9/"),
        new("National:Catalogue:BaseUrl", "http://127.0.0.1:9/"),
        new("National:Payment:BaseUrl", "http://127.0.0.1:9/"),
        new("National:Payment:PartnerCode", "P001"),
        new("National:Payment:Secret", "health-test-secret"),
        new("National:Population:BaseUrl", "http://127.0.0.1:9/"),
    ];
}

/// <summary>Every configured partner is listed on the health endpoint, those called on demand by their circuit alone.</summary>
public class AllPartnersHealthTests(AllPartnersConfiguredApiFactory api) : IClassFixture<AllPartnersConfiguredApiFactory>
{
    [Fact]
    public async Task Health_EveryPartnerConfigured_ListsEachOnce()
    {
        var health = await api.CreateClient().GetFromJsonAsync<JsonElement>("/health");

        var partners = health.GetProperty("partners").EnumerateArray().ToList();
        partners.Select(p => p.GetProperty("partner").GetString()).Should().BeEquivalentTo("national-portal", "national-catalogue", "national-payment", "national-population");
        partners.Single(p => p.GetProperty("partner").GetString() == "national-payment").GetProperty("backlog").GetInt32().Should().Be(0);
    }
}

/// <summary>The national partners' circuit and backlog on the health endpoint and for supervisors; none by default.</summary>
public class PartnerHealthTests(PortalConfiguredApiFactory api) : IClassFixture<PortalConfiguredApiFactory>
{
    [Fact]
    public async Task Health_WithThePortalConfigured_ShowsItsCircuitAndBacklog()
    {
        await Desk.ReceiveAsync(api);

        var health = await api.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        var partners = await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/partners");

        var portal = health.GetProperty("partners").EnumerateArray().Single();
        portal.GetProperty("partner").GetString().Should().Be("national-portal");
        portal.GetProperty("circuit").GetString().Should().BeOneOf("Closed", "Open", "HalfOpen");
        portal.GetProperty("backlog").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        partners.EnumerateArray().Single().GetProperty("partner").GetString().Should().Be("national-portal");
    }
}

/// <summary>The dashboard page shows the partners too (signed in with the cookie, as the web UI is).</summary>
public class PartnerDashboardTests(PortalConfiguredApiFactory api) : IClassFixture<PortalConfiguredApiFactory>
{
    [Fact]
    public async Task Dashboard_WithThePortalConfigured_HasThePartnersPanel()
    {
        var client = api.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "lao-cai.supervisor", password = OfficeApiFactory.Password })).EnsureSuccessStatusCode();

        var page = await client.GetStringAsync("/giam-sat");

        page.Should().Contain("id=\"partners\"").And.Contain("national-portal");
    }
}

public class NoPartnerHealthTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task Health_ByDefault_NoPartners()
    {
        var health = await api.CreateClient().GetFromJsonAsync<JsonElement>("/health");

        health.GetProperty("status").GetString().Should().Be("ok");
        health.GetProperty("partners").GetArrayLength().Should().Be(0);
    }
}
