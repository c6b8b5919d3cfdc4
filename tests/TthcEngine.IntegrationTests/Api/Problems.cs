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
