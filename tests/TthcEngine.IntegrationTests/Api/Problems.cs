using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The check of an error answer the API tests share.</summary>
internal static class Problems
{
    /// <summary>
    /// The answer has <paramref name="status"/> and names <paramref name="code"/>: one problem answers its own code,
    /// several answer <c>request.invalid</c> with each in <c>errors</c>. Both languages' messages are there.
    /// </summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(status, problem.ToString());
        var codes = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList() : [];
        codes.Add(problem.GetProperty("code").GetString());
        codes.Should().Contain(code, problem.ToString());
        problem.GetProperty("messageVi").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("messageEn").GetString().Should().NotBeNullOrWhiteSpace();
        return problem;
    }
}

/// <summary>What the API tests about who holds a step share: the good answer's check, and a second officer of a unit.</summary>
internal static class Answers
{
    /// <summary>The answer is 200; its JSON.</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>An officer the admin creates (by default a second specialist of Cốc San's tư pháp - hộ tịch), with the demo password.</summary>
    public static async Task<string> ColleagueAsync(
        OfficeApiFactory api, string userName, string agency = "xa-coc-san", string unit = "tu-phap-ho-tich", string role = "specialist")
    {
        var created = await (await api.As("admin")).PostAsJsonAsync("/api/admin/officers", new
        {
            userName, password = OfficeApiFactory.Password, fullName = "Lò Văn Minh", agency, unit, roles = new[] { role },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return userName;
    }
}
