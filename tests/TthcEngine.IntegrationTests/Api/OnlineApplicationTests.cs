using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Online submission: the applicant uploads papers and submits (status 1), the desk of the chosen commune accepts it
/// through its receipt (a dossier, channel online) or refuses it; a later application of the same applicant reuses an
/// accepted paper by the earlier dossier's code and PIN, never by the ID number alone.
/// </summary>
public class OnlineApplicationTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private const string CocSan = "xa-coc-san";

    /// <summary>Uploads a PDF with <paramref name="text"/> as its content: publicly, or as an officer at <c>/api/uploads</c>.</summary>
    internal static async Task<Guid> UploadAsync(HttpClient client, string text = "%PDF-1.7 giay to", string path = "/api/public/uploads")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "giay-to.pdf");
        var response = await client.PostAsync(path, form);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>A birth registration (1.001193) at <paramref name="agency"/>: each required document uploaded, the ID card uploaded or as given.</summary>
    internal static async Task<object> BirthRegistrationAsync(
        HttpClient client, string idNumber, string name = "Vàng Thị Mai", string agency = CocSan, object? idCard = null, string procedureCode = "1.001193") => new
        {
            procedureCode,
            agency,
            applicant = new { name, idNumber, phone = "0912345678", email = "mai@example.vn", address = "Thôn Cốc San" },
            documents = new[]
            {
                new { documentId = "to-khai", uploadId = (Guid?)await UploadAsync(client), reuseFrom = (object?)null },
                new { documentId = "giay-chung-sinh", uploadId = (Guid?)await UploadAsync(client), reuseFrom = (object?)null },
                idCard is null
                    ? new { documentId = "giay-to-tuy-than", uploadId = (Guid?)await UploadAsync(client, "%PDF-1.7 cccd " + idNumber), reuseFrom = (object?)null }
                    : new { documentId = "giay-to-tuy-than", uploadId = (Guid?)null, reuseFrom = (object?)idCard },
            },
        };

    internal sealed record Submitted(string Reference, string Pin);

    internal static async Task<Submitted> SubmitAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/public/applications", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(HttpStatusCode.Created, json.ToString());
        json.GetProperty("nationalStatus").GetInt32().Should().Be(1);
        return new Submitted(json.GetProperty("reference").GetString()!, json.GetProperty("pin").GetString()!);
    }

    internal static async Task<JsonElement> LookupAsync(HttpClient client, Submitted application)
    {
        var response = await client.PostAsJsonAsync("/api/public/applications/lookup", new { reference = application.Reference, pin = application.Pin });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(HttpStatusCode.OK, json.ToString());
        return json;
    }

    internal static async Task<Guid> PendingIdAsync(HttpClient desk, string reference) =>
        (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray()
            .Single(a => a.GetProperty("reference").GetString() == reference).GetProperty("id").GetGuid();

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Problems.ExpectAsync(response, status, code);

    /// <summary>The path of the QR code of <paramref name="text"/>, as the forms draw it (QRCoder, level M).</summary>
    private static string QrPath(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var svg = new QRCoder.SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", true, QRCoder.SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf(" d=\"", StringComparison.Ordinal);
        return svg[start..svg.IndexOf('"', start + 4)];
    }

    private async Task<int> WithReuseAsync()
    {
        var lines = await (await api.As("lao-cai.supervisor")).GetFromJsonAsync<JsonElement>("/api/supervisor/reuse?from=2026-03&to=2026-03");
        return lines.EnumerateArray().Where(l => l.GetProperty("procedureCode").GetString() == "1.001193" && l.GetProperty("agency").GetString() == CocSan)
            .Sum(l => l.GetProperty("withReuse").GetInt32());
    }

    [Fact]
    public async Task Application_AcceptedByTheDesk_BecomesAnOnlineDossier_AndALaterOneReusesItsIdCardByCodeAndPin()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var first = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600001"));
        (await LookupAsync(citizen, first)).GetProperty("state").GetString().Should().Be("submitted");

        var pending = (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray().Single(a => a.GetProperty("reference").GetString() == first.Reference);
        pending.GetProperty("papers").GetArrayLength().Should().Be(3);
        var accepted = await desk.PostAsync($"/api/desk/applications/{pending.GetProperty("id").GetGuid()}/accept", null);
        var receipt = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        accepted.StatusCode.Should().Be(HttpStatusCode.Created, receipt.ToString());
        var dossier = await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{receipt.GetProperty("id").GetGuid()}");
        dossier.GetProperty("channel").GetString().Should().Be("online");
        dossier.GetProperty("nationalStatus").GetInt32().Should().Be(4, "received (2) by the competent commune's own desk, whose receipt step is done at once: the dossier is at its specialist");
        dossier.GetProperty("timeline").EnumerateArray().First().GetProperty("officer").GetString().Should().Be(Desk.CocSanDesk);
        dossier.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("documentId").GetString())
            .Should().BeEquivalentTo("to-khai", "giay-chung-sinh", "giay-to-tuy-than");
        var idCard = dossier.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("documentId").GetString() == "giay-to-tuy-than").GetProperty("id").GetGuid();

        var status = await LookupAsync(citizen, first);
        status.GetProperty("state").GetString().Should().Be("accepted");
        status.GetProperty("nationalStatus").GetInt32().Should().Be(2);
        status.GetProperty("dossierCode").GetString().Should().Be(receipt.GetProperty("code").GetString());
        var dossierPin = status.GetProperty("dossierPin").GetString()!;
        (await citizen.PostAsJsonAsync("/api/public/lookup", new { code = status.GetProperty("dossierCode").GetString(), pin = dossierPin }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "the applicant follows the dossier with the code and PIN the application's lookup gave");
        (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray()
            .Should().NotContain(a => a.GetProperty("reference").GetString() == first.Reference, "an accepted application is no longer pending");

        var reuseBefore = await WithReuseAsync();
        var second = await SubmitAsync(citizen, await BirthRegistrationAsync(
            citizen, "012345600001", idCard: new { code = status.GetProperty("dossierCode").GetString(), pin = dossierPin }));
        var secondPending = (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray().Single(a => a.GetProperty("reference").GetString() == second.Reference);
        secondPending.GetProperty("papers").EnumerateArray().Single(p => p.GetProperty("documentId").GetString() == "giay-to-tuy-than")
            .GetProperty("reusedFromDossier").GetString().Should().Be(receipt.GetProperty("code").GetString());
        var secondReceipt = await (await desk.PostAsync($"/api/desk/applications/{secondPending.GetProperty("id").GetGuid()}/accept", null)).Content.ReadFromJsonAsync<JsonElement>();
        var secondDossier = await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{secondReceipt.GetProperty("id").GetGuid()}");

        var reused = secondDossier.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("documentId").GetString() == "giay-to-tuy-than");
        reused.GetProperty("reusedFrom").GetGuid().Should().Be(idCard);
        (await WithReuseAsync()).Should().Be(reuseBefore + 1, "the supervisor's reuse rate counts the dossier that reused online");
        var portal = await api.PortalRecordAsync(secondReceipt.GetProperty("id").GetGuid());
        portal.Channel.Should().Be("2", "KenhThucHien 2: online");
        portal.SubmittedDocuments.Single(d => d.ComponentCode == "giay-to-tuy-than").Reused.Should().Be("1");
        portal.SubmittedDocuments.Single(d => d.ComponentCode == "to-khai").Reused.Should().Be("0");
    }


    [Fact]
    public async Task Reuse_IsRefused_WithAWrongPin_ForAnotherApplicant_AndForADocumentNotReusable()
    {
        var citizen = await api.As(null);
        var earlier = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Lò Văn Pao", "012345600002"));
        var wrongPin = earlier.Pin == "22222222" ? "33333333" : "22222222";

        var wrong = await citizen.PostAsJsonAsync("/api/public/applications", await BirthRegistrationAsync(
            citizen, "012345600002", idCard: new { code = earlier.Code, pin = wrongPin }));
        var stranger = await citizen.PostAsJsonAsync("/api/public/applications", await BirthRegistrationAsync(
            citizen, "012345600003", name: "Người Khác", idCard: new { code = earlier.Code, pin = earlier.Pin }));
        var notReusable = await citizen.PostAsJsonAsync("/api/public/applications", new
        {
            procedureCode = "1.001193",
            agency = CocSan,
            applicant = new { name = "Lò Văn Pao", idNumber = "012345600002" },
            documents = new object[]
            {
                new { documentId = "to-khai", reuseFrom = new { code = earlier.Code, pin = earlier.Pin } },
                new { documentId = "giay-chung-sinh", uploadId = await UploadAsync(citizen) },
                new { documentId = "giay-to-tuy-than", uploadId = await UploadAsync(citizen) },
            },
        });

        await ProblemAsync(wrong, HttpStatusCode.NotFound, "lookup.not-found");
        await ProblemAsync(stranger, HttpStatusCode.UnprocessableEntity, "application.not-reusable");
        await ProblemAsync(notReusable, HttpStatusCode.UnprocessableEntity, "application.not-reusable");

        // The wrong PIN counted against the earlier dossier's lock: four more misses and even the right PIN is refused for a while.
        for (var i = 0; i < 4; i++)
        {
            (await citizen.PostAsJsonAsync("/api/public/lookup", new { code = earlier.Code, pin = wrongPin })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        (await citizen.PostAsJsonAsync("/api/public/lookup", new { code = earlier.Code, pin = earlier.Pin }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "five misses lock the code, the reuse's miss among them");
    }

    [Fact]
    public async Task BadInput_AnswersProblemsWithBothMessages()
    {
        var citizen = await api.As(null);
        var used = await BirthRegistrationAsync(citizen, "012345600004");
        await SubmitAsync(citizen, used);

        var unknownProcedure = await citizen.PostAsJsonAsync("/api/public/applications", await BirthRegistrationAsync(citizen, "012345600004", procedureCode: "9.999999"));
        var provinceForCommune = await citizen.PostAsJsonAsync("/api/public/applications", await BirthRegistrationAsync(citizen, "012345600004", agency: "lao-cai"));
        var unknownAgency = await citizen.PostAsJsonAsync("/api/public/applications", await BirthRegistrationAsync(citizen, "012345600004", agency: "xa-khong-co"));
        var missing = await citizen.PostAsJsonAsync("/api/public/applications", new
        {
            procedureCode = "1.001193",
            agency = CocSan,
            applicant = new { name = "Vàng Thị Mai", idNumber = "012345600004" },
            documents = new[] { new { documentId = "to-khai", uploadId = await UploadAsync(citizen) } },
        });
        var unknownUpload = await citizen.PostAsJsonAsync("/api/public/applications", new
        {
            procedureCode = "1.001193",
            agency = CocSan,
            applicant = new { name = "Vàng Thị Mai", idNumber = "012345600004" },
            documents = new[]
            {
                new { documentId = "to-khai", uploadId = Guid.NewGuid() },
                new { documentId = "giay-chung-sinh", uploadId = await UploadAsync(citizen) },
                new { documentId = "giay-to-tuy-than", uploadId = await UploadAsync(citizen) },
            },
        });
        var usedAgain = await citizen.PostAsJsonAsync("/api/public/applications", used);
        var noSource = await citizen.PostAsJsonAsync("/api/public/applications", new
        {
            procedureCode = "1.001193",
            agency = CocSan,
            applicant = new { name = "Vàng Thị Mai", idNumber = "012345600004" },
            documents = new[] { new { documentId = "to-khai" } },
        });

        await ProblemAsync(unknownProcedure, HttpStatusCode.UnprocessableEntity, "receive.unknown-procedure");
        await ProblemAsync(provinceForCommune, HttpStatusCode.UnprocessableEntity, "receive.agency");
        await ProblemAsync(unknownAgency, HttpStatusCode.UnprocessableEntity, "application.agency");
        await ProblemAsync(missing, HttpStatusCode.UnprocessableEntity, "receive.missing-document");
        await ProblemAsync(unknownUpload, HttpStatusCode.UnprocessableEntity, "receive.unknown-upload");
        await ProblemAsync(usedAgain, HttpStatusCode.UnprocessableEntity, "receive.unknown-upload");
        await ProblemAsync(noSource, HttpStatusCode.UnprocessableEntity, "application.paper-source");
    }

    [Fact]
    public async Task DeskUpload_CannotServeAnApplication_NorAPublicUploadTheDesk()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7 desk"u8.ToArray()), "file", "desk.pdf" } };
        var deskUpload = (await (await desk.PostAsync("/api/uploads", form)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var publicUpload = await UploadAsync(citizen);

        var application = JsonSerializer.SerializeToNode(await BirthRegistrationAsync(citizen, "012345600005"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        application["documents"]![0]!["uploadId"] = deskUpload;
        var receipt = JsonSerializer.SerializeToNode(Desk.BirthRegistration("Vàng Thị Mai", "012345600005"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        receipt["documents"]![0]!["uploadId"] = publicUpload;

        await ProblemAsync(await citizen.PostAsJsonAsync("/api/public/applications", application), HttpStatusCode.UnprocessableEntity, "receive.unknown-upload");
        await ProblemAsync(await desk.PostAsJsonAsync("/api/desk/dossiers", receipt), HttpStatusCode.UnprocessableEntity, "receive.unknown-upload");
    }

    [Fact]
    public async Task RefusedByTheDesk_TheLookupShowsTheReason_AndNoDossierIsMade()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600006"));
        var id = await PendingIdAsync(desk, application.Reference);

        var noReason = await desk.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = " " });
        var refused = await desk.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = "Giấy chứng sinh không đọc được" });
        var acceptAfter = await desk.PostAsync($"/api/desk/applications/{id}/accept", null);

        await ProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, "application.reason");
        refused.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ProblemAsync(acceptAfter, HttpStatusCode.Conflict, "application.decided");
        var status = await LookupAsync(citizen, application);
        status.GetProperty("state").GetString().Should().Be("refused");
        status.GetProperty("nationalStatus").GetInt32().Should().Be(3);
        status.GetProperty("refusalReason").GetString().Should().Be("Giấy chứng sinh không đọc được");
        status.GetProperty("dossierCode").ValueKind.Should().Be(JsonValueKind.Null);
        status.GetProperty("refusedCode").GetString().Should().MatchRegex(@"^000\.21\.40\.H40-\d{6}-\d{4}$", "the refusal is given a code of Cốc San's desk");
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        (await db.Dossiers.CountAsync(d => d.Applicant.IdNumber == "012345600006")).Should().Be(0);
        (await db.Set<NationalPortalSyncDossierRecord>().CountAsync(d => d.DossierId == id)).Should().Be(0, "no portal is configured here");
    }

    [Fact]
    public async Task RefusedApplication_HasItsRefusalSlip_ForTheDeskAndTheApplicant_AndTheDeskListsItWithItsCode()
    {
        const string Reason = "Tờ khai thiếu chữ ký của người đi khai";
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var foreignDesk = await api.As("xa-bac-ha.mot-cua-xa.desk");
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600010", name: "Lò Văn Hùng"));
        var id = await PendingIdAsync(desk, application.Reference);
        var credentials = new { reference = application.Reference, pin = application.Pin };
        var deskBefore = await desk.GetAsync($"/api/desk/applications/{id}/forms/refusal");
        var publicBefore = await citizen.PostAsJsonAsync("/api/public/applications/refusal-slip", credentials);
        api.Clock.Advance(TimeSpan.FromMinutes(25));

        (await desk.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = Reason })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        api.Clock.Advance(TimeSpan.FromHours(3));
        var status = await LookupAsync(citizen, application);
        var code = status.GetProperty("refusedCode").GetString()!;
        var deskSlip = await desk.GetAsync($"/api/desk/applications/{id}/forms/refusal");
        var publicSlip = await citizen.PostAsJsonAsync("/api/public/applications/refusal-slip", credentials);
        var wrongPin = await citizen.PostAsJsonAsync("/api/public/applications/refusal-slip", new { reference = application.Reference, pin = application.Pin == "22222222" ? "33333333" : "22222222" });
        var foreignSlip = await foreignDesk.GetAsync($"/api/desk/applications/{id}/forms/refusal");
        var refused = await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications/refused");
        var foreignRefused = await foreignDesk.GetFromJsonAsync<JsonElement>("/api/desk/applications/refused");

        await ProblemAsync(deskBefore, HttpStatusCode.Conflict, "form.not-applicable");
        await ProblemAsync(publicBefore, HttpStatusCode.Conflict, "form.not-applicable");
        deskSlip.StatusCode.Should().Be(HttpStatusCode.OK);
        deskSlip.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await deskSlip.Content.ReadAsStringAsync();
        var officer = (await desk.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("fullName").GetString()!;
        var submitted = status.GetProperty("submittedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));
        var refusedAt = status.GetProperty("decidedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));
        html.Should().Contain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ").And.Contain("Mẫu số 03")
            .And.Contain($"Mã hồ sơ: {code}").And.Contain("Lò Văn Hùng").And.Contain(Reason).And.Contain(officer)
            .And.Contain("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ CỐC SAN", "the desk of Cốc San issues it");
        html.Should().Contain($"{submitted:HH} giờ {submitted:mm} phút, ngày {submitted:dd} tháng {submitted:MM} năm {submitted:yyyy}", "the papers came at the submission");
        html.Should().Contain($"ngày {refusedAt:dd} tháng {refusedAt:MM} năm {refusedAt:yyyy}", "it is dated at the refusal");
        refusedAt.Should().Be(submitted.AddMinutes(25));
        html.Should().NotContain(application.Pin);
        html.Should().Contain(QrPath($"http://127.0.0.1:5080/nop-truc-tuyen/tra-cuu?ma={application.Reference}"), "the QR code opens the application's lookup")
            .And.NotContain(QrPath($"http://127.0.0.1:5080/tra-cuu?ma={code}"), "no dossier has the refusal's code");
        publicSlip.StatusCode.Should().Be(HttpStatusCode.OK);
        (await publicSlip.Content.ReadAsStringAsync()).Should().Be(html, "the applicant's slip is the desk's, printed later");
        await ProblemAsync(wrongPin, HttpStatusCode.NotFound, "lookup.not-found");
        await ProblemAsync(foreignSlip, HttpStatusCode.NotFound, "application.not-found");
        var listed = refused.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        listed.GetProperty("refusedCode").GetString().Should().Be(code);
        listed.GetProperty("reference").GetString().Should().Be(application.Reference);
        listed.GetProperty("applicantName").GetString().Should().Be("Lò Văn Hùng");
        listed.GetProperty("reason").GetString().Should().Be(Reason);
        listed.GetProperty("refusedAt").GetDateTimeOffset().Should().Be(refusedAt);
        listed.GetProperty("refusedBy").GetString().Should().Be(Desk.CocSanDesk);
        foreignRefused.EnumerateArray().Should().NotContain(a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Submit_RetriedWithTheSameKey_AnswersTheFirstApplication_AnotherBodyIsRefused()
    {
        var citizen = await api.As(null);
        var body = await BirthRegistrationAsync(citizen, "012345600011");

        var first = await SubmitWithKeyAsync(citizen, body, "nop-lai-1");
        var retried = await SubmitWithKeyAsync(citizen, body, "nop-lai-1");
        var other = await SubmitWithKeyAsync(citizen, await BirthRegistrationAsync(citizen, "012345600011"), "nop-lai-1");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        retried.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retried.Content.ReadFromJsonAsync<JsonElement>()).ToString().Should().Be(answer.ToString(), "the same reference and PIN");
        await ProblemAsync(other, HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        (await ApplicationsOfAsync("012345600011")).Should().Be(1);
        (await LookupAsync(citizen, new Submitted(answer.GetProperty("reference").GetString()!, answer.GetProperty("pin").GetString()!)))
            .GetProperty("nationalStatus").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Submit_SentTwiceAtOnceWithTheSameKey_MakesOneApplication_BothGetItsAnswer()
    {
        var citizen = await api.As(null);
        var body = await BirthRegistrationAsync(citizen, "012345600012");

        var answers = await Task.WhenAll(SubmitWithKeyAsync(citizen, body, "nop-dong-thoi"), SubmitWithKeyAsync(citizen, body, "nop-dong-thoi"));

        answers.Select(a => a.StatusCode).Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created);
        var references = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()));
        references.Distinct().Should().ContainSingle();
        (await ApplicationsOfAsync("012345600012")).Should().Be(1);
    }

    private static Task<HttpResponseMessage> SubmitWithKeyAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/applications") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task<int> ApplicationsOfAsync(string idNumber)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OnlineApplications.CountAsync(a => a.Applicant.IdNumber == idNumber);
    }

    [Fact]
    public async Task DoubleAccept_MakesOneDossier()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600007"));
        var id = await PendingIdAsync(desk, application.Reference);

        var answers = await Task.WhenAll(desk.PostAsync($"/api/desk/applications/{id}/accept", null), desk.PostAsync($"/api/desk/applications/{id}/accept", null));
        var again = await desk.PostAsync($"/api/desk/applications/{id}/accept", null);

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        await ProblemAsync(again, HttpStatusCode.Conflict, "application.decided");
        await using var scope = api.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Dossiers.CountAsync(d => d.Applicant.IdNumber == "012345600007")).Should().Be(1);
    }

    [Fact]
    public async Task AnotherAgencysDesk_NeitherSeesNorDecidesTheApplication()
    {
        var citizen = await api.As(null);
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600008"));
        var id = await PendingIdAsync(await api.As(Desk.CocSanDesk), application.Reference);
        var foreign = await api.As("xa-bac-ha.mot-cua-xa.desk");

        (await foreign.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray()
            .Should().NotContain(a => a.GetProperty("reference").GetString() == application.Reference);
        await ProblemAsync(await foreign.PostAsync($"/api/desk/applications/{id}/accept", null), HttpStatusCode.NotFound, "application.not-found");
        await ProblemAsync(await foreign.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = "Không" }), HttpStatusCode.NotFound, "application.not-found");
        (await LookupAsync(citizen, application)).GetProperty("state").GetString().Should().Be("submitted");
    }

    [Fact]
    public async Task Lookup_WithAWrongPin_IsNotFound()
    {
        var citizen = await api.As(null);
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600009"));

        var response = await citizen.PostAsJsonAsync("/api/public/applications/lookup", new { reference = application.Reference, pin = application.Pin == "22222222" ? "33333333" : "22222222" });

        await ProblemAsync(response, HttpStatusCode.NotFound, "lookup.not-found");
    }
}
