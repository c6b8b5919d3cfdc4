using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// A second dossier of the same applicant, looked up in the population database at the desk: it takes the paper
/// accepted before without an upload, its identity is recorded as verified, and its portal record says so
/// (DuocTaiSuDung, DuocLayTuKhoDMQG, TaiKhoanDuocXacThucVoiVNeID, DSKetNoiCSDL).
/// </summary>
public class PopulationReuseTests(PopulationApiFactory api) : IClassFixture<PopulationApiFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task SecondDossier_LookedUpAndReusingTheIdCard_IsReportedAsReusedAndVerified()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var first = Birth("Sùng Thị Dung", "010190001234");
        first["documents"]![2]!["uploadId"] = await UploadAsync(desk);
        var firstId = await ReceiveAsync(desk, first);
        var accepted = (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{firstId}")).GetProperty("documents").EnumerateArray().Single().GetProperty("id").GetGuid();

        var lookup = await (await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010190001234", procedureCode = "1.001193" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        lookup.GetProperty("reusablePapers").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(accepted);
        var second = Birth(lookup.GetProperty("citizen").GetProperty("fullName").GetString()!, "010190001234");
        second["documents"]![2]!["reusedFrom"] = accepted;
        second["populationLookupId"] = lookup.GetProperty("lookupId").GetGuid();
        var secondId = await ReceiveAsync(desk, second);

        var view = await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{secondId}");
        view.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).Should().Contain("identityVerified");
        var reusedPaper = view.GetProperty("documents").EnumerateArray().Single();
        reusedPaper.GetProperty("reusedFrom").GetGuid().Should().Be(accepted, "taken without an upload");
        var record = await api.PortalRecordAsync(secondId);
        record.SubmittedDocuments.Should().ContainSingle().Which.Should().Match<PortalSubmittedDocument>(d =>
            d.ComponentCode == "giay-to-tuy-than" && d.Reused == "1" && d.FromNationalStore == "0" && d.Digitised == "1"
            && d.FileId == reusedPaper.GetProperty("id").GetGuid().ToString());
        record.VneIdVerified.Should().Be("1");
        record.DatabasesUsed.Select(d => d.Code).Should().Equal("7");
        (await api.PortalRecordAsync(firstId)).Should().Match<PortalDossier>(r =>
            r.VneIdVerified == "0" && r.DatabasesUsed.Count == 0 && r.SubmittedDocuments.Single().Reused == "0");
        var audit = (await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/population-lookups"))
            .EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == lookup.GetProperty("lookupId").GetGuid());
        audit.GetProperty("dossierId").GetGuid().Should().Be(secondId);
    }

    [Fact]
    public async Task Dossier_IdentityPaperTakenFromThePopulationDatabase_IsReportedFromTheNationalStore()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var lookupId = await LookUpAsync(desk, "010302000777");
        var body = Birth("Nguyễn Thị Mai", "010302000777");
        body["documents"]![2]!["kind"] = "populationDatabase";
        body["populationLookupId"] = lookupId;

        var id = await ReceiveAsync(desk, body);

        var paper = (await api.PortalRecordAsync(id)).SubmittedDocuments.Should().ContainSingle().Subject;
        paper.Should().Match<PortalSubmittedDocument>(d =>
            d.ComponentCode == "giay-to-tuy-than" && d.FromNationalStore == "1" && d.Reused == "1" && d.Digitised == "0" && d.FileId == lookupId.ToString());
        var again = Birth("Nguyễn Thị Mai", "010302000777");
        again["populationLookupId"] = lookupId;
        var reused = await desk.PostAsJsonAsync("/api/desk/dossiers", again);
        reused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "one lookup verifies one dossier");
        (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("receive.population-lookup");
    }

    [Fact]
    public async Task Receive_WithTheLookupOfAnotherIdNumber_IsRefused()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var lookupId = await LookUpAsync(desk, "010085004321");
        var body = Birth("Người Khác", "010190009999");
        body["populationLookupId"] = lookupId;

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("receive.population-lookup");
    }

    [Fact]
    public async Task Receive_PopulationDatabasePaperWithoutALookup_IsRefused()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var body = Birth("Lò Văn Páo", "010085004321");
        body["documents"]![2]!["kind"] = "populationDatabase";

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("receive.population-paper");
    }

    private static JsonNode Birth(string name, string idNumber) => JsonSerializer.SerializeToNode(Desk.BirthRegistration(name, idNumber), Web)!;

    private static async Task<Guid> UploadAsync(HttpClient desk)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 cccd"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "cccd.pdf");
        return (await (await desk.PostAsync("/api/uploads", form)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> LookUpAsync(HttpClient desk, string idNumber)
    {
        var lookup = await (await desk.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber, procedureCode = "1.001193" })).Content.ReadFromJsonAsync<JsonElement>();
        lookup.GetProperty("found").GetBoolean().Should().BeTrue();
        return lookup.GetProperty("lookupId").GetGuid();
    }

    private static async Task<Guid> ReceiveAsync(HttpClient desk, JsonNode body)
    {
        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetGuid();
    }

}
