using System.Text.Json;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// Scenario f: a building permit in the green lane (1.009972): four parallel branches after the receipt, followed by
/// the construction department's focal point, who expedites a branch (escalated once it is overdue).
/// </summary>
public sealed class GreenLaneTests(TthcServer server) : IClassFixture<TthcServer>
{
    private const string Block = "gl-dong-thoi";

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly string[] Flow =
    [
        "gl-tiep-nhan", "gl-tham-dinh", "gl-kiem-tra-trinh", "gl-y-kien-pccc", "gl-y-kien-nong-nghiep-moi-truong", "gl-y-kien-xa",
        "gl-tong-hop", "gl-ky-giay-phep", "gl-tra-ket-qua",
    ];

    [Fact]
    public async Task BuildingPermit_FocalPointFollowsAndExpeditesBranches_CaseFinishes()
    {
        var applicant = Requests.Applicant("Công ty Xây dựng Hoàng Liên", "5300987654");
        var desk = await server.As(Officers.ProvinceDesk);
        var receipt = await desk.ReceiveAsync(Requests.BuildingPermitGreenLane(applicant));
        var focal = await server.As(Officers.ConstructionFocalPoint);

        var cases = await focal.GreenLaneCasesAsync();

        receipt.DueAt.Should().Be(new DateTimeOffset(2026, 3, 19, 8, 0, 0, Vietnam), "the green lane's 8 working days from Monday 08:00");
        var opened = cases.Should().ContainSingle(c => c.DossierId == receipt.Id).Which;
        opened.Branches.Select(b => b.StepId).Should().Equal(Flow);
        opened.Branches.Where(b => b.Block == Block).Select(b => (b.StepId, b.State)).Should().Equal(
            ("gl-tham-dinh", "active"), ("gl-kiem-tra-trinh", "waiting"), ("gl-y-kien-pccc", "active"),
            ("gl-y-kien-nong-nghiep-moi-truong", "active"), ("gl-y-kien-xa", "active"));
        opened.Branches[0].State.Should().Be("done");

        var early = await focal.ExpediteAsync(receipt.Id, new ExpediteRequest("gl-y-kien-xa", "Đề nghị UBND xã gửi ý kiến về mặt bằng."));
        early.EscalatedToHead.Should().BeFalse();
        early.NotifiedUnit.Should().Be("ubnd-xa-noi-co-cong-trinh");

        // The commune's opinion had 3 working days: due Thursday 08:00.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 10, 0, 0, Vietnam));
        focal = await server.As(Officers.ConstructionFocalPoint);
        var late = (await focal.GreenLaneCaseAsync(receipt.Id)).Branches.Single(b => b.StepId == "gl-y-kien-xa");
        late.State.Should().Be("overdue");
        late.SlackMinutes.Should().Be(-120, "two working hours past Thursday 08:00");
        var escalated = await focal.ExpediteAsync(receipt.Id, new ExpediteRequest("gl-y-kien-xa", "Quá hạn: đề nghị lãnh đạo xã chỉ đạo trả lời ngay."));
        escalated.EscalatedToHead.Should().BeTrue();
        var notes = (await focal.DossierAsync(receipt.Id)).Notes.Where(n => n.Kind == "expedited").ToList();
        notes.Should().HaveCount(2);
        notes.Select(n => JsonDocument.Parse(n.Details).RootElement.GetProperty("escalatedToHead").GetBoolean()).Should().Equal(false, true);
        notes.Should().OnlyContain(n => n.Officer == Officers.ConstructionFocalPoint);

        // The notices, once the engine's work has published the messages (while the step is open: a step closed by
        // then tells nobody): the commune's officers were pressed twice, the leaders who answer for the permit were
        // told of the late opinion.
        var commune = await server.As(Officers.CommuneOfSite);
        var pressed = await server.NoticesAsync(commune, receipt.Id, n => n.Kind == "stepExpedited", 2);
        pressed.Select(n => n.Text).Should().Equal(
            $"Đầu mối {Officers.ConstructionFocalPoint} đôn đốc bước \"UBND xã nơi có công trình có ý kiến về hiện trạng, mặt bằng\" của hồ sơ {receipt.Code}, hạn 08:00 12/03/2026: Quá hạn: đề nghị lãnh đạo xã chỉ đạo trả lời ngay.",
            $"Đầu mối {Officers.ConstructionFocalPoint} đôn đốc bước \"UBND xã nơi có công trình có ý kiến về hiện trạng, mặt bằng\" của hồ sơ {receipt.Code}, hạn 08:00 12/03/2026: Đề nghị UBND xã gửi ý kiến về mặt bằng.");
        foreach (var head in new[] { Officers.ConstructionHead, Officers.ConstructionDirector })
        {
            var told = await server.NoticesAsync(await server.As(head), receipt.Id, n => n.Kind == "expediteEscalated", 1);
            told.Single().Text.Should().Contain("đã quá hạn, hạn 08:00 12/03/2026; chưa ai nhận xử lý. Đầu mối").And.EndWith("đề nghị lãnh đạo đơn vị chỉ đạo: Quá hạn: đề nghị lãnh đạo xã chỉ đạo trả lời ngay.");
        }

        await Complete(Officers.FirePolice, receipt.Id, "gl-y-kien-pccc");
        await Complete(Officers.Environment, receipt.Id, "gl-y-kien-nong-nghiep-moi-truong");
        await Complete(Officers.CommuneOfSite, receipt.Id, "gl-y-kien-xa");
        await Complete(Officers.Construction, receipt.Id, "gl-tham-dinh");
        var joined = await Complete(Officers.ConstructionHead, receipt.Id, "gl-kiem-tra-trinh");
        joined.ActiveSteps.Select(s => s.StepId).Should().Equal("gl-tong-hop");
        await Complete(Officers.Construction, receipt.Id, "gl-tong-hop");
        await Complete(Officers.ConstructionDirector, receipt.Id, "gl-ky-giay-phep");
        await (await server.As(Officers.ProvinceDesk)).HandOverAsync(receipt.Id, new HandOverRequest("paper", ResultNumber: "GPXD-2026-015"));

        (await focal.GreenLaneCasesAsync()).Should().NotContain(c => c.DossierId == receipt.Id, "a finished case leaves the focal point's list");
        var closed = await focal.GreenLaneCaseAsync(receipt.Id);
        closed.Branches.Should().OnlyContain(b => b.State == "done");
        closed.Branches.Single(b => b.StepId == "gl-y-kien-xa").SlackMinutes.Should().BeNegative();
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(10);
        lookup.Outcome.Should().Be("granted");
        lookup.Steps.Should().HaveCount(Flow.Length).And.OnlyContain(s => s.CompletedAt != null);
        lookup.Steps.Count(s => s.Timeliness == "late").Should().Be(2, "the two opinions with 3 working days came on the fourth day");
        await server.ShouldShowNoPersonalDataAsync(
            receipt, applicant, Officers.ProvinceDesk, Officers.ConstructionFocalPoint, Officers.FirePolice, Officers.Environment,
            Officers.CommuneOfSite, Officers.Construction, Officers.ConstructionHead, Officers.ConstructionDirector);

        // The focal point heard of every branch event, including those of the steps closed since.
        var followed = await server.NoticesAsync(focal, receipt.Id, n => n.Kind == "greenLaneStep", 8);
        followed.Select(n => n.StepId).Distinct().Should().BeEquivalentTo(["gl-tham-dinh", "gl-kiem-tra-trinh", "gl-y-kien-pccc", "gl-y-kien-nong-nghiep-moi-truong", "gl-y-kien-xa"]);
        followed.Should().Contain(n => n.Text.EndsWith("bắt đầu.", StringComparison.Ordinal)).And.Contain(n => n.Text.EndsWith("đã xong, quá hạn.", StringComparison.Ordinal));
        var mine = await commune.MyNoticesAsync(unread: true);
        var read = await commune.MarkNoticeReadAsync(mine.Notices[0].Id);
        read.ReadAt.Should().Be(server.Clock.GetUtcNow());
        (await commune.MarkAllNoticesReadAsync()).Marked.Should().Be(mine.Unread - 1);
        (await commune.MyNoticesAsync(unread: true)).Should().BeEquivalentTo(new MyNotices(0, []));
        var others = () => focal.MarkNoticeReadAsync(mine.Notices[1].Id);
        (await others.Should().ThrowAsync<Refit.ApiException>()).Which.Problem().Code.Should().Be("notice.not-found");
    }

    private async Task<CommandResponse> Complete(string officer, Guid dossier, string step) =>
        await (await server.As(officer)).CompleteAsync(dossier, step, new CompleteRequest($"Ý kiến của {step}."));
}
