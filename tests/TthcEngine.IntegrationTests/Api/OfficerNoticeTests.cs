using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The officers' notices: a step given to an officer or taken from one tells them at once; a step coming due soon tells
/// the unit's officers while nobody holds it; an overdue step tells its holder and the head of its unit. Each officer
/// reads and marks only their own.
/// </summary>
public class OfficerNoticeTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private const string Specialist = "xa-coc-san.tu-phap-ho-tich.specialist";
    private const string Leader = "xa-coc-san.lanh-dao-xa.leader";

    private static Task<JsonElement> OkAsync(HttpResponseMessage response) => Answers.OkAsync(response);

    private async Task<JsonElement> NoticesAsync(string officer, bool unread = false) =>
        await OkAsync(await (await api.As(officer)).GetAsync(unread ? "/api/me/notices?unread=true" : "/api/me/notices"));

    private async Task<IReadOnlyList<JsonElement>> NoticesOfAsync(string officer, Guid dossier) =>
        [.. (await NoticesAsync(officer)).GetProperty("notices").EnumerateArray().Where(n => n.GetProperty("dossierId").GetGuid() == dossier)];

    private Task<string> ColleagueAsync(string userName) => Answers.ColleagueAsync(api, userName);

    [Fact]
    public async Task StepGivenToAnother_TellsTheNewHolderAndTheOneItWasTakenFrom_NotTheLeader()
    {
        var colleague = await ColleagueAsync("lo.van.minh.thongbao");
        var dossier = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));

        await OkAsync(await (await api.As(Leader)).PostAsJsonAsync(
            $"/api/dossiers/{dossier.Id}/steps/tham-dinh/assign", new { officer = colleague, reason = "Đồng chí Lan nghỉ phép" }));

        var given = (await NoticesOfAsync(colleague, dossier.Id)).Should().ContainSingle().Which;
        given.GetProperty("kind").GetString().Should().Be("stepAssigned");
        given.GetProperty("stepId").GetString().Should().Be("tham-dinh");
        given.GetProperty("dossierCode").GetString().Should().Be(dossier.Code);
        given.GetProperty("readAt").ValueKind.Should().Be(JsonValueKind.Null);
        given.GetProperty("text").GetString().Should()
            .StartWith("Lãnh đạo").And.Contain($"giao cho bạn bước \"Kiểm tra thông tin khai sinh, ghi Sổ hộ tịch, dự thảo Giấy khai sinh\" của hồ sơ {dossier.Code}, hạn ")
            .And.EndWith("Lý do: Đồng chí Lan nghỉ phép");
        var taken = (await NoticesOfAsync(Specialist, dossier.Id)).Should().ContainSingle().Which;
        taken.GetProperty("kind").GetString().Should().Be("stepTaken");
        taken.GetProperty("text").GetString().Should().Contain($"cho {colleague}; bạn không còn giữ bước này.");
        (await NoticesOfAsync(Leader, dossier.Id)).Should().BeEmpty("nobody is told of their own act");

        // The holder hands it back: the leader who gave it is not told, and the holder of their own act neither.
        await OkAsync(await (await api.As(colleague)).PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/assign", new { officer = (string?)null }));
        (await NoticesOfAsync(colleague, dossier.Id)).Should().ContainSingle();
        (await NoticesOfAsync(Leader, dossier.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Notices_AreReadOneByOneOrAll_EachOfficerOnlyTheirOwn()
    {
        var colleague = await ColleagueAsync("lo.van.minh.doc");
        var first = await Desk.ReceiveAsync(api);
        var second = await Desk.ReceiveAsync(api);
        var leader = await api.As(Leader);
        await OkAsync(await leader.PostAsJsonAsync($"/api/dossiers/{first.Id}/steps/tham-dinh/assign", new { officer = colleague }));
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await OkAsync(await leader.PostAsJsonAsync($"/api/dossiers/{second.Id}/steps/tham-dinh/assign", new { officer = colleague }));

        var all = await NoticesAsync(colleague);
        all.GetProperty("unread").GetInt32().Should().Be(2);
        all.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("dossierCode").GetString()).Should().Equal([second.Code, first.Code], "newest first");
        var newest = all.GetProperty("notices")[0].GetProperty("id").GetGuid();

        await Problems.ExpectAsync(
            await (await api.As(Specialist)).PostAsync($"/api/me/notices/{newest}/read", null), HttpStatusCode.NotFound, "notice.not-found");
        await Problems.ExpectAsync(
            await (await api.As(colleague)).PostAsync($"/api/me/notices/{Guid.NewGuid()}/read", null), HttpStatusCode.NotFound, "notice.not-found");
        var read = await OkAsync(await (await api.As(colleague)).PostAsync($"/api/me/notices/{newest}/read", null));
        read.GetProperty("readAt").GetDateTimeOffset().Should().Be(api.Clock.GetUtcNow());
        var unread = await NoticesAsync(colleague, unread: true);
        unread.GetProperty("unread").GetInt32().Should().Be(1);
        unread.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("dossierCode").GetString()).Should().Equal(first.Code);

        var marked = await OkAsync(await (await api.As(colleague)).PostAsync("/api/me/notices/read-all", null));
        marked.GetProperty("marked").GetInt32().Should().Be(1);
        (await NoticesAsync(colleague)).GetProperty("unread").GetInt32().Should().Be(0);
        (await NoticesAsync(colleague)).GetProperty("notices").GetArrayLength().Should().Be(2, "read notices stay listed");
        (await (await api.As(null)).GetAsync("/api/me/notices")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DueSoonWhileNobodyHoldsIt_TellsTheUnit_OverdueTellsTheHolderAndTheHead()
    {
        var colleague = await ColleagueAsync("lo.van.minh.han");
        var dossier = await Desk.ReceiveAsync(api);
        var watcher = api.Services.GetRequiredService<DeadlineWatcher>();

        // The appraisal has 2 working hours, within the 4-hour margin: due soon from its activation.
        await watcher.SweepAsync(CancellationToken.None);
        await api.SettleAsync(async db => await db.OfficerNotices.CountAsync(n => n.DossierId == dossier.Id) >= 2);

        foreach (var officer in new[] { Specialist, colleague })
        {
            var soon = (await NoticesOfAsync(officer, dossier.Id)).Should().ContainSingle().Which;
            soon.GetProperty("kind").GetString().Should().Be("stepDueSoon");
            soon.GetProperty("text").GetString().Should().StartWith("Bước \"Kiểm tra thông tin khai sinh").And.Contain("(chưa ai nhận) sắp đến hạn: ");
        }

        (await NoticesOfAsync(Leader, dossier.Id)).Should().BeEmpty();

        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        api.Clock.Advance(TimeSpan.FromHours(3));
        await watcher.SweepAsync(CancellationToken.None);
        await api.SettleAsync(async db => await db.OfficerNotices.CountAsync(n => n.DossierId == dossier.Id) >= 4);

        var overdue = (await NoticesOfAsync(Specialist, dossier.Id)).Where(n => n.GetProperty("kind").GetString() == "stepOverdue").Should().ContainSingle().Which;
        overdue.GetProperty("text").GetString().Should().Contain($"của hồ sơ {dossier.Code} đã quá hạn (hạn ").And.NotContain("chưa ai nhận");
        // (The apology sweep, which the moved clock also wakes, may tell the leader of the late dossier as well.)
        var head = (await NoticesOfAsync(Leader, dossier.Id)).Where(n => n.GetProperty("kind").GetString() != "apologyPrepared").Should().ContainSingle().Which;
        head.GetProperty("kind").GetString().Should().Be("unitStepOverdue");
        head.GetProperty("text").GetString().Should().Contain("tại Công chức Tư pháp – Hộ tịch (UBND xã) đã quá hạn").And.EndWith($"người xử lý: {Specialist}.");
        (await NoticesOfAsync(colleague, dossier.Id)).Should().ContainSingle("the step has a holder now: only they and the head are told");
    }

    [Fact]
    public async Task AHolderMovedToAnotherCommune_IsStillToldOfTheStepTheyHold()
    {
        var mover = await ColleagueAsync("lo.van.minh.dibachha");
        var dossier = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(mover)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        (await (await api.As("admin")).PutAsJsonAsync($"/api/admin/officers/{mover}", new
        {
            fullName = "Lò Văn Minh", agency = "xa-bac-ha", unit = "tu-phap-ho-tich", roles = new[] { "specialist" },
        })).StatusCode.Should().Be(HttpStatusCode.OK);

        await api.Services.GetRequiredService<DeadlineWatcher>().SweepAsync(CancellationToken.None);
        await api.SettleAsync(async db => await db.OfficerNotices.AnyAsync(n => n.DossierId == dossier.Id && n.Kind == "stepDueSoon"));

        await using var scope = api.Services.CreateAsyncScope();
        var told = await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OfficerNotices
            .Where(n => n.DossierId == dossier.Id && n.Kind == "stepDueSoon").Select(n => n.Recipient).ToListAsync();
        told.Should().Equal(mover);
    }

    [Fact]
    public async Task StepReturnedForRework_TellsTheOfficerWhoDidIt_WithTheReason()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var specialist = await api.As(Specialist);
        await OkAsync(await specialist.PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        await OkAsync(await specialist.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/complete", new { opinion = "Đủ điều kiện" }));
        var leader = await api.As(Leader);
        await OkAsync(await leader.PostAsync($"/api/dossiers/{dossier.Id}/steps/ky-duyet/claim", null));

        await OkAsync(await leader.PostAsJsonAsync(
            $"/api/dossiers/{dossier.Id}/steps/ky-duyet/return", new { toStepId = "tham-dinh", reason = "Ghi sai ngày sinh trong dự thảo" }));

        var told = (await NoticesOfAsync(Specialist, dossier.Id)).Where(n => n.GetProperty("kind").GetString() == "stepReturned").Should().ContainSingle().Which;
        told.GetProperty("stepId").GetString().Should().Be("tham-dinh");
        told.GetProperty("text").GetString().Should().EndWith(
            $"trả lại bước \"Kiểm tra thông tin khai sinh, ghi Sổ hộ tịch, dự thảo Giấy khai sinh\" của hồ sơ {dossier.Code} để làm lại. Lý do: Ghi sai ngày sinh trong dự thảo");
        (await NoticesOfAsync(Leader, dossier.Id)).Should().NotContain(n => n.GetProperty("kind").GetString() == "stepReturned");
    }

    [Fact]
    public async Task Cleaner_DeletesNoticesReadLongAgoAndEveryNoticeOlderThanAYear_KeepsTheRest()
    {
        var now = api.Clock.GetUtcNow();
        OfficerNoticeRecord Notice(string text, TimeSpan stored, TimeSpan? read) => new()
        {
            Id = Guid.NewGuid(), Recipient = "lo.van.minh.cu", Kind = "stepAssigned", DossierId = Guid.NewGuid(), DossierCode = "000.21.40.H40-250101-0001",
            Text = text, At = now - stored, CreatedAt = now - stored, ReadAt = read is { } r ? now - r : null,
        };
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            db.OfficerNotices.AddRange(
                Notice("read 91 days ago", TimeSpan.FromDays(100), TimeSpan.FromDays(91)),
                Notice("read 89 days ago", TimeSpan.FromDays(100), TimeSpan.FromDays(89)),
                Notice("unread, 200 days", TimeSpan.FromDays(200), null),
                Notice("unread, 367 days", TimeSpan.FromDays(367), null));
            await db.SaveChangesAsync();
        }

        var deleted = await api.Services.GetRequiredService<OfficerNoticeCleaner>().SweepAsync(CancellationToken.None);

        deleted.Should().Be(2);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            (await db.OfficerNotices.Where(n => n.Recipient == "lo.van.minh.cu").Select(n => n.Text).ToListAsync())
                .Should().BeEquivalentTo(["read 89 days ago", "unread, 200 days"]);
        }
    }
}
