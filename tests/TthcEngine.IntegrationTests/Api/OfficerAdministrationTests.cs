using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The admin's account administration: an officer who left is disabled (their token and their browser's cookie end at
/// once, and sign-in refuses them, saying so only to who knows the password), enabled again, moved to another agency
/// and duty (old sessions end, the new rights apply), given a new password; the admin cannot disable themselves or
/// drop their own admin role.
/// </summary>
public class OfficerAdministrationTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private const string Password = "MatKhau2026z";

    private async Task<HttpClient> AdminAsync() => await api.As("admin");

    private async Task CreateAsync(string userName, string agency = "xa-coc-san", string unit = "mot-cua-xa", string role = "desk")
    {
        var created = await (await AdminAsync()).PostAsJsonAsync("/api/admin/officers", new
        {
            userName, password = Password, fullName = "Hoàng Thị Lan", agency, unit, roles = new[] { role },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> TokenAsync(string userName, string password = Password) =>
        await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    private async Task<HttpClient> BearerAsync(string userName, string password = Password)
    {
        var response = await TokenAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<HttpClient> CookieAsync(string userName)
    {
        var client = api.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password })).StatusCode.Should().Be(HttpStatusCode.OK);
        return client;
    }

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Problems.ExpectAsync(response, status, code);

    private async Task<JsonElement> ListedAsync(string userName) =>
        (await (await AdminAsync()).GetFromJsonAsync<JsonElement>("/api/admin/officers")).EnumerateArray().Single(o => o.GetProperty("userName").GetString() == userName);

    [Fact]
    public async Task Disabled_TokenAndCookieEndAtOnce_SignInRefused_UntilEnabled()
    {
        await CreateAsync("hoang.thi.lan");
        var bearer = await BearerAsync("hoang.thi.lan");
        var browser = await CookieAsync("hoang.thi.lan");
        (await bearer.GetAsync("/api/worklist")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var disabled = await (await AdminAsync()).PostAsync("/api/admin/officers/hoang.thi.lan/disable", null);

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean().Should().BeTrue();
        await ProblemAsync(await bearer.GetAsync("/api/worklist"), HttpStatusCode.Unauthorized, "auth.token-revoked");
        (await browser.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the browser's cookie ended with the disabling");
        await ProblemAsync(await TokenAsync("hoang.thi.lan"), HttpStatusCode.Forbidden, "auth.disabled");
        await ProblemAsync(await TokenAsync("hoang.thi.lan", "MatKhauSai2026"), HttpStatusCode.Unauthorized, "auth.invalid-credentials");
        (await ListedAsync("hoang.thi.lan")).GetProperty("disabled").GetBoolean().Should().BeTrue();

        var enabled = await (await AdminAsync()).PostAsync("/api/admin/officers/hoang.thi.lan/enable", null);

        (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean().Should().BeFalse();
        (await (await BearerAsync("hoang.thi.lan")).GetAsync("/api/worklist")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ListedAsync("hoang.thi.lan")).GetProperty("disabled").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Moved_ToAnotherAgencyAndDuty_OldSessionsEnd_TheNewRightsApply()
    {
        await CreateAsync("vu.van.khai");
        var before = await BearerAsync("vu.van.khai");
        (await before.GetAsync("/api/desk/applications")).StatusCode.Should().Be(HttpStatusCode.OK);

        var moved = await (await AdminAsync()).PutAsJsonAsync("/api/admin/officers/vu.van.khai", new
        {
            fullName = "Vũ Văn Khải", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "specialist" },
        });

        moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        await ProblemAsync(await before.GetAsync("/api/desk/applications"), HttpStatusCode.Unauthorized, "auth.token-revoked");
        var after = await BearerAsync("vu.van.khai");
        var me = await after.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("fullName").GetString().Should().Be("Vũ Văn Khải");
        me.GetProperty("agency").GetString().Should().Be("xa-bac-ha");
        me.GetProperty("unit").GetString().Should().Be("tu-phap-ho-tich");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("specialist");
        (await after.GetAsync("/api/desk/applications")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "no longer a desk officer");
        (await after.GetAsync("/api/worklist")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_BadInput_NotFound_AndTheAdminCannotLockThemselvesOut()
    {
        await CreateAsync("do.thi.mai");
        var admin = await AdminAsync();

        await ProblemAsync(await admin.PutAsJsonAsync("/api/admin/officers/do.thi.mai", new { fullName = "", agency = "xa-khong-co", unit = "x", roles = new[] { "king" } }),
            HttpStatusCode.UnprocessableEntity, "officer.agency");
        await ProblemAsync(await admin.PutAsJsonAsync("/api/admin/officers/khong.co.ai", new { fullName = "A", agency = "xa-bac-ha", unit = "x", roles = new[] { "desk" } }),
            HttpStatusCode.NotFound, "officer.not-found");
        await ProblemAsync(await admin.PostAsync("/api/admin/officers/khong.co.ai/disable", null), HttpStatusCode.NotFound, "officer.not-found");
        await ProblemAsync(await admin.PostAsync("/api/admin/officers/admin/disable", null), HttpStatusCode.Conflict, "officer.self");
        await ProblemAsync(await admin.PutAsJsonAsync("/api/admin/officers/admin", new { fullName = "Quản trị", agency = "lao-cai", unit = "x", roles = new[] { "supervisor" } }),
            HttpStatusCode.Conflict, "officer.self");

        (await ListedAsync("admin")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain("admin");
        (await admin.GetAsync("/api/admin/officers")).StatusCode.Should().Be(HttpStatusCode.OK, "the admin's own token still works");
        (await ListedAsync("do.thi.mai")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("desk");
    }

    [Fact]
    public async Task NewPassword_SetByTheAdmin_EndsTheOldSessions_TheOldPasswordNoLongerWorks()
    {
        await CreateAsync("ly.a.pao");
        var before = await BearerAsync("ly.a.pao");
        var admin = await AdminAsync();

        await ProblemAsync(await admin.PostAsJsonAsync("/api/admin/officers/ly.a.pao/password", new { password = "ngan" }), HttpStatusCode.UnprocessableEntity, "officer.PasswordTooShort");
        (await before.GetAsync("/api/worklist")).StatusCode.Should().Be(HttpStatusCode.OK, "a refused password changes nothing");
        var set = await admin.PostAsJsonAsync("/api/admin/officers/ly.a.pao/password", new { password = "MatKhauMoi2026" });

        set.StatusCode.Should().Be(HttpStatusCode.NoContent, await set.Content.ReadAsStringAsync());
        await ProblemAsync(await before.GetAsync("/api/worklist"), HttpStatusCode.Unauthorized, "auth.token-revoked");
        await ProblemAsync(await TokenAsync("ly.a.pao"), HttpStatusCode.Unauthorized, "auth.invalid-credentials");
        (await (await BearerAsync("ly.a.pao", "MatKhauMoi2026")).GetAsync("/api/worklist")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
