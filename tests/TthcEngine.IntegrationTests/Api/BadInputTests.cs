using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>Uploads of at most 4 KB, so the size limit is cheap to cross.</summary>
public sealed class SmallUploadApiFactory : OfficeApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Uploads:MaxBytes", "4096")];
}

/// <summary>
/// Bad input of every kind answers a problem with its stable code and both languages, and stores nothing: malformed
/// JSON, an unknown procedure, a missing required document, a wrong applicant, an upload too large or not of an
/// accepted type (told by content, not by name), impossible dates.
/// </summary>
public class BadInputTests(SmallUploadApiFactory api) : IClassFixture<SmallUploadApiFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private async Task<int> DossierCountAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Dossiers.CountAsync();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().Should().Be(code);
        problem.GetProperty("messageVi").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("messageEn").GetString().Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    [Fact]
    public async Task Receive_MalformedJson_BadRequestProblem_NothingStored()
    {
        var before = await DossierCountAsync();
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsync("/api/desk/dossiers", new StringContent("{\"procedureCode\": \"1.001193\", ", Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "request.malformed");
        (await DossierCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Receive_UnknownProcedure_Problem_NothingStored()
    {
        var before = await DossierCountAsync();
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", new
        {
            procedureCode = "9.999999",
            applicant = new { name = "Lò Văn Sử", idNumber = "010203004005" },
            documents = Array.Empty<object>(),
        });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "receive.unknown-procedure");
        (await DossierCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Receive_MissingRequiredDocument_NamesIt_NothingStored()
    {
        var before = await DossierCountAsync();
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", new
        {
            procedureCode = "1.001193",
            applicant = new { name = "Lò Văn Sử", idNumber = "010203004005" },
            documents = new object[] { new { documentId = "to-khai" }, new { documentId = "giay-to-tuy-than" } },
        });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "receive.missing-document");
        problem.GetProperty("messageEn").GetString().Should().Contain("giay-chung-sinh").And.NotContain("van-ban-uy-quyen", "a conditional document is not required");
        problem.GetProperty("messageVi").GetString().Should().Contain("Giấy chứng sinh");
        (await DossierCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Receive_SeveralProblems_ListsEveryOne()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", new
        {
            procedureCode = "1.001193",
            channel = "fax",
            applicant = new { name = "", idNumber = "12345", email = "not-an-address" },
            documents = new object[] { new { documentId = "to-khai", quantity = 0 }, new { documentId = "bang-lai-xe" } },
        });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "request.invalid");
        problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).Should().Contain(
        [
            "receive.channel", "receive.applicant-name", "receive.applicant-id", "receive.applicant-email",
            "receive.document-quantity", "receive.unknown-document", "receive.missing-document",
        ]);
    }

    [Fact]
    public async Task Receive_GreenLaneForAProcedureWithout_Problem()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var body = JsonSerializer.SerializeToNode(Desk.BirthRegistration(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        body["lane"] = "greenLane";

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "receive.no-green-lane");
    }

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task Upload_TooLarge_PayloadTooLargeProblem()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var content = new byte[5000];
        "%PDF-1.7"u8.CopyTo(content);

        var response = await desk.PostAsync("/api/uploads", File(content, "to-khai.pdf"));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "upload.too-large");
    }

    [Fact]
    public async Task Upload_TextNamedPdf_RefusedByContent()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsync("/api/uploads", File("<html>not a scan</html>"u8.ToArray(), "to-khai.pdf"));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "upload.type");
    }

    [Fact]
    public async Task Upload_PngNamedPdf_StoredAsPngWithItsSha256()
    {
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsync("/api/uploads", File(Png, "giay-chung-sinh.pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var upload = await response.Content.ReadFromJsonAsync<JsonElement>();
        upload.GetProperty("contentType").GetString().Should().Be("image/png");
        upload.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)));
        upload.GetProperty("size").GetInt64().Should().Be(Png.Length);
    }

    [Fact]
    public async Task Receive_WithAnUpload_AttachesItToTheDossier()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var upload = await (await desk.PostAsync("/api/uploads", File(Png, "giay-chung-sinh.png"))).Content.ReadFromJsonAsync<JsonElement>();
        var body = JsonSerializer.SerializeToNode(Desk.BirthRegistration(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        body["documents"]![1]!["uploadId"] = upload.GetProperty("id").GetGuid();

        var received = await (await desk.PostAsJsonAsync("/api/desk/dossiers", body)).Content.ReadFromJsonAsync<JsonElement>();
        var dossier = await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{received.GetProperty("id").GetGuid()}");

        var attached = dossier.GetProperty("documents").EnumerateArray().Single();
        attached.GetProperty("documentId").GetString().Should().Be("giay-chung-sinh");
        attached.GetProperty("sha256").GetString().Should().Be(upload.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Receive_AnotherOfficersUpload_Problem()
    {
        var other = await api.As("xa-bac-ha.mot-cua-xa.desk");
        var upload = await (await other.PostAsync("/api/uploads", File(Png, "x.png"))).Content.ReadFromJsonAsync<JsonElement>();
        var desk = await api.As(Desk.CocSanDesk);
        var body = JsonSerializer.SerializeToNode(Desk.BirthRegistration(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        body["documents"]![0]!["uploadId"] = upload.GetProperty("id").GetGuid();

        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "receive.unknown-upload");
    }

    [Fact]
    public async Task Apology_NewDateBeforeTheOriginal_Problem_NothingChanged()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var leader = await api.As("xa-coc-san.lanh-dao-xa.leader");

        var response = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { reason = "Chậm", newDueAt = OfficeApiFactory.Monday.AddHours(1) });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "apology.new-date");
        var view = await leader.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}");
        view.GetProperty("extendedDueAt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/supervisor/on-time?from=2026-13")]
    [InlineData("/api/supervisor/on-time?scope=district")]
    public async Task OnTime_ImpossibleFilter_Problem(string url)
    {
        var supervisor = await api.As("lao-cai.supervisor");

        var response = await supervisor.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task UnknownRoute_NotFoundProblemInBothLanguages()
    {
        var response = await api.CreateClient().GetAsync("/api/no-such-thing");

        await ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Step_ThatIsNotActive_RuleProblem()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var leader = await api.As("xa-coc-san.lanh-dao-xa.leader");

        var response = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/ky-duyet/complete", new { opinion = "Đồng ý" });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "step.not-active");
    }
}
