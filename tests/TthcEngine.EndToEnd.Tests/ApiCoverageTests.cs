using System.Net;
using System.Text;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>The client's calls that the scenarios do not make, each against the running service.</summary>
public sealed class ApiCoverageTests(TthcServer server) : IClassFixture<TthcServer>
{
    /// <summary>The smallest file the service takes for a PDF: it tells the type by the first bytes.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task Health_Answers_Ok() =>
        (await server.Public.HealthAsync()).Status.Should().Be("ok");

    [Fact]
    public async Task Procedures_SearchWithoutAccents_FindsBirthRegistrationWithItsDocumentsAndSteps()
    {
        var found = await server.Public.ProceduresAsync("dang ky khai sinh");
        var detail = await server.Public.ProcedureAsync("1.001193");

        found.Select(p => p.Code).Should().Equal("1.001193");
        detail.Summary.Name.Should().Be("Thủ tục đăng ký khai sinh");
        detail.Documents.Where(d => !d.Conditional).Select(d => d.Id).Should().Equal("to-khai", "giay-chung-sinh", "giay-to-tuy-than");
        detail.Steps.Select(s => s.Id).Should().Equal("tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua");
        (await server.Public.ProceduresAsync()).Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public async Task Procedure_Unknown_IsNotFound()
    {
        var call = () => server.Public.ProcedureAsync("9.999999");

        (await call.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("procedure.not-found");
    }

    [Fact]
    public async Task Token_WrongPassword_IsUnauthorizedWithBothMessages()
    {
        var call = () => server.Public.TokenAsync(new SignInRequest(Officers.CocSanLeader, "not-the-password"));

        var problem = (await call.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Should().BeEquivalentTo(new
        {
            Status = 401, Code = "auth.invalid-credentials", MessageVi = "Tên đăng nhập hoặc mật khẩu không đúng.", MessageEn = "The user name or password is wrong.",
        });
    }

    [Fact]
    public async Task CookieLogin_ThenMe_ThenLogout_EndsTheSession()
    {
        var browser = server.NewClient();

        await browser.LoginAsync(new SignInRequest(Officers.CocSanDesk, TthcServer.Password));
        var me = await browser.MeAsync();
        await browser.LogoutAsync();
        var after = () => browser.MeAsync();

        me.Should().BeEquivalentTo(new { UserName = Officers.CocSanDesk, Agency = "xa-coc-san", AgencyName = "UBND xã Cốc San", Unit = "mot-cua-xa", Roles = new[] { "desk" } });
        (await after.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("auth.required");
    }

    [Fact]
    public async Task Admin_CreatesOfficer_WhoSignsIn()
    {
        var admin = await server.As("admin");

        var created = await admin.CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.tu-phap-ho-tich.specialist2", "MatKhauMoi2026", "Phạm Thị Hằng", "xa-coc-san", "tu-phap-ho-tich", ["specialist"]));
        var officers = await admin.OfficersAsync();
        var me = await (await server.As(created.UserName, "MatKhauMoi2026")).MeAsync();

        created.AgencyName.Should().Be("UBND xã Cốc San");
        officers.Should().Contain(o => o.UserName == created.UserName).And.Contain(o => o.UserName == Officers.CocSanDesk);
        me.Should().BeEquivalentTo(created);
    }

    [Fact]
    public async Task Admin_MovesDisablesEnablesAndResetsAnOfficer_ThroughTheClient()
    {
        var admin = await server.As("admin");
        var created = await admin.CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.mot-cua-xa.desk3", "MatKhauMoi2026", "Sùng Thị Dế", "xa-coc-san", "mot-cua-xa", ["desk"]));

        var moved = await admin.UpdateOfficerAsync(created.UserName, new OfficerUpdate("Sùng Thị Dế", "xa-bac-ha", "tu-phap-ho-tich", ["specialist", "leader"]));
        var disabled = await admin.DisableOfficerAsync(created.UserName);
        var signIn = async () => await server.As(created.UserName, "MatKhauMoi2026");
        var refused = (await signIn.Should().ThrowAsync<ApiException>()).Which.Problem();
        var enabled = await admin.EnableOfficerAsync(created.UserName);
        await admin.SetOfficerPasswordAsync(created.UserName, new PasswordReset("MatKhauKhac2026"));
        var me = await (await server.As(created.UserName, "MatKhauKhac2026")).MeAsync();

        moved.Agency.Should().Be("xa-bac-ha");
        moved.Roles.Should().Equal("leader", "specialist");
        disabled.Disabled.Should().BeTrue();
        refused.Code.Should().Be("auth.disabled");
        enabled.Disabled.Should().BeFalse();
        me.Should().BeEquivalentTo(moved);
    }

    [Fact]
    public async Task Leader_GivesAStep_TransfersTheHoldersSteps_AdminReleasesThem_ThroughTheClient()
    {
        var admin = await server.As("admin");
        var first = await admin.CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.tu-phap-ho-tich.specialist4", "MatKhauMoi2026", "Giàng Thị Pà", "xa-coc-san", "tu-phap-ho-tich", ["specialist"]));
        var colleague = await admin.CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.tu-phap-ho-tich.specialist5", "MatKhauMoi2026", "Thào Thị Mỷ", "xa-coc-san", "tu-phap-ho-tich", ["specialist"]));
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Giàng A Lử", "012345678931")));
        var leader = await server.As(Officers.CocSanLeader);

        var unassigned = await leader.AgencyWorklistAsync(unclaimed: true);
        var assignees = await leader.GetAssigneesAsync(receipt.Id, "tham-dinh");
        var given = await leader.AssignAsync(receipt.Id, "tham-dinh", new AssignRequest(first.UserName, "Phân công"));
        var transferred = await leader.TransferOfficerStepsAsync(first.UserName, new TransferRequest(colleague.UserName, "Nghỉ phép một tuần"));
        var held = await admin.GetOfficerStepsAsync(colleague.UserName);
        var theirs = await (await server.As(colleague.UserName, "MatKhauMoi2026")).WorklistAsync(mine: true);
        var released = await admin.ReleaseOfficerStepsAsync(colleague.UserName, new ReasonRequest("Chuyển công tác"));
        var after = await leader.DossierAsync(receipt.Id);

        unassigned.Should().Contain(w => w.DossierId == receipt.Id && w.StepId == "tham-dinh" && w.ClaimedBy == null);
        assignees.Select(a => a.UserName).Should().Contain([Officers.CocSanCivilStatus, colleague.UserName]);
        given.Events.Should().Equal("stepAssigned");
        given.ActiveSteps.Single().ClaimedBy.Should().Be(first.UserName);
        transferred.Transferred.Should().ContainSingle().Which.DossierId.Should().Be(receipt.Id);
        transferred.Skipped.Should().BeEmpty();
        theirs.Should().ContainSingle().Which.Should().BeEquivalentTo(new { DossierId = receipt.Id, StepId = "tham-dinh", ClaimedBy = colleague.UserName });
        held.Should().ContainSingle().Which.Should().BeEquivalentTo(new { DossierId = receipt.Id, DossierCode = receipt.Code, StepId = "tham-dinh", Unit = "tu-phap-ho-tich" });
        released.Released.Should().ContainSingle().Which.DossierId.Should().Be(receipt.Id);
        released.Skipped.Should().BeEmpty();
        after.ActiveSteps.Single().ClaimedBy.Should().BeNull();
        after.Notes.Where(n => n.Kind == "stepAssigned").Select(n => n.Officer).Should().Equal(Officers.CocSanLeader, Officers.CocSanLeader, "admin");
    }

    [Fact]
    public async Task Officer_ChangesTheirOwnPassword_ThroughTheClient()
    {
        var admin = await server.As("admin");
        var officer = await admin.CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.tu-phap-ho-tich.specialist6", "MatKhauDau2026", "Sùng Thị Mỷ", "xa-coc-san", "tu-phap-ho-tich", ["specialist"]));
        var client = await server.As(officer.UserName, "MatKhauDau2026");

        (await client.MyOnTimeAsync()).Should().BeEmpty("a new officer has completed no step");
        var wrong = () => client.ChangePasswordAsync(new PasswordChange("KhongDung2026", "MatKhauRieng2026"));
        (await wrong.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("password.current-wrong");
        await client.ChangePasswordAsync(new PasswordChange("MatKhauDau2026", "MatKhauRieng2026"));
        var revoked = () => client.MeAsync();
        var oldPassword = () => server.Public.TokenAsync(new SignInRequest(officer.UserName, "MatKhauDau2026"));

        (await revoked.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("auth.token-revoked");
        (await oldPassword.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("auth.invalid-credentials");
        (await server.Public.TokenAsync(new SignInRequest(officer.UserName, "MatKhauRieng2026"))).AccessToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Desk_FindsADossierByIdNumberAndName_ThroughTheClient()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Mùa Thị Chá", "012345678932")));

        var byId = await desk.SearchDossiersAsync(q: "012345678932");
        var byName = await desk.SearchDossiersAsync(q: "mua thi cha", open: true, from: "2026-03-09");
        var refused = () => desk.SearchDossiersAsync(status: 0);

        byId.More.Should().BeFalse();
        byId.Dossiers.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            receipt.Id, receipt.Code, ProcedureCode = "1.001193", ApplicantName = "Mùa Thị Chá", Agency = "xa-coc-san", receipt.ReceivedAt, receipt.DueAt,
        });
        byName.Dossiers.Select(d => d.Id).Should().Equal(receipt.Id);
        (await refused.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("search.status");
    }

    [Fact]
    public async Task UploadedScan_ReceivedAndHandedOverElectronically_IsDownloadedByThePublic()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var (upload, receipt) = await ReceiveWithScanAsync(desk, Requests.Applicant("Hà Thị Duyên", "012345678913"), Pdf, "giay-chung-sinh.pdf");
        var specialist = await server.As(Officers.CocSanCivilStatus);
        await specialist.ClaimAsync(receipt.Id, "tham-dinh");
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));
        using var result = new MemoryStream(Pdf);
        var resultFile = await desk.UploadAsync(new StreamPart(result, "giay-khai-sinh.pdf", "application/pdf"));
        var fee = await desk.RecordFeeAsync(receipt.Id, new FeeRequest(8000, "cash", "BL-0001"));
        await desk.HandOverAsync(receipt.Id, new HandOverRequest("electronic", resultFile.Id, "KS-2026-002"));

        using var download = await server.Public.ResultAsync(new LookupRequest(receipt.Code, receipt.Pin));

        upload.Should().BeEquivalentTo(new { FileName = "giay-chung-sinh.pdf", ContentType = "application/pdf", Size = (long)Pdf.Length });
        (await desk.DossierAsync(receipt.Id)).Documents.Should().ContainSingle().Which.Should().BeEquivalentTo(new { DocumentId = "giay-chung-sinh", upload.Sha256 });
        fee.Kind.Should().Be("fee");
        download.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await download.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        (await server.LookupAsync(receipt)).HasElectronicResult.Should().BeTrue();
    }

    [Fact]
    public async Task DossierFiles_TheSpecialistOpensThePaperAndTheResult_AnotherCommuneCannot()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var scanBytes = Encoding.ASCII.GetBytes("%PDF-1.7\n% giay chung sinh cua Sung A Pao\n%%EOF\n");
        var (_, receipt) = await ReceiveWithScanAsync(desk, Requests.Applicant("Sùng A Páo", "012345678921"), scanBytes, "giấy chứng sinh.pdf");
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var paper = (await specialist.DossierAsync(receipt.Id)).Documents.Single();
        var otherCommune = await server.As("xa-bac-ha.mot-cua-xa.desk");

        using var opened = await specialist.DocumentFileAsync(receipt.Id, paper.Id);
        var foreign = () => otherCommune.DocumentFileAsync(receipt.Id, paper.Id);
        var unknown = () => specialist.DocumentFileAsync(receipt.Id, Guid.NewGuid());
        var noResultYet = () => specialist.ResultFileAsync(receipt.Id);

        (await opened.ReadAsByteArrayAsync()).Should().Equal(scanBytes);
        opened.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        opened.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        opened.Headers.ContentDisposition.FileNameStar.Should().Be("giấy chứng sinh.pdf");
        (await foreign.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("dossier.not-found");
        (await unknown.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("document.not-found");
        (await noResultYet.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("result.none");

        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));
        var resultBytes = Encoding.ASCII.GetBytes("%PDF-1.7\n% giay khai sinh cua Sung A Pao\n%%EOF\n");
        using var result = new MemoryStream(resultBytes);
        var resultFile = await desk.UploadAsync(new StreamPart(result, "giay-khai-sinh.pdf", "application/pdf"));
        await desk.HandOverAsync(receipt.Id, new HandOverRequest("electronic", resultFile.Id, "KS-2026-021"));
        using var handedOver = await (await server.As(Officers.CocSanLeader)).ResultFileAsync(receipt.Id);

        (await handedOver.ReadAsByteArrayAsync()).Should().Equal(resultBytes);
    }

    /// <remarks>
    /// docs/api.md, Uploads: "only the officer who uploaded a file can attach it". The receipt checks it; the hand-over
    /// does not, so any stored file (another applicant's scanned identity card) can be handed over as this dossier's
    /// result and downloaded by whoever holds this dossier's code and PIN.
    /// </remarks>
    [Fact]
    public async Task ElectronicHandOver_WithAnotherAgencysUpload_IsRefused()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Mùa A Chư", "012345678918")));
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var otherCommune = await server.As("xa-bac-ha.mot-cua-xa.desk");
        using var scan = new MemoryStream(Pdf);
        var someoneElses = await otherCommune.UploadAsync(new StreamPart(scan, "cccd-nguoi-khac.pdf", "application/pdf"));
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));

        var handOver = () => desk.HandOverAsync(receipt.Id, new HandOverRequest("electronic", someoneElses.Id));

        (await handOver.Should().ThrowAsync<ApiException>("another commune's officer uploaded that file")).Which.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await server.LookupAsync(receipt)).HasElectronicResult.Should().BeFalse();
    }

    [Fact]
    public async Task DossierByCode_InLowerCase_FindsTheDossierAsThePublicLookupDoes()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Chảo Thị Mây", "012345678919")));
        var typed = receipt.Code.ToLowerInvariant();

        var lookup = await server.Public.LookupAsync(new LookupRequest(typed, receipt.Pin));
        var found = await desk.DossierByCodeAsync(typed);

        lookup.Code.Should().Be(receipt.Code);
        found.Id.Should().Be(receipt.Id);
    }

    [Fact]
    public async Task ProcedureDetail_RolesAndLevel_AreCamelCaseStringsLikeTheRestOfTheApi()
    {
        var detail = await server.Public.ProcedureAsync("1.001193");
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Hầu A Dình", "012345678920")));
        var active = (await (await server.As(Officers.CocSanCivilStatus)).DossierAsync(receipt.Id)).ActiveSteps.Single();

        active.Role.Should().Be("specialist");
        detail.Steps.Single(s => s.Id == active.StepId).Role.Should().Be(active.Role, "a client compares the roles of both answers");
        detail.Summary.Level.Should().Be("commune", "agencies.json and the procedure files write levels in camelCase");
    }

    [Fact]
    public async Task Upload_NotAPdfPngOrJpeg_IsRefusedByContent()
    {
        var desk = await server.As(Officers.CocSanDesk);
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("this is not a scan"));

        var call = () => desk.UploadAsync(new StreamPart(text, "fake.pdf", "application/pdf"));

        var problem = (await call.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Should().BeEquivalentTo(new { Status = (int)HttpStatusCode.UnsupportedMediaType, Code = "upload.type" });
    }

    [Fact]
    public async Task Leader_ReturnsStepForRework_SpecialistHasItAgain()
    {
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Giàng A Sử", "012345678914")));
        var specialist = await server.As(Officers.CocSanCivilStatus);
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));

        var returned = await (await server.As(Officers.CocSanLeader)).ReturnAsync(receipt.Id, "ky-duyet", new ReturnRequest("tham-dinh", "Ghi sai ngày sinh."));

        returned.ActiveSteps.Select(s => s.StepId).Should().Equal("tham-dinh");
        (await specialist.WorklistAsync()).Should().Contain(w => w.DossierId == receipt.Id && w.StepId == "tham-dinh");
    }

    [Fact]
    public async Task Claimed_ThenCompletedByAnother_IsRefused()
    {
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Lù Văn Páo", "012345678915")));
        var colleague = await (await server.As("admin")).CreateOfficerAsync(new NewOfficer(
            "xa-coc-san.tu-phap-ho-tich.colleague", "MatKhauMoi2026", "Lò Văn Tùng", "xa-coc-san", "tu-phap-ho-tich", ["specialist"]));
        await (await server.As(colleague.UserName, "MatKhauMoi2026")).ClaimAsync(receipt.Id, "tham-dinh");

        var call = async () => await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));

        (await call.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("step.claimed-by-other");
    }

    [Fact]
    public async Task Specialist_ConsultsAnotherAgency_WhichAnswersBeforeTheStepCompletes()
    {
        var request = Requests.BuildingPermitGreenLane(Requests.Applicant("Công ty Phú Thịnh", "5300111222")) with { Lane = "standard" };
        var receipt = await (await server.As(Officers.ProvinceDesk)).ReceiveAsync(request);
        var specialist = await server.As(Officers.Construction);

        var consulted = await specialist.ConsultAsync(receipt.Id, "tham-dinh", new ConsultRequest(["cong-an-pccc"]));
        var tooEarly = () => specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        (await tooEarly.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("step.consultations-open");
        var fire = await server.As(Officers.FirePolice);
        var asked = await server.NoticesAsync(fire, receipt.Id, n => n.Kind == "consultationRequested", 1);
        asked.Single().StepId.Should().Be("tham-dinh>cong-an-pccc");
        asked.Single().Text.Should().StartWith("Đề nghị ").And.Contain($"cho ý kiến về hồ sơ {receipt.Code} (bước \"").And.Contain("đang chờ), hạn trả lời ");
        await fire.CompleteAsync(receipt.Id, "tham-dinh>cong-an-pccc", new CompleteRequest("Đạt yêu cầu PCCC."));
        var done = await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));

        consulted.ActiveSteps.Select(s => s.StepId).Should().BeEquivalentTo("tham-dinh", "tham-dinh>cong-an-pccc");
        done.ActiveSteps.Select(s => s.StepId).Should().Equal("kiem-tra-trinh");
    }

    [Fact]
    public async Task Forms_ReceiptControlSlipAndLogbook_RenderAsHtml()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Tẩn Thị Mẩy", "012345678916")));

        var form01 = await desk.FormAsync(receipt.Id, "receipt");
        var form06 = await desk.FormAsync(receipt.Id, "control-slip");
        var logbook = await desk.LogbookAsync(2026);
        var unknown = () => desk.FormAsync(receipt.Id, "no-such-form");

        form01.Should().Contain("Mẫu số 01").And.Contain(receipt.Code).And.Contain("Tẩn Thị Mẩy");
        form06.Should().Contain("Mẫu số 06").And.Contain(receipt.Code);
        logbook.Should().Contain(receipt.Code);
        (await unknown.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("form.unknown");
    }

    [Fact]
    public async Task Supervisor_OnTimeFigures_CountAHandedOverDossier()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Vi Thị Thoa", "012345678917")));
        await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));
        await desk.HandOverAsync(receipt.Id, new HandOverRequest("paper"));
        var supervisor = await server.As(Officers.ProvinceSupervisor);

        // The figures consume each message type in batches of its own, so the end may be counted before the receipt:
        // wait for both.
        var line = await Eventually(async () => (await supervisor.OnTimeAsync(from: "2026-03", to: "2026-03", agency: "xa-coc-san", procedure: "1.001193"))
            .SingleOrDefault(l => l.Early + l.OnTime + l.Late > 0 && l.Received > 0));

        line.Key.Should().Be("xa-coc-san|1.001193");
        line.Received.Should().BeGreaterThanOrEqualTo(1);
        line.Late.Should().Be(0);
        line.OnTimeRate.Should().Be(1.0);
    }

    [Fact]
    public async Task Supervisor_Overdue_ListsAStepPastItsBudgetAsJsonAndCsv()
    {
        var receipt = await (await server.As(Officers.ProvinceDesk)).ReceiveAsync(Requests.PrivateEnterprise(Requests.Applicant("Công ty An Phú", "5300333444")));
        var supervisor = await server.As(Officers.ProvinceSupervisor);
        var before = await supervisor.OverdueAsync();

        // Received at the province's own desk, 'tham-dinh' started at once: its 12 working hours end on Tuesday
        // afternoon (14:00 when received at 08:00). Two working hours later it is 120 working minutes overdue.
        var due = (await supervisor.DossierAsync(receipt.Id)).ActiveSteps.Single().DueAt!.Value;
        server.Clock.SetUtcNow(due.AddHours(2));
        supervisor = await server.As(Officers.ProvinceSupervisor);
        var overdue = await supervisor.OverdueAsync();
        var csv = await supervisor.OverdueCsvAsync();

        before.Should().NotContain(o => o.DossierId == receipt.Id);
        overdue.Should().ContainSingle(o => o.DossierId == receipt.Id).Which.Should().BeEquivalentTo(new { StepId = "tham-dinh", Unit = "phong-dkkd", OverdueWorkingMinutes = 120L });
        csv.Should().Contain($"{receipt.Code},2.001610,lao-cai,tham-dinh,phong-dkkd,");
    }

    /// <summary>What the worker writes after the outbox is dispatched: the fake clock moves the dispatcher on, and the test waits for the consumer.</summary>
    private async Task<T> Eventually<T>(Func<Task<T?>> read)
        where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("The on-time figures did not come within 10 seconds.");
    }

    [Fact]
    public async Task Supervisor_ReuseFigures_AndNoPartnersByDefault()
    {
        var desk = await server.As(Officers.CocSanDesk);
        await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Thào A Páo", "012345678930")));
        var supervisor = await server.As(Officers.ProvinceSupervisor);

        var reuse = await supervisor.ReuseAsync(from: "2026-03", to: "2026-03");
        var partners = await supervisor.PartnersAsync();

        reuse.Should().Contain(l => l.Agency == "xa-coc-san" && l.ProcedureCode == "1.001193" && l.Received >= 1);
        reuse.Should().OnlyContain(l => l.ReuseRate >= 0 && l.ReuseRate <= 1);
        partners.Should().BeEmpty("no national partner is configured");
    }

    [Fact]
    public async Task Payment_NotConfigured_IsTheNotConfiguredProblem_AndTheDossierHasNoPayment()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Sùng A Lử", "012345678931")));

        var call = () => desk.StartPaymentAsync(receipt.Id, new PaymentRequest(50000));

        var problem = (await call.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Status.Should().Be(503);
        problem.Code.Should().Be("payment.not-configured");
        (await desk.PaymentsAsync(receipt.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task PopulationLookup_NotConfigured_IsTheNotConfiguredProblem_AndTheAuditIsEmpty()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var supervisor = await server.As(Officers.ProvinceSupervisor);

        var call = () => desk.LookUpCitizenAsync(new CitizenLookupRequest("010190001234", "1.001193"));

        var problem = (await call.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Status.Should().Be(501);
        problem.Code.Should().Be("population.not-configured");
        (await supervisor.PopulationLookupsAsync(from: "2026-03")).Should().BeEmpty("a lookup that cannot be made is not recorded");
    }

    /// <summary>A birth registration received with its birth certificate scanned: the upload and the receipt.</summary>
    private static async Task<(UploadResponse Upload, ReceiveResponse Receipt)> ReceiveWithScanAsync(ITthcApi desk, ApplicantInput applicant, byte[] scan, string fileName)
    {
        using var stream = new MemoryStream(scan);
        var upload = await desk.UploadAsync(new StreamPart(stream, fileName, "application/pdf"));
        var request = Requests.BirthRegistration(applicant);
        var receipt = await desk.ReceiveAsync(request with
        {
            Documents = [.. request.Documents.Select(d => d.DocumentId == "giay-chung-sinh" ? d with { Kind = "electronic", UploadId = upload.Id } : d)],
        });
        return (upload, receipt);
    }
}
