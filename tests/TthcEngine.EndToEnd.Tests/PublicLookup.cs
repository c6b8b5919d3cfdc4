using System.Net.Http.Json;
using System.Text.Json;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>The public lookup the scenarios end with, typed through the client and as the JSON a browser receives.</summary>
internal static class PublicLookup
{
    public static async Task<PublicDossier> LookupAsync(this TthcServer server, ReceiveResponse receipt) =>
        await server.Public.LookupAsync(new LookupRequest(receipt.Code, receipt.Pin));

    /// <summary>
    /// Asserts that no text of the lookup's JSON (names and values, after unescaping) holds the applicant's data or
    /// the user name of an officer.
    /// </summary>
    public static async Task ShouldShowNoPersonalDataAsync(this TthcServer server, ReceiveResponse receipt, ApplicantInput applicant, params string[] officers)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsJsonAsync("/api/public/lookup", new LookupRequest(receipt.Code, receipt.Pin), TthcClient.JsonOptions);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = Texts(json.RootElement).ToList();

        texts.Should().NotBeEmpty();
        foreach (var secret in new[] { applicant.Name, applicant.IdNumber, applicant.Phone!, applicant.Address! }.Concat(officers))
        {
            texts.Should().NotContain(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase), $"the public lookup must not show \"{secret}\"");
        }
    }

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [element.ToString()],
    };
}
