using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>Sign-in by token and by cookie, lockout, security headers, the OpenAPI document, and no secret in the logs.</summary>
public class AccountsAndSecurityTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task Token_WrongPassword_UnauthorizedProblem()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "xa-coc-san.supervisor", password = "wrong-password-1" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("auth.invalid-credentials");
    }

    [Fact]
    public async Task Token_FiveWrongPasswords_LockTheAccount()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { userName = "phuong-cam-duong.supervisor", password = $"wrong-{i}-password" });
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = "phuong-cam-duong.supervisor", password = OfficeApiFactory.Password });

        right.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("auth.locked-out");
    }

    [Fact]
    public async Task CookieLogin_ThenMe_ShowsTheOfficersAgencyUnitAndRoles()
    {
        var client = api.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "xa-coc-san.tu-phap-ho-tich.specialist", password = OfficeApiFactory.Password });
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        login.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("tthc.auth=", StringComparison.Ordinal) && c.Contains("httponly") && c.Contains("samesite=strict"));
        me.GetProperty("agency").GetString().Should().Be("xa-coc-san");
        me.GetProperty("agencyName").GetString().Should().Be("UBND xã Cốc San");
        me.GetProperty("unit").GetString().Should().Be("tu-phap-ho-tich");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("specialist");
    }

    [Fact]
    public async Task AdminCreatesAnOfficer_WhoCanSignIn()
    {
        var admin = await api.As("admin");

        var created = await admin.PostAsJsonAsync("/api/admin/officers", new
        {
            userName = "nguyen.van.binh", password = "MatKhau2026x", fullName = "Nguyễn Văn Bình", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "specialist" },
        });
        var token = await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "nguyen.van.binh", password = "MatKhau2026x" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        token.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LogoutWithAToken_RevokesEveryTokenOfTheOfficer_AndNoOneElses()
    {
        var admin = await api.As("admin");
        (await admin.PostAsJsonAsync("/api/admin/officers", new
        {
            userName = "le.van.dung", password = "MatKhau2026y", fullName = "Lê Văn Dũng", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "specialist" },
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var laptop = await SignedInAsync("le.van.dung", "MatKhau2026y");
        var phone = await SignedInAsync("le.van.dung", "MatKhau2026y");
        (await laptop.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var logout = await laptop.PostAsync("/api/auth/logout", null);
        var laptopAfter = await laptop.GetAsync("/api/me");
        var phoneAfter = await phone.GetAsync("/api/me");
        var again = await SignedInAsync("le.van.dung", "MatKhau2026y");

        logout.StatusCode.Should().Be(HttpStatusCode.NoContent);
        laptopAfter.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await laptopAfter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("auth.token-revoked");
        phoneAfter.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token-holder's logout ends every session of that officer");
        (await again.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK, "signing in again gives a token with the new stamp");
        (await admin.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK, "another officer's token is untouched");
    }

    [Fact]
    public async Task ChangeOwnPassword_EndsEveryTokenOfTheOfficer_TheNewPasswordSignsIn()
    {
        var admin = await api.As("admin");
        (await admin.PostAsJsonAsync("/api/admin/officers", new
        {
            userName = "lo.thi.doi", password = "MatKhauCu2026", fullName = "Lò Thị Đôi", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "specialist" },
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var laptop = await SignedInAsync("lo.thi.doi", "MatKhauCu2026");
        var phone = await SignedInAsync("lo.thi.doi", "MatKhauCu2026");

        Task<HttpResponseMessage> Change(string current, string next) =>
            laptop.PostAsJsonAsync("/api/me/password", new { currentPassword = current, newPassword = next });
        await Problems.ExpectAsync(await Change("SaiMatKhau2026", "MatKhauMoi2026"), HttpStatusCode.UnprocessableEntity, "password.current-wrong");
        await Problems.ExpectAsync(await Change("MatKhauCu2026", "MatKhauCu2026"), HttpStatusCode.UnprocessableEntity, "password.same");
        await Problems.ExpectAsync(await Change("MatKhauCu2026", "ngan"), HttpStatusCode.UnprocessableEntity, "password.PasswordTooShort");
        await Problems.ExpectAsync(await Change("", "MatKhauMoi2026"), HttpStatusCode.UnprocessableEntity, "password.missing");
        (await laptop.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK, "a refused change ends nothing");

        var changed = await Change("MatKhauCu2026", "MatKhauMoi2026");

        changed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await laptop.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the token that changed it ends too: sign in again");
        (await phone.GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "lo.thi.doi", password = "MatKhauCu2026" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await SignedInAsync("lo.thi.doi", "MatKhauMoi2026")).GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.CreateClient().PostAsJsonAsync("/api/me/password", new { currentPassword = "a", newPassword = "b" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task AdminCreatesAnOfficer_UnknownRoleAndWeakPassword_Problem()
    {
        var admin = await api.As("admin");

        var response = await admin.PostAsJsonAsync("/api/admin/officers", new
        {
            userName = "tran.thi.c", password = "short", fullName = "Trần Thị C", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "mayor" },
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("officer.roles");
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        var response = await api.CreateClient().GetAsync("/api/procedures");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task OpenApiDocument_AndInteractiveReference_AreServed()
    {
        var client = api.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var docs = await client.GetAsync("/docs/index.html");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/desk/dossiers", "/api/dossiers/{id}/steps/{stepId}/complete", "/api/public/lookup", "/api/supervisor/on-time", "/api/green-lane/cases/{id}/expedite",
            "/api/public/uploads", "/api/public/applications", "/api/public/applications/lookup", "/api/desk/applications", "/api/desk/applications/{id}/accept", "/api/desk/applications/{id}/refuse"]);
        docs.StatusCode.Should().Be(HttpStatusCode.OK);
        (await docs.Content.ReadAsStringAsync()).Should().Contain("swagger");
    }

    [Fact]
    public async Task SignInAndLookup_NoPasswordPinOrTokenInTheLogs()
    {
        var client = api.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "xa-bac-ha.supervisor", password = OfficeApiFactory.Password }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        await client.PostAsJsonAsync("/api/auth/token", new { userName = "xa-bac-ha.supervisor", password = "Secret-Wrong-991" });
        var dossier = await Desk.ReceiveAsync(api);
        await client.PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = dossier.Pin });

        var logs = string.Join("\n", api.Logs);

        logs.Should().NotBeEmpty();
        logs.Should().NotContain(OfficeApiFactory.Password).And.NotContain("Secret-Wrong-991").And.NotContain(dossier.Pin).And.NotContain(token[..40]);
    }
}
