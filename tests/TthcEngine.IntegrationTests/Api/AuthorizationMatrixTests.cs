using System.Net;
using System.Net.Http.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Every endpoint × every role × own agency / another agency / anonymous: the status each must answer. The dossier is
/// a birth registration received at the Cốc San desk, its appraisal step active at Cốc San's tư pháp - hộ tịch; officers
/// of Bắc Hà hold the same roles and units in another commune. A dossier of another agency answers 404 (its existence
/// is private), an act the officer may see but not do answers 403, an anonymous call 401.
/// </summary>
public class AuthorizationMatrixTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private const string DeskOwn = "xa-coc-san.mot-cua-xa.desk";
    private const string DeskForeign = "xa-bac-ha.mot-cua-xa.desk";
    private const string SpecialistOwn = "xa-coc-san.tu-phap-ho-tich.specialist";
    private const string SpecialistForeign = "xa-bac-ha.tu-phap-ho-tich.specialist";
    private const string LeaderOwn = "xa-coc-san.lanh-dao-xa.leader";
    private const string LeaderForeign = "xa-bac-ha.lanh-dao-xa.leader";
    private const string SupervisorOwn = "xa-coc-san.supervisor";
    private const string SupervisorForeign = "xa-bac-ha.supervisor";
    private const string SupervisorProvince = "lao-cai.supervisor";
    private const string FocalPoint = "lao-cai.so-xay-dung.focalPoint";
    private const string Admin = "admin";
    private const string Anonymous = "(anonymous)";

    private static readonly string[] Principals =
        [DeskOwn, DeskForeign, SpecialistOwn, SpecialistForeign, LeaderOwn, LeaderForeign, SupervisorOwn, SupervisorForeign, SupervisorProvince, FocalPoint, Admin, Anonymous];

    /// <summary>An endpoint: how to call it on a fresh dossier, and the status for each principal (the rest: <see cref="Otherwise"/>).</summary>
    public sealed record Endpoint(string Name, Func<HttpClient, Guid, Task<HttpResponseMessage>> Call, Dictionary<string, HttpStatusCode> Expected, HttpStatusCode Otherwise);

    private static readonly DateTimeOffset Tuesday = OfficeApiFactory.Monday.AddDays(1);

    private static Dictionary<string, HttpStatusCode> Seeing(HttpStatusCode own, HttpStatusCode seen, params string[] doers)
    {
        // Who sees the Cốc San dossier at all: its desk, officers of Cốc San, its supervisors, the province's supervisor, admin.
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [DeskForeign] = HttpStatusCode.NotFound,
            [SpecialistForeign] = HttpStatusCode.NotFound,
            [LeaderForeign] = HttpStatusCode.NotFound,
            [SupervisorForeign] = HttpStatusCode.NotFound,
            [FocalPoint] = HttpStatusCode.NotFound,
            [Anonymous] = HttpStatusCode.Unauthorized,
        };
        foreach (var seer in new[] { DeskOwn, SpecialistOwn, LeaderOwn, SupervisorOwn, SupervisorProvince, Admin })
        {
            expected[seer] = doers.Contains(seer) ? own : seen;
        }

        return expected;
    }

    private static Dictionary<string, HttpStatusCode> Only(HttpStatusCode ok, params string[] allowed)
    {
        var expected = Principals.ToDictionary(p => p, p => p == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        foreach (var principal in allowed)
        {
            expected[principal] = ok;
        }

        return expected;
    }

    /// <summary>An act of the Cốc San desk on Cốc San's item: another desk gets 404, as for an item it cannot see; other roles 403.</summary>
    private static Dictionary<string, HttpStatusCode> OwnDeskOnly(HttpStatusCode ok)
    {
        var expected = Only(ok, DeskOwn);
        expected[DeskForeign] = HttpStatusCode.NotFound;
        return expected;
    }

    public static readonly Endpoint[] Endpoints =
    [
        new("GET dossier", (c, id) => c.GetAsync($"/api/dossiers/{id}"), Seeing(HttpStatusCode.OK, HttpStatusCode.OK), HttpStatusCode.OK),
        new("GET receipt form", (c, id) => c.GetAsync($"/api/dossiers/{id}/forms/receipt"), Seeing(HttpStatusCode.OK, HttpStatusCode.OK), HttpStatusCode.OK),
        new("claim step", (c, id) => c.PostAsync($"/api/dossiers/{id}/steps/tham-dinh/claim", null),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, SpecialistOwn), HttpStatusCode.OK),
        new("complete step", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/steps/tham-dinh/complete", new { opinion = "Đủ điều kiện" }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, SpecialistOwn), HttpStatusCode.OK),
        new("assign step to the Cốc San specialist", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/steps/tham-dinh/assign", new { officer = SpecialistOwn }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, LeaderOwn, Admin), HttpStatusCode.OK),
        new("release an unclaimed step (the rule answers once allowed)", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/steps/tham-dinh/assign", new { officer = (string?)null }),
            Seeing(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, LeaderOwn, Admin), HttpStatusCode.OK),
        new("who a step may be given to", (c, id) => c.GetAsync($"/api/dossiers/{id}/steps/tham-dinh/assignees"),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, LeaderOwn, Admin), HttpStatusCode.OK),
        new("supplement request", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/supplement-request", new { items = new[] { new { name = "Giấy chứng sinh" } }, reason = "Bản chụp mờ" }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, DeskOwn, SpecialistOwn), HttpStatusCode.OK),
        new("refuse", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/refuse", new { reason = "Không thuộc thẩm quyền" }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, DeskOwn, LeaderOwn), HttpStatusCode.OK),
        new("withdraw", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/withdraw", new { reason = "Người nộp đề nghị rút hồ sơ để bổ sung giấy tờ" }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, DeskOwn), HttpStatusCode.OK),
        new("decline a withdrawal request (none waits: 409 once allowed)", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/withdrawal-request/decline", new { reason = "Người nộp đã xin tiếp tục giải quyết" }),
            Seeing(HttpStatusCode.Conflict, HttpStatusCode.Forbidden, DeskOwn), HttpStatusCode.Conflict),
        new("record fee", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/fee", new { amount = 8000, method = "cash" }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, DeskOwn), HttpStatusCode.OK),
        new("list payments", (c, id) => c.GetAsync($"/api/dossiers/{id}/payments"), Seeing(HttpStatusCode.OK, HttpStatusCode.OK), HttpStatusCode.OK),
        new("list notices", (c, id) => c.GetAsync($"/api/dossiers/{id}/notices"), Seeing(HttpStatusCode.OK, HttpStatusCode.OK), HttpStatusCode.OK),
        new("create payment (no platform configured: 503)", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/payments", new { amount = 8000 }),
            Seeing(HttpStatusCode.ServiceUnavailable, HttpStatusCode.Forbidden, DeskOwn), HttpStatusCode.OK),
        new("hand over (flow not done: the rule answers)", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/hand-over", new { method = "paper" }),
            Seeing(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, DeskOwn), HttpStatusCode.OK),
        new("issue apology", (c, id) => c.PostAsJsonAsync($"/api/dossiers/{id}/apology", new { reason = "Cần xác minh", newDueAt = Tuesday.AddHours(8) }),
            Seeing(HttpStatusCode.OK, HttpStatusCode.Forbidden, LeaderOwn), HttpStatusCode.OK),
        new("worklist", (c, _) => c.GetAsync("/api/worklist"),
            Only(HttpStatusCode.OK, DeskOwn, DeskForeign, SpecialistOwn, SpecialistForeign, LeaderOwn, LeaderForeign, Admin), HttpStatusCode.OK),
        new("steps I hold", (c, _) => c.GetAsync("/api/worklist?mine=true"),
            Only(HttpStatusCode.OK, DeskOwn, DeskForeign, SpecialistOwn, SpecialistForeign, LeaderOwn, LeaderForeign, Admin), HttpStatusCode.OK),
        new("agency worklist", (c, _) => c.GetAsync("/api/worklist/agency?unclaimed=true"), Only(HttpStatusCode.OK, LeaderOwn, LeaderForeign, Admin), HttpStatusCode.OK),
        new("receive", (c, _) => c.PostAsJsonAsync("/api/desk/dossiers", Desk.BirthRegistration()),
            Only(HttpStatusCode.Created, DeskOwn, DeskForeign), HttpStatusCode.OK),
        new("logbook", (c, _) => c.GetAsync("/api/desk/logbook?year=2026"), Only(HttpStatusCode.OK, DeskOwn, DeskForeign), HttpStatusCode.OK),
        new("on-time figures", (c, _) => c.GetAsync("/api/supervisor/on-time"),
            Only(HttpStatusCode.OK, SupervisorOwn, SupervisorForeign, SupervisorProvince, Admin), HttpStatusCode.OK),
        new("overdue list", (c, _) => c.GetAsync("/api/supervisor/overdue"),
            Only(HttpStatusCode.OK, SupervisorOwn, SupervisorForeign, SupervisorProvince, Admin), HttpStatusCode.OK),
        new("apologies", (c, _) => c.GetAsync("/api/supervisor/apologies"),
            Only(HttpStatusCode.OK, SupervisorOwn, SupervisorForeign, SupervisorProvince, Admin), HttpStatusCode.OK),
        new("population lookups", (c, _) => c.GetAsync("/api/supervisor/population-lookups"),
            Only(HttpStatusCode.OK, SupervisorOwn, SupervisorForeign, SupervisorProvince, Admin), HttpStatusCode.OK),
        new("population lookup (not configured here: the desk gets 501)", (c, _) => c.PostAsJsonAsync("/api/desk/citizens/lookup", new { idNumber = "010190001234", procedureCode = "1.001193" }),
            Only(HttpStatusCode.NotImplemented, DeskOwn, DeskForeign), HttpStatusCode.OK),
        new("green-lane cases", (c, _) => c.GetAsync("/api/green-lane/cases"), Only(HttpStatusCode.OK, FocalPoint, Admin), HttpStatusCode.OK),
        new("green-lane case of a standard dossier", (c, id) => c.GetAsync($"/api/green-lane/cases/{id}"),
            Only(HttpStatusCode.NotFound, FocalPoint, Admin), HttpStatusCode.OK),
        new("online applications pending", (c, _) => c.GetAsync("/api/desk/applications"), Only(HttpStatusCode.OK, DeskOwn, DeskForeign), HttpStatusCode.OK),
        new("accept online application (another agency's desk: 404)", (c, _) => DecideOnlineAsync(c, "accept", null),
            OwnDeskOnly(HttpStatusCode.Created), HttpStatusCode.OK),
        new("refuse online application (another agency's desk: 404)", (c, _) => DecideOnlineAsync(c, "refuse", new { reason = "Hồ sơ không đúng thủ tục" }),
            OwnDeskOnly(HttpStatusCode.NoContent), HttpStatusCode.OK),
        new("online applications refused", (c, _) => c.GetAsync("/api/desk/applications/refused"), Only(HttpStatusCode.OK, DeskOwn, DeskForeign), HttpStatusCode.OK),
        new("refusal slip of an online application not refused (409 once allowed; another agency's desk: 404)",
            (c, _) => OnOnlineApplicationAsync(c, id => c.GetAsync($"/api/desk/applications/{id}/forms/refusal")), OwnDeskOnly(HttpStatusCode.Conflict), HttpStatusCode.OK),
        new("notices of an online application (another agency's desk: 404)",
            (c, _) => OnOnlineApplicationAsync(c, id => c.GetAsync($"/api/desk/applications/{id}/notices")), OwnDeskOnly(HttpStatusCode.OK), HttpStatusCode.OK),
        new("officer accounts", (c, _) => c.GetAsync("/api/admin/officers"), Only(HttpStatusCode.OK, Admin), HttpStatusCode.OK),
        new("change an officer (none such: 404 once allowed)",
            (c, _) => c.PutAsJsonAsync("/api/admin/officers/khong.co.ai", new { fullName = "A", agency = "xa-bac-ha", unit = "mot-cua-xa", roles = new[] { "desk" } }),
            Only(HttpStatusCode.NotFound, Admin), HttpStatusCode.OK),
        new("disable an officer (none such: 404 once allowed)", (c, _) => c.PostAsync("/api/admin/officers/khong.co.ai/disable", null), Only(HttpStatusCode.NotFound, Admin), HttpStatusCode.OK),
        new("enable an officer (none such: 404 once allowed)", (c, _) => c.PostAsync("/api/admin/officers/khong.co.ai/enable", null), Only(HttpStatusCode.NotFound, Admin), HttpStatusCode.OK),
        new("set an officer's password (none such: 404 once allowed)", (c, _) => c.PostAsJsonAsync("/api/admin/officers/khong.co.ai/password", new { password = "MatKhauMoi2026" }),
            Only(HttpStatusCode.NotFound, Admin), HttpStatusCode.OK),
        new("an officer's steps", (c, _) => c.GetAsync($"/api/admin/officers/{SpecialistForeign}/steps"), Only(HttpStatusCode.OK, Admin), HttpStatusCode.OK),
        new("release an officer's steps (none such: 404 once allowed)", (c, _) => c.PostAsJsonAsync("/api/admin/officers/khong.co.ai/release-steps", new { reason = "Nghỉ việc" }),
            Only(HttpStatusCode.NotFound, Admin), HttpStatusCode.OK),
        new("transfer an officer's steps (none such: 404 once allowed)",
            (c, _) => c.PostAsJsonAsync("/api/officers/khong.co.ai/transfer-steps", new { to = SpecialistOwn, reason = "Nghỉ phép" }),
            Only(HttpStatusCode.NotFound, LeaderOwn, LeaderForeign, Admin), HttpStatusCode.OK),
        new("search dossiers (each officer among those they may see)", (c, _) => c.GetAsync("/api/dossiers?q=hoang&open=true"),
            Only(HttpStatusCode.OK, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("change one's own password (the current one wrong here: 422 once allowed)",
            (c, _) => c.PostAsJsonAsync("/api/me/password", new { currentPassword = "KhongPhaiMatKhau", newPassword = "MatKhauMoi2026" }),
            Only(HttpStatusCode.UnprocessableEntity, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("my own on-time figures", (c, _) => c.GetAsync("/api/me/on-time"), Only(HttpStatusCode.OK, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("who am I", (c, _) => c.GetAsync("/api/me"), Only(HttpStatusCode.OK, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("my notices", (c, _) => c.GetAsync("/api/me/notices?unread=true"), Only(HttpStatusCode.OK, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("mark all my notices read", (c, _) => c.PostAsync("/api/me/notices/read-all", null),
            Only(HttpStatusCode.OK, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
        new("mark a notice read (none of one's own: 404)", (c, _) => c.PostAsync($"/api/me/notices/{Guid.NewGuid()}/read", null),
            Only(HttpStatusCode.NotFound, Principals.Where(p => p != Anonymous).ToArray()), HttpStatusCode.OK),
    ];

    /// <summary>
    /// Submits an online application to Cốc San (the public endpoints answer anyone) and decides it: a desk that lists it
    /// (Cốc San's) names its id; anyone else names the id of an application they cannot see, here a fresh one.
    /// </summary>
    private static Task<HttpResponseMessage> DecideOnlineAsync(HttpClient client, string decision, object? body) =>
        OnOnlineApplicationAsync(client, id =>
        {
            var url = $"/api/desk/applications/{id}/{decision}";
            return body is null ? client.PostAsync(url, null) : client.PostAsJsonAsync(url, body);
        });

    /// <summary>Submits an online application to Cốc San and calls <paramref name="call"/> with the id the caller may name (see <see cref="DecideOnlineAsync"/>).</summary>
    private static async Task<HttpResponseMessage> OnOnlineApplicationAsync(HttpClient client, Func<Guid, Task<HttpResponseMessage>> call)
    {
        async Task<Guid> UploadAsync()
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7 ma tran"u8.ToArray()), "file", "giay-to.pdf" } };
            var response = await client.PostAsync("/api/public/uploads", form);
            return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        }

        var submitted = await client.PostAsJsonAsync("/api/public/applications", new
        {
            procedureCode = "1.001193",
            agency = "xa-coc-san",
            applicant = new { name = "Giàng A Sử", idNumber = "012345699999" },
            documents = new[]
            {
                new { documentId = "to-khai", uploadId = await UploadAsync() },
                new { documentId = "giay-chung-sinh", uploadId = await UploadAsync() },
                new { documentId = "giay-to-tuy-than", uploadId = await UploadAsync() },
            },
        });
        var reference = (await submitted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("reference").GetString();
        var listed = await client.GetAsync("/api/desk/applications");
        var id = listed.IsSuccessStatusCode
            ? (await listed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).EnumerateArray()
                .Where(a => a.GetProperty("reference").GetString() == reference).Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault()
            : Guid.Empty;
        if (id == Guid.Empty)
        {
            id = Guid.NewGuid();
        }

        return await call(id);
    }

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var principal in Principals)
            {
                data.Add(endpoint.Name, principal);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Endpoint_ForPrincipal_AnswersTheExpectedStatus(string endpointName, string principal)
    {
        var endpoint = Endpoints.Single(e => e.Name == endpointName);
        var expected = endpoint.Expected.GetValueOrDefault(principal, endpoint.Otherwise);
        var dossier = await Desk.ReceiveAsync(api);
        var client = await api.As(principal == Anonymous ? null : principal);

        var response = await endpoint.Call(client, dossier.Id);

        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        if ((int)response.StatusCode >= 400)
        {
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            problem.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
            problem.GetProperty("messageVi").GetString().Should().NotBeNullOrEmpty();
            problem.GetProperty("messageEn").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task ForeignOfficer_DoesNotLearnTheDossierExists_SameAnswerAsAnUnknownId()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var foreign = await api.As(SpecialistForeign);

        var existing = await foreign.GetAsync($"/api/dossiers/{dossier.Id}");
        var unknown = await foreign.GetAsync($"/api/dossiers/{Guid.NewGuid()}");

        existing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var a = await existing.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var b = await unknown.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        a.GetProperty("code").GetString().Should().Be(b.GetProperty("code").GetString());
        a.GetProperty("messageEn").GetString().Should().Be(b.GetProperty("messageEn").GetString());
    }
}
