using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TthcEngine.UiTests;

/// <summary>The public lookup on a weak connection: everything its loads transfer, measured in the browser.</summary>
[Collection(UiCollection.Name)]
public sealed class PublicPageTests(UiFixture ui, ITestOutputHelper output)
{
    private const long Budget = 100 * 1024;

    [Fact]
    public async Task LookupPage_EmptyAndWithATimeline_TransfersUnderHundredKilobytes()
    {
        var (code, pin) = await ReceiveThroughApiAsync();
        var citizen = await ui.OpenAsync(null, 390, 844);
        long total = 0;
        var requests = new List<IRequest>();
        citizen.RequestFinished += (_, request) => requests.Add(request);

        await citizen.GotoAsync($"/tra-cuu?ma={Uri.EscapeDataString(code)}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var empty = await SumAsync(requests);
        requests.Clear();
        await citizen.FillAsync("#Pin", pin);
        await citizen.ClickAsync("form:not([action*='handler']) button[type=submit]");
        await citizen.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await citizen.InnerTextAsync("#public-status")).Should().Contain("Đang xử lý");
        var found = await SumAsync(requests);
        total = empty.Bytes + found.Bytes;

        output.WriteLine($"/tra-cuu: {empty.Count} requests, {empty.Bytes} bytes; with a timeline: {found.Count} requests, {found.Bytes} bytes");
        empty.Bytes.Should().BeLessThan(Budget);
        found.Bytes.Should().BeLessThan(Budget);
        empty.Count.Should().BeLessThanOrEqualTo(3, "the page, one style sheet and one optional script");
        total.Should().BeGreaterThan(0);
    }

    /// <summary>Bytes on the wire of each request: response headers and body as received (no cache: a first visit).</summary>
    private static async Task<(int Count, long Bytes)> SumAsync(List<IRequest> requests)
    {
        long bytes = 0;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize + sizes.RequestHeadersSize + sizes.RequestBodySize;
        }

        return (requests.Count, bytes);
    }

    private async Task<(string Code, string Pin)> ReceiveThroughApiAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(ui.App.BaseUrl) };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = "xa-coc-san.mot-cua-xa.desk", password = UiFixture.Password });
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await http.PostAsJsonAsync("/api/desk/dossiers", new
        {
            procedureCode = "1.001193",
            applicant = new { name = "Lò Văn Páo", idNumber = "010203004099" },
            documents = new object[] { new { documentId = "to-khai" }, new { documentId = "giay-chung-sinh" }, new { documentId = "giay-to-tuy-than", kind = "copy" } },
        });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.IsSuccessStatusCode.Should().BeTrue(json.ToString());
        return (json.GetProperty("code").GetString()!, json.GetProperty("pin").GetString()!);
    }
}
