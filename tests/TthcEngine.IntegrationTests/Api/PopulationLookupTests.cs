using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The desk's population lookup against the fake national host on a free loopback port: found, not found, the partner
/// down, bad input; every lookup audited for supervisors, and the ID number never in the logs.
/// </summary>
public class PopulationLookupTests(PopulationApiFactory api) : IClassFixture<PopulationApiFactory>
{
    [Fact]
    public async Task Lookup_KnownCitizen_FillsTheFormAndIsAudited()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010088009999", procedureCode = "1.001193" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("found").GetBoolean().Should().BeTrue();
        var citizen = body.GetProperty("citizen");
        citizen.GetProperty("fullName").GetString().Should().Be("Hoàng Văn Sử");
        citizen.GetProperty("birthDate").GetString().Should().Be("1988-07-04");
        citizen.GetProperty("oldIdNumber").GetString().Should().Be("063987654");
        citizen.GetProperty("permanentAddress").GetString().Should().Be("Tổ 3, Phường Sa Pa, Thị xã Sa Pa, Tỉnh Lào Cai");
        var lookupId = body.GetProperty("lookupId").GetGuid();
        var audit = await AuditAsync(lookupId);
        audit.GetProperty("officer").GetString().Should().Be(Desk.CocSanDesk);
        audit.GetProperty("agency").GetString().Should().Be("xa-coc-san");
        audit.GetProperty("procedureCode").GetString().Should().Be("1.001193");
        audit.GetProperty("idNumberMasked").GetString().Should().Be("010*******99");
        audit.GetProperty("result").GetString().Should().Be("found");
        var sent = (await api.FakeControl.GetFromJsonAsync<JsonArray>("_fake/population/lookups"))!.Select(r => r!.AsObject())
            .Single(r => r["MaYeuCau"]!.GetValue<string>() == lookupId.ToString("N"));
        sent["MaTichHop"]!.GetValue<string>().Should().Be(PopulationApiFactory.IntegrationCode);
        sent["MaCanBo"]!.GetValue<string>().Should().Be(Desk.CocSanDesk);
        api.Logs.Should().NotContain(l => l.Contains("010088009999"), "the ID number looked up is never logged");
    }

    [Fact]
    public async Task Lookup_UnknownNumber_IsNotFoundAndAudited()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var body = await (await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010199999999", procedureCode = "1.001193" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("found").GetBoolean().Should().BeFalse();
        body.GetProperty("citizen").ValueKind.Should().Be(JsonValueKind.Null);
        (await AuditAsync(body.GetProperty("lookupId").GetGuid())).GetProperty("result").GetString().Should().Be("notFound");
    }

    [Fact]
    public async Task Lookup_PartnerDown_Is503ProblemAndAuditedAsFailed()
    {
        var desk = await api.As(Desk.CocSanDesk);
        (await api.FakeControl.PostAsync("_fake/outage?seconds=60", null)).EnsureSuccessStatusCode();
        HttpResponseMessage response;
        try
        {
            response = await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010085004321", procedureCode = "1.001193" });
        }
        finally
        {
            (await api.FakeControl.DeleteAsync("_fake/outage")).EnsureSuccessStatusCode();
        }

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("population.unavailable");
        problem.GetProperty("messageVi").GetString().Should().Contain("CSDL quốc gia về dân cư");
        var lookups = await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/population-lookups");
        lookups.EnumerateArray().Should().Contain(l => l.GetProperty("idNumberMasked").GetString() == "010*******21" && l.GetProperty("result").GetString() == "failed");
        api.Logs.Should().Contain(l => l.Contains("Population lookup") && l.Contains("Unavailable"));
        api.Logs.Should().NotContain(l => l.Contains("010085004321"));
    }

    [Theory]
    [InlineData("01019000123")]
    [InlineData("01019000123X")]
    [InlineData("0101900012345")]
    public async Task Lookup_NotTwelveDigits_IsAProblemInBothLanguages(string idNumber)
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber, procedureCode = "1.001193" });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("population.id-number");
        problem.GetProperty("messageVi").GetString().Should().Contain("12 chữ số");
        problem.GetProperty("messageEn").GetString().Should().Contain("12 digits");
    }

    [Fact]
    public async Task Lookup_BySomeoneNotAtTheDesk_IsForbidden()
    {
        var supervisor = await api.As("lao-cai.supervisor");

        var response = await supervisor.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010088009999", procedureCode = "1.001193" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<JsonElement> AuditAsync(Guid lookupId)
    {
        var lookups = await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/population-lookups");
        return lookups.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == lookupId);
    }
}

public class PopulationNotConfiguredTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task Lookup_NotConfigured_Is501Problem()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010088009999", procedureCode = "1.001193" });

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("population.not-configured");
    }
}
