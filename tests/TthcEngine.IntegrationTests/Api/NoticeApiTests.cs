using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The API with notices to applicants on, sent to the fake notification gateway on a free loopback port.</summary>
public sealed class NoticeApiFactory : FakeNationalApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Notices:BaseUrl", new Uri(FakeUrl, "notices/").AbsoluteUri),
        new("Notices:LookupUrl", "https://dichvucong.laocai.gov.vn/tra-cuu"),
        new("Notices:Send:Idle", "00:00:00.100"),
        new("Notices:Resilience:AttemptTimeout", "00:00:03"),
    ];
}

/// <summary>
/// What the applicant is told through the API's own acts (the leader's apology with its new date; an online
/// application received, then refused by the desk), and the dossier's notices as the desk sees them.
/// </summary>
public sealed class NoticeApiTests(NoticeApiFactory api) : IClassFixture<NoticeApiFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Apology_TheApplicantIsToldTheNewDate_AndTheDeskSeesWhatWasSent()
    {
        var dossier = await Desk.ReceiveAsync(api);
        api.Clock.Advance(TimeSpan.FromHours(1));
        var leader = await api.As("xa-coc-san.lanh-dao-xa.leader");
        var newDue = new DateTimeOffset(2026, 3, 13, 16, 0, 0, TimeSpan.FromHours(7));

        var issued = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { reason = "Cần xác minh nơi cư trú", newDueAt = newDue });
        issued.StatusCode.Should().Be(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        await api.SettleAsync(db => db.ApplicantNotices.CountAsync(n => n.DossierId == dossier.Id && n.SentAt != null).ContinueWith(t => t.Result == 2));

        var desk = await api.As(Desk.CocSanDesk);
        var notices = (await desk.GetFromJsonAsync<JsonElement[]>($"/api/dossiers/{dossier.Id}/notices", Web))!;
        notices.Select(n => n.GetProperty("kind").GetString()).Should().Equal(NoticeKinds.Received, NoticeKinds.Apology);
        notices.Should().OnlyContain(n => n.GetProperty("state").GetString() == "sent" && n.GetProperty("channel").GetString() == "sms"
            && n.GetProperty("recipient").GetString() == "0912345678");
        var apology = notices[1].GetProperty("text").GetString();
        apology.Should().Be($"UBND xa Coc San xin loi ong/ba: ho so {dossier.Code} chua giai quyet xong theo hen {Instant(await DueAsync(dossier.Id))}."
            + " Ly do: Can xac minh noi cu tru. Hen tra ket qua moi: 16:00 13/03/2026.");
        var taken = (await api.Fake.GetFromJsonAsync<JsonObject>("_fake/notices"))!["received"]!.AsArray();
        taken.Select(n => n!["text"]!.GetValue<string>()).Should().Contain(apology!);
        (await (await api.As("xa-bac-ha.mot-cua-xa.desk")).GetAsync($"/api/dossiers/{dossier.Id}/notices")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The dossier's page lists them for the desk, with what each said and its state.
        var browser = api.CreateClient();
        (await browser.PostAsJsonAsync("/api/auth/login", new { userName = Desk.CocSanDesk, password = OfficeApiFactory.Password })).EnsureSuccessStatusCode();
        var page = await browser.GetStringAsync($"/ho-so/{dossier.Id}");
        page.Should().Contain("id=\"notices\"").And.Contain("data-notice=\"apology\" data-channel=\"sms\" data-state=\"sent\"")
            .And.Contain("Xin lỗi, hẹn lại ngày trả").And.Contain("Đã gửi");
    }

    [Fact]
    public async Task WithdrawalRequestDeclined_TheApplicantIsToldWhy_AndTheDeskPageNoLongerAsks()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var citizen = api.CreateClient();
        (await citizen.PostAsJsonAsync("/api/public/withdrawal-request", new { code = dossier.Code, pin = dossier.Pin, reason = "Nộp nhầm thủ tục" }))
            .StatusCode.Should().Be(HttpStatusCode.Accepted);
        var browser = api.CreateClient();
        (await browser.PostAsJsonAsync("/api/auth/login", new { userName = Desk.CocSanDesk, password = OfficeApiFactory.Password })).EnsureSuccessStatusCode();
        var asked = await browser.GetStringAsync($"/ho-so/{dossier.Id}");
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var desk = await api.As(Desk.CocSanDesk);

        var declined = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/withdrawal-request/decline", new { reason = "Người nộp đã gọi điện xin tiếp tục giải quyết" });

        declined.StatusCode.Should().Be(HttpStatusCode.OK, await declined.Content.ReadAsStringAsync());
        await api.SettleAsync(db => db.ApplicantNotices.CountAsync(n => n.DossierId == dossier.Id && n.Kind == NoticeKinds.WithdrawalDeclined && n.SentAt != null).ContinueWith(t => t.Result == 1));
        var notice = await Query(db => db.ApplicantNotices.AsNoTracking().SingleAsync(n => n.DossierId == dossier.Id && n.Kind == NoticeKinds.WithdrawalDeclined));
        notice.Text.Should().Be($"Trung tam Phuc vu hanh chinh cong xa Coc San: de nghi rut ho so {dossier.Code} cua ong/ba khong duoc chap nhan."
            + " Ly do: Nguoi nop da goi dien xin tiep tuc giai quyet. Tra cuu: https://dichvucong.laocai.gov.vn/tra-cuu");
        asked.Should().Contain("id=\"withdrawal-requested\"").And.Contain("id=\"decline-withdrawal\"");
        var after = await browser.GetStringAsync($"/ho-so/{dossier.Id}");
        after.Should().NotContain("id=\"withdrawal-requested\"").And.NotContain("id=\"decline-withdrawal\"");
        after.Should().Contain("data-notice=\"withdrawalDeclined\"").And.Contain("Không chấp nhận đề nghị rút");
    }

    [Fact]
    public async Task OnlineApplication_SubmittedThenRefused_TheApplicantIsToldBoth_WithTheReason()
    {
        var citizen = api.CreateClient();
        var submitted = await OnlineApplicationTests.SubmitAsync(citizen, await OnlineApplicationTests.BirthRegistrationAsync(citizen, "038090004321", "Sùng Thị Pà"));
        api.Clock.Advance(TimeSpan.FromHours(1));
        var desk = await api.As(Desk.CocSanDesk);
        var id = (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications")).EnumerateArray()
            .Single(a => a.GetProperty("reference").GetString() == submitted.Reference).GetProperty("id").GetGuid();

        (await desk.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = "Giấy chứng sinh không đọc được" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await api.SettleAsync(db => db.ApplicantNotices.CountAsync(n => n.ApplicationId == id && n.SentAt != null).ContinueWith(t => t.Result == 4));

        var notices = await Query(db => db.ApplicantNotices.AsNoTracking().Where(n => n.ApplicationId == id).OrderBy(n => n.At).ThenBy(n => n.Channel).ToListAsync());
        notices.Select(n => (n.Kind, n.Channel)).Should().Equal(
            (NoticeKinds.ApplicationSubmitted, "email"), (NoticeKinds.ApplicationSubmitted, "sms"), (NoticeKinds.ApplicationRefused, "email"), (NoticeKinds.ApplicationRefused, "sms"));
        notices.Should().OnlyContain(n => n.Reference == submitted.Reference && n.DossierId == null);
        notices[2].Subject.Should().Be($"Hồ sơ nộp trực tuyến {submitted.Reference} không được tiếp nhận");
        notices[2].Text.Should().Be($"UBND xã Cốc San: hồ sơ nộp trực tuyến {submitted.Reference} không được tiếp nhận. Lý do: Giấy chứng sinh không đọc được.");
        notices[3].Text.Should().Be($"UBND xa Coc San: ho so nop truc tuyen {submitted.Reference} khong duoc tiep nhan. Ly do: Giay chung sinh khong doc duoc.");

        // The desk sees what the applicant was told: the application's notices, and the refusal's beside it in the list of refusals.
        var seen = (await desk.GetFromJsonAsync<JsonElement>($"/api/desk/applications/{id}/notices")).EnumerateArray().ToList();
        seen.Select(n => n.GetProperty("id").GetGuid()).Should().BeEquivalentTo(notices.Select(n => n.Id));
        seen.Should().OnlyContain(n => n.GetProperty("state").GetString() == "sent" && n.GetProperty("applicationId").GetGuid() == id);
        var refusal = (await desk.GetFromJsonAsync<JsonElement>("/api/desk/applications/refused")).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        refusal.GetProperty("notices").EnumerateArray().Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("channel").GetString(), n.GetProperty("state").GetString()))
            .Should().BeEquivalentTo([(NoticeKinds.ApplicationRefused, "email", "sent"), (NoticeKinds.ApplicationRefused, "sms", "sent")]);
        var foreign = await (await api.As("xa-bac-ha.mot-cua-xa.desk")).GetAsync($"/api/desk/applications/{id}/notices");
        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("application.not-found");
    }

    private async Task<DateTimeOffset> DueAsync(Guid dossierId) =>
        await Query(db => db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.DueAt!.Value).SingleAsync());

    private static string Instant(DateTimeOffset at) => NoticeTexts.Instant(at);

    private async Task<T> Query<T>(Func<TthcDbContext, Task<T>> query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TthcDbContext>());
    }
}
