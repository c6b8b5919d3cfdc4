using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Data reuse: a second dossier of the same applicant takes a paper accepted before instead of an upload, and the share
/// of dossiers that reused appears in the supervisors' figures per agency and procedure.
/// </summary>
public class ReuseTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task SecondDossier_ReusesTheAcceptedIdCard_AndTheRateShows()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 cccd"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "cccd.pdf");
        var upload = await (await desk.PostAsync("/api/uploads", form)).Content.ReadFromJsonAsync<JsonElement>();
        var first = JsonSerializer.SerializeToNode(Desk.BirthRegistration("Sùng Thị Dung", "012345678901"), Web)!;
        first["documents"]![2]!["uploadId"] = upload.GetProperty("id").GetGuid();
        var firstReceipt = await (await desk.PostAsJsonAsync("/api/desk/dossiers", first)).Content.ReadFromJsonAsync<JsonElement>();
        var accepted = (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{firstReceipt.GetProperty("id").GetGuid()}"))
            .GetProperty("documents").EnumerateArray().Single().GetProperty("id").GetGuid();

        var second = JsonSerializer.SerializeToNode(Desk.BirthRegistration("Sùng Thị Dung", "012345678901"), Web)!;
        second["documents"]![2]!["reusedFrom"] = accepted;
        var secondResponse = await desk.PostAsJsonAsync("/api/desk/dossiers", second);
        var stranger = JsonSerializer.SerializeToNode(Desk.BirthRegistration("Người Khác", "012345678999"), Web)!;
        stranger["documents"]![2]!["reusedFrom"] = accepted;
        var strangerResponse = await desk.PostAsJsonAsync("/api/desk/dossiers", stranger);

        secondResponse.StatusCode.Should().Be(HttpStatusCode.Created);
        strangerResponse.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "only the same applicant may reuse the paper");
        var reused = (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{(await secondResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}"))
            .GetProperty("documents").EnumerateArray().Single();
        reused.GetProperty("reusedFrom").GetGuid().Should().Be(accepted);
        reused.GetProperty("sha256").GetString().Should().Be(upload.GetProperty("sha256").GetString());

        var lines = await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/reuse?from=2026-03&to=2026-03");
        var line = lines.EnumerateArray().Single(l => l.GetProperty("procedureCode").GetString() == "1.001193");
        line.GetProperty("agency").GetString().Should().Be("xa-coc-san");
        line.GetProperty("received").GetInt32().Should().Be(2);
        line.GetProperty("withReuse").GetInt32().Should().Be(1);
        line.GetProperty("reuseRate").GetDouble().Should().Be(0.5);
        (await (await api.As("xa-bac-ha.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/reuse")).GetArrayLength().Should().Be(0, "another commune's supervisor sees none of Cốc San's");
    }
}
