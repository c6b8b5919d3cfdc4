using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>Three lookups a minute per client: the rate limit is reached quickly.</summary>
public sealed class ThrottledApiFactory : OfficeApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:PublicPerMinute", "3")];
}

/// <summary>
/// The public lookup by code and PIN: it shows the state and the step timeline without personal data; a wrong PIN
/// learns nothing more than an unknown code; five wrong PINs lock the code; each client is rate limited.
/// </summary>
public class PublicLookupTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task Lookup_RightPin_StateAndTimeline_NoPersonalData()
    {
        var dossier = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Hoàng Thị Mỷ", "001199012345"));

        var response = await api.CreateClient().PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = dossier.Pin.ToLowerInvariant() });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var view = JsonDocument.Parse(body).RootElement;
        view.GetProperty("code").GetString().Should().Be(dossier.Code);
        view.GetProperty("nationalStatus").GetInt32().Should().Be(4);
        view.GetProperty("appointmentAt").GetDateTimeOffset().Should().Be(new DateTimeOffset(2026, 3, 9, 17, 30, 0, TimeSpan.FromHours(7)));
        view.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Should().HaveCount(2);
        body.Should().NotContain("Hoàng Thị Mỷ").And.NotContain("001199012345").And.NotContain("0912345678").And.NotContain("xa-coc-san.mot-cua-xa.desk");
    }

    [Fact]
    public async Task Lookup_WrongPin_SameAnswerAsAnUnknownCode()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var client = api.CreateClient();

        var wrongPin = await client.PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = "AAAAAAAA" });
        var unknownCode = await client.PostAsJsonAsync("/api/public/lookup", new { code = "000.21.40.H40-260309-9999", pin = "AAAAAAAA" });

        wrongPin.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknownCode.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var a = await wrongPin.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unknownCode.Content.ReadFromJsonAsync<JsonElement>();
        a.GetProperty("code").GetString().Should().Be("lookup.not-found").And.Be(b.GetProperty("code").GetString());
        a.GetProperty("messageVi").GetString().Should().Be(b.GetProperty("messageVi").GetString());
    }

    [Fact]
    public async Task Lookup_FiveWrongPins_LockTheCode_EvenForTheRightPin()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = $"WRONG{i}ZZ" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        var right = await client.PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = dossier.Pin });

        right.StatusCode.Should().Be(HttpStatusCode.NotFound, "the code is locked after five wrong PINs");
        var other = await Desk.ReceiveAsync(api);
        (await client.PostAsJsonAsync("/api/public/lookup", new { code = other.Code, pin = other.Pin })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rating_BeforeHandOver_Conflict()
    {
        var dossier = await Desk.ReceiveAsync(api);

        var response = await api.CreateClient().PostAsJsonAsync("/api/public/rating", new { code = dossier.Code, pin = dossier.Pin, score = 5 });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("rating.not-yet");
    }
}

public class PublicRateLimitTests(ThrottledApiFactory api) : IClassFixture<ThrottledApiFactory>
{
    [Fact]
    public async Task Lookup_MoreThanTheLimitPerMinute_TooManyRequestsProblem()
    {
        var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/public/lookup", new { code = "000.21.40.H40-260309-0001", pin = "AAAAAAAA" })).StatusCode);
        }

        statuses.Take(3).Should().AllBeEquivalentTo(HttpStatusCode.NotFound);
        statuses.Skip(3).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
        var limited = await client.PostAsJsonAsync("/api/public/lookup", new { code = "x", pin = "y" });
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("rate-limit");
    }
}
