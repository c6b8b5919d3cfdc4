using System.Text.Json;
using System.Text.Json.Nodes;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Tests;

public sealed class PortalRecordsTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 10, 2, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueAt = new(2026, 3, 10, 10, 30, 0, TimeSpan.Zero);

    private static readonly PortalDossierFacts Facts = new(
        "000.21.40.H40-260310-0001", "1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "online", "Vàng Thị Mai", "038090001234", "0912000000", null,
        ReceivedAt, "Trung tâm Phục vụ hành chính công xã Cốc San", "UBND xã Cốc San",
        new Dictionary<string, string> { ["tu-phap-ho-tich"] = "Công chức Tư pháp – Hộ tịch (UBND xã)" },
        new Dictionary<string, string> { ["tham-dinh"] = "Kiểm tra thông tin khai sinh" },
        0);

    [Fact]
    public void Dossier_OnTheWire_IsStringsOnlyWithVietnamDates()
    {
        var snapshot = PortalSnapshot.Empty.Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt));

        var json = JsonSerializer.SerializeToNode(PortalRecords.Dossier(Facts, snapshot, new PortalOptions()), WireJson.Options)!.AsObject();

        json.Where(p => p.Value is not JsonArray).Should().OnlyContain(p => p.Value!.GetValueKind() == JsonValueKind.String);
        json["MaHoSo"]!.GetValue<string>().Should().Be("000.21.40.H40-260310-0001");
        json["NgayTiepNhan"]!.GetValue<string>().Should().Be("20260310090500");
        json["NgayNopHoSo"]!.GetValue<string>().Should().Be("20260310090500");
        json["NgayHenTra"]!.GetValue<string>().Should().Be("20260310173000");
        json["NgayTra"]!.GetValue<string>().Should().BeEmpty();
        json["NgayKetThucXuLy"]!.GetValue<string>().Should().BeEmpty();
        json["TrangThaiHoSo"]!.GetValue<string>().Should().Be("2");
        json["KenhThucHien"]!.GetValue<string>().Should().Be("2");
        json["LoaiDoiTuong"]!.GetValue<string>().Should().Be("1");
        json["NoiNopHoSo"]!.GetValue<string>().Should().Be("2");
        json["Email"]!.GetValue<string>().Should().BeEmpty();
        json["DinhDanhCHS"]!.ToJsonString().Should().Be("""[{"LoaiDinhDanh":"1","SoDinhDanh":"038090001234"}]""");
        json["TaiLieuNop"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Dossier_RefusedAfterAppraisal_EndsAndRefusesAtTheRefusal()
    {
        var refusedAt = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var snapshot = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(Item(5, "DossierFinished", refusedAt, 8, dossierDue: DueAt, outcome: "Refused"));

        var dossier = PortalRecords.Dossier(Facts, snapshot, new PortalOptions());

        dossier.Status.Should().Be("8");
        dossier.ProcessingEndedAt.Should().Be("20260310150000");
        dossier.RefusedAt.Should().Be("20260310150000");
        dossier.ReturnedAt.Should().BeEmpty();
    }

    [Fact]
    public void Dossier_OnlineApplicationRefusedAtReceipt_Status3_NeverReceived_EndsAndRefusesAtTheRefusal_WithItsReason_AndNoHistory()
    {
        var submittedAt = new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero);
        var refusedAt = new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero);
        var facts = Facts with { ReceivedAt = refusedAt, SubmittedAt = submittedAt, RefusalReason = "Giấy chứng sinh không đọc được" };
        var refused = Item(0, PortalQueue.ApplicationRefused, refusedAt, 3, officer: "Lò Văn Tú", detail: "Giấy chứng sinh không đọc được");

        var json = JsonSerializer.SerializeToNode(PortalRecords.Dossier(facts, PortalSnapshot.Empty.Apply(refused), new PortalOptions()), WireJson.Options)!.AsObject();

        json["TrangThaiHoSo"]!.GetValue<string>().Should().Be("3");
        json["NgayNopHoSo"]!.GetValue<string>().Should().Be("20260309210000");
        json["NgayTiepNhan"]!.GetValue<string>().Should().BeEmpty("it was not received");
        json["NgayTuChoi"]!.GetValue<string>().Should().Be("20260310100000");
        json["NgayKetThucXuLy"]!.GetValue<string>().Should().Be("20260310100000", "Decision 766 ends the processing at status 3");
        json["NgayHenTra"]!.GetValue<string>().Should().BeEmpty();
        json["GhiChu"]!.GetValue<string>().Should().Be("Không tiếp nhận: Giấy chứng sinh không đọc được");
        json["KenhThucHien"]!.GetValue<string>().Should().Be("2");
        FakeNational.WireCheck.Dossier(json).Should().BeNull("the fake portal takes it");
        PortalRecords.Progress(facts, refused, [refused]).Should().BeNull("history is sent only for a received dossier");
    }

    [Fact]
    public void Dossier_ReceivedFromAnOnlineApplication_WasSubmittedWhenTheApplicationCame()
    {
        var submittedAt = new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero);
        var snapshot = PortalSnapshot.Empty.Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt));

        var dossier = PortalRecords.Dossier(Facts with { SubmittedAt = submittedAt }, snapshot, new PortalOptions());

        dossier.SubmittedAt.Should().Be("20260309210000");
        dossier.ReceivedAt.Should().Be("20260310090500");
        dossier.Note.Should().BeEmpty();
    }

    [Fact]
    public void Dossier_WithdrawnDuringAppraisal_Status7_EndsAtTheWithdrawal_NotRefused_ItsRecordNamesTheRequestAtTheDesk()
    {
        var withdrawnAt = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var finished = Item(5, "DossierFinished", withdrawnAt, 7, dossierDue: DueAt, officer: "cb.desk", detail: "Người nộp xin rút để bổ sung", outcome: "Withdrawn");
        var snapshot = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(finished);

        var dossier = PortalRecords.Dossier(Facts, snapshot, new PortalOptions());
        var progress = PortalRecords.Progress(Facts, finished, [finished])!;

        dossier.Status.Should().Be("7");
        dossier.ProcessingEndedAt.Should().Be("20260310150000", "Decision 766 ends the processing at a withdrawal after acceptance");
        dossier.RefusedAt.Should().BeEmpty();
        dossier.ReturnedAt.Should().BeEmpty();
        progress.Status.Should().Be("7");
        progress.Content.Should().Be("Rút hồ sơ theo đề nghị của người nộp: Người nộp xin rút để bổ sung");
        progress.Department.Should().Be("Trung tâm Phục vụ hành chính công xã Cốc San");
    }

    [Fact]
    public void Dossier_ResultReadyThenReturned_EndsAtTheFirstStatus9()
    {
        var ready = new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);
        var returned = new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.Zero);
        var snapshot = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(Item(7, "DossierResultReady", ready, 9, dossierDue: DueAt))
            .Apply(Item(9, "DossierFinished", returned, 10, dossierDue: DueAt, outcome: "Granted"));

        var dossier = PortalRecords.Dossier(Facts, snapshot, new PortalOptions());

        dossier.ProcessingEndedAt.Should().Be("20260310140000");
        dossier.ReturnedAt.Should().Be("20260311080000");
        dossier.RefusedAt.Should().BeEmpty();
    }

    [Fact]
    public void Dossier_SupplementAskedThenReceived_ListsTheRequestWithTheDueBeforeAndAfter_AndAFeeWaitIsNoSupplement()
    {
        var askedAt = new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero);
        var receivedAt = new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero);
        var newDue = new DateTimeOffset(2026, 3, 12, 10, 30, 0, TimeSpan.Zero);
        var requestId = Guid.CreateVersion7(askedAt);
        var facts = Facts with { Supplements = [new PortalSupplementRequest(requestId, askedAt, "Lò Văn Tú", "Thiếu giấy chứng sinh. Giấy tờ cần bổ sung: Giấy chứng sinh (1 bản chính).")] };
        var waiting = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(Item(2, "DossierPaused", askedAt, 5, detail: "AwaitingSupplement"));
        var resumed = waiting
            .Apply(Item(3, "DossierResumed", receivedAt, 2, dossierDue: newDue))
            .Apply(Item(6, "DossierPaused", newDue.AddHours(-2), 6, detail: "AwaitingFinancialObligation"))
            .Apply(Item(7, "DossierResumed", newDue.AddHours(-1), 4, dossierDue: newDue));

        var asked = JsonSerializer.SerializeToNode(PortalRecords.Dossier(facts, waiting, new PortalOptions()), WireJson.Options)!["DanhSachHoSoBoSung"]!.AsArray();
        var after = PortalRecords.Dossier(facts, resumed, new PortalOptions()).Supplements;

        asked.Should().ContainSingle();
        asked[0]!.ToJsonString(WireJson.Options).Should().Be(
            $$"""{"HoSoBoSungId":"{{requestId}}","NguoiYeuCauBoSung":"Lò Văn Tú","NoiDungBoSung":"Thiếu giấy chứng sinh. Giấy tờ cần bổ sung: Giấy chứng sinh (1 bản chính).","NgayBoSung":"20260310100000","NgayTiepNhanBoSung":"","TrangThaiBoSung":"","NgayHenTraTruoc":"20260310173000","NgayHenTraMoi":""}""");
        after.Should().ContainSingle().Which.Should().Match<PortalSupplement>(s =>
            s.Id == requestId.ToString() && s.RequestedAt == "20260310100000" && s.SupplementReceivedAt == "20260312090000"
            && s.PreviousDueAt == "20260310173000" && s.NewDueAt == "20260312173000");
    }

    [Fact]
    public void Dossier_SupplementWaitWithoutTheDesksRequest_SaysOnlyThatOneWasAsked()
    {
        var snapshot = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(Item(2, "DossierPaused", ReceivedAt.AddHours(1), 5, detail: "AwaitingSupplement"));

        var supplement = PortalRecords.Dossier(Facts, snapshot, new PortalOptions()).Supplements.Should().ContainSingle().Subject;

        supplement.Should().Match<PortalSupplement>(s => s.Id == "" && s.RequestedBy == "" && s.Content == "Yêu cầu bổ sung hồ sơ" && s.RequestedAt == "20260310100500");
    }

    [Fact]
    public void Dossier_WithFileLinks_PapersCarryTheirLinks_AndTheResultAppearsFromTheHandOverOn()
    {
        var resultId = Guid.CreateVersion7();
        var facts = Facts with
        {
            Papers = [new PortalPaper("a1", "giay-chung-sinh", "giay-chung-sinh.pdf", Digitised: true, Reused: false, FromNationalStore: false, "https://dvc.example/api/files/paper/a1?expires=1&signature=s")],
            Result = new PortalResultFile(resultId, "giay-khai-sinh.pdf", "https://dvc.example/api/files/result/r1?expires=1&signature=s"),
        };
        var ready = PortalSnapshot.Empty
            .Apply(Item(0, "DossierReceived", ReceivedAt, 2, dossierDue: DueAt))
            .Apply(Item(7, "DossierResultReady", ReceivedAt.AddHours(3), 9, dossierDue: DueAt));
        var returned = ready.Apply(Item(9, "DossierFinished", ReceivedAt.AddHours(4), 10, dossierDue: DueAt, outcome: "Granted"));

        var beforeHandOver = PortalRecords.Dossier(facts, ready, new PortalOptions());
        var json = JsonSerializer.SerializeToNode(PortalRecords.Dossier(facts, returned, new PortalOptions()), WireJson.Options)!;

        beforeHandOver.ResultPapers.Should().BeEmpty("the result is the applicant's only once handed over");
        beforeHandOver.SubmittedDocuments.Single().DownloadUrl.Should().Be("https://dvc.example/api/files/paper/a1?expires=1&signature=s");
        JsonNode.DeepEquals(json["DanhSachGiayToKetQua"], JsonNode.Parse(
            $$"""[{"TenGiayTo":"giay-khai-sinh.pdf","MaThanhPhanHoSo":"","GiayToId":"{{resultId}}","DuongDanTepTinKetQua":"https://dvc.example/api/files/result/r1?expires=1&signature=s","MaGiayToKetQua":""}]"""))
            .Should().BeTrue(json["DanhSachGiayToKetQua"]!.ToJsonString());
    }

    [Fact]
    public void Dossier_OwnerWithoutId_SendsThePlaceholderIdentity()
    {
        var dossier = PortalRecords.Dossier(Facts with { ApplicantIdNumber = null }, PortalSnapshot.Empty, new PortalOptions());

        dossier.OwnerIdentities.Should().Equal(new PortalOwnerIdentity { Kind = "1", Number = "000000001" });
        dossier.OwnerIdNumber.Should().BeEmpty();
    }

    [Fact]
    public void Progress_OfACompletedStep_StartsAtItsActivationAndNamesStepUnitAndRole()
    {
        var activated = Item(3, "StepActivated", new DateTimeOffset(2026, 3, 10, 2, 10, 0, TimeSpan.Zero), 4, step: "tham-dinh", unit: "tu-phap-ho-tich", role: "Specialist");
        var completed = Item(6, "StepCompleted", new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero), 4, step: "tham-dinh", unit: "tu-phap-ho-tich",
            officer: "Nguyễn Văn Một Người Có Tên Rất Dài Để Thử Giới Hạn Năm Mươi Ký Tự", detail: "Đủ điều kiện");

        var progress = PortalRecords.Progress(Facts, completed, [activated, completed])!;

        progress.Should().Be(new PortalProgress
        {
            Code = "000.21.40.H40-260310-0001",
            Officer = "Nguyễn Văn Một Người Có Tên Rất Dài Để Thử Giới Hạ",
            Title = "Chuyên viên",
            ActedAt = "20260310100000",
            Department = "Công chức Tư pháp – Hộ tịch (UBND xã)",
            Content = "Kiểm tra thông tin khai sinh: Đủ điều kiện",
            Status = "4",
            StartedAt = "20260310091000",
            DueAt = "20260310113000",
        });
        progress.Officer.Length.Should().Be(50);
    }

    [Fact]
    public void Progress_OfAnActivation_IsNone() =>
        PortalRecords.Progress(Facts, Item(1, "StepActivated", ReceivedAt, 2, step: "tham-dinh"), []).Should().BeNull();

    [Fact]
    public void Dates_ReadBack_TheInstantWritten()
    {
        PortalDates.Read(PortalDates.Write(ReceivedAt)).Should().Be(ReceivedAt);
        PortalDates.Write(null).Should().BeEmpty();
        PortalDates.Read("").Should().BeNull();
    }

    private static NationalPortalSyncItemRecord Item(
        int sequence, string message, DateTimeOffset at, int status, DateTimeOffset? dossierDue = null, string? step = null, string? unit = null,
        string? role = null, string? officer = null, string? detail = null, string? outcome = null) => new()
    {
        DossierId = Guid.Empty, Sequence = sequence, Message = message, OccurredAt = at, NationalStatus = status, DossierDueAt = dossierDue, StepId = step,
        Activation = step is null ? null : 1, Unit = unit, Role = role, Officer = officer, Detail = detail, Outcome = outcome,
        StepDueAt = step is null ? null : new DateTimeOffset(2026, 3, 10, 4, 30, 0, TimeSpan.Zero),
    };
}
