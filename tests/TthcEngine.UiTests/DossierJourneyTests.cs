using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>
/// A birth registration from the desk to the public: received with an uploaded scan and its receipt printed, finished
/// by the specialist and the leader, handed over, looked up and rated, then counted on the supervisor's dashboard.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class DossierJourneyTests(UiFixture ui)
{
    [Fact]
    public async Task BirthRegistration_DeskToPublic_ReceiptPrintedFinishedRatedAndCounted()
    {
        // Desk: find the procedure without accents, fill the checklist, upload the ID card scan, receive.
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Nguyễn Thị Lan", "010203004005");
        await Steps.UploadAsync(desk, "giay-to-tuy-than", "cccd-nguyen-thi-lan.pdf");
        await desk.Locator("#checklist").ScrollIntoViewIfNeededAsync();
        await UiFixture.ShootAsync(desk, "readme-desk");
        var dossier = await Steps.ReceiveAsync(desk);
        dossier.Code.Should().StartWith("000.21.40.H40-");
        dossier.Pin.Should().HaveLength(8);
        await UiFixture.ShootAsync(desk, "desk-received");

        // The receipt and appointment (Form 01) opens ready to print, with the code as a QR code, on A5.
        var receipt = await desk.RunAndWaitForPopupAsync(() => desk.ClickAsync("#print-receipt"));
        await receipt.WaitForLoadStateAsync(LoadState.Load);
        var html = await receipt.ContentAsync();
        html.Should().Contain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").And.Contain(dossier.Code).And.Contain("<svg").And.Contain("A5");
        await UiFixture.ShootAsync(receipt, "desk-receipt", fullPage: true);
        var pdf = await receipt.PdfAsync(new PagePdfOptions { Path = Path.Combine(UiFixture.Screenshots, "receipt.pdf"), PreferCSSPageSize = true });
        pdf.Should().NotBeEmpty();

        // Specialist: the worklist shows the step with its countdown; claim and complete.
        ui.App.Clock.Advance(TimeSpan.FromMinutes(20));
        var specialist = await ui.OpenAsync("xa-coc-san.tu-phap-ho-tich.specialist");
        await specialist.GotoAsync("/viec");
        var row = specialist.Locator($"tr[data-code='{dossier.Code}']");
        (await row.InnerTextAsync()).Should().Contain("Sắp đến hạn").And.Contain("còn 1 giờ 40 phút", "2 working hours, 20 minutes gone");
        await UiFixture.ShootAsync(specialist, "readme-worklist");
        await row.Locator("button").ClickAsync();
        await specialist.WaitForURLAsync($"**/ho-so/{dossier.Id}");
        var scan = specialist.Locator("a[data-paper='giay-to-tuy-than']");
        (await scan.InnerTextAsync()).Should().Be("cccd-nguyen-thi-lan.pdf", "the specialist opens the paper to appraise it");
        var opened = await specialist.APIRequest.GetAsync((await scan.GetAttributeAsync("href"))!);
        (await opened.BodyAsync()).Should().Equal(Steps.Pdf);
        opened.Headers["content-disposition"].Should().StartWith("inline");
        await specialist.FillAsync("#opinion-tham-dinh", "Thông tin khai sinh đầy đủ, đã ghi Sổ hộ tịch.");
        await specialist.ClickAsync("section[data-step='tham-dinh'] form[action*='handler=Complete'] button");
        await specialist.Locator("p.msg.ok").WaitForAsync();

        // Leader: signs.
        ui.App.Clock.Advance(TimeSpan.FromMinutes(20));
        var leader = await ui.OpenAsync("xa-coc-san.lanh-dao-xa.leader");
        await Steps.FinishStepAsync(leader, dossier.Id, "ky-duyet", "Đồng ý, ký Giấy khai sinh.");
        await UiFixture.ShootAsync(leader, "leader-dossier", fullPage: true);

        // Desk: hands the result over; the timeline marks every step early, on time or late.
        ui.App.Clock.Advance(TimeSpan.FromMinutes(10));
        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        await desk.ClickAsync("#hand-over");
        await desk.Locator("#status").Filter(new() { HasText = "Đã trả kết quả" }).WaitForAsync();
        (await desk.Locator("#timeline tbody tr").CountAsync()).Should().Be(4);
        (await desk.InnerTextAsync("#timeline")).Should().Contain("Đúng hạn").And.NotContain("Quá hạn");
        await UiFixture.ShootAsync(desk, "desk-handed-over", fullPage: true);

        // Public: the QR code's address, the PIN, the timeline, one rating.
        var citizen = await ui.OpenAsync(null, 390, 844);
        await citizen.GotoAsync($"/tra-cuu?ma={Uri.EscapeDataString(dossier.Code)}");
        await citizen.FillAsync("#Pin", dossier.Pin);
        await citizen.ClickAsync("form:not([action*='handler']) button[type=submit]");
        (await citizen.InnerTextAsync("#public-status")).Should().Contain("Đã trả kết quả");
        (await citizen.Locator("#public-steps li").CountAsync()).Should().Be(4);
        (await citizen.ContentAsync()).Should().NotContain("Nguyễn Thị Lan").And.NotContain("010203004005");
        await UiFixture.ShootAsync(citizen, "readme-public");
        await UiFixture.ShootAsync(citizen, "public-full", fullPage: true);
        await citizen.CheckAsync("#score-5");
        await citizen.ClickAsync("form[action*='handler=Rate'] button[type=submit]");
        await citizen.Locator("#rated").WaitForAsync();
        (await citizen.Locator("form[action*='handler=Rate']").CountAsync()).Should().Be(0);

        // Supervisor: the finished dossier is counted in the on-time figures, charted and exportable.
        await ui.SettleAsync(db => UiFixture.JudgedAsync(db, "xa-coc-san|1.001193"));
        var supervisor = await ui.OpenAsync("xa-coc-san.supervisor");
        await supervisor.GotoAsync("/giam-sat");
        var line = supervisor.Locator("tr[data-key='xa-coc-san|1.001193'][data-month='2026-03']");
        (await line.InnerTextAsync()).Should().Contain("100%");
        (await supervisor.Locator("svg#by-procedure rect").CountAsync()).Should().BeGreaterThan(0);
        (await supervisor.TextContentAsync("#by-procedure")).Should().Contain("1.001193");
        await UiFixture.ShootAsync(supervisor, "readme-dashboard");
        await UiFixture.ShootAsync(supervisor, "dashboard-full", fullPage: true);
        var csv = await supervisor.APIRequest.GetAsync("/giam-sat?handler=Csv");
        (await csv.TextAsync()).Should().Contain("xa-coc-san,1.001193,2026-03,");
    }
}
