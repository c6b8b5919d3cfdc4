namespace TthcEngine.UiTests;

/// <summary>The desk records an applicant's withdrawal (rút hồ sơ) from the dossier's page; the public lookup shows status 7.</summary>
[Collection(UiCollection.Name)]
public sealed class WithdrawalPageTests(UiFixture ui)
{
    [Fact]
    public async Task BirthRegistration_DeskRecordsTheWithdrawal_DossierEnds_PublicSeesStatus7()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Thào Thị Sùng", "010203004777");
        var dossier = await Steps.ReceiveAsync(desk);
        await desk.GotoAsync($"/ho-so/{dossier.Id}");

        await desk.ClickAsync("details:has(form[action*='handler=Withdraw']) summary");
        await desk.FillAsync("#withdraw-reason", "Người nộp có đơn xin rút hồ sơ.");
        await desk.ClickAsync("form[action*='handler=Withdraw'] button[type=submit]");
        await desk.Locator("p.msg.ok").WaitForAsync();

        (await desk.InnerTextAsync("#status")).Should().Contain("Công dân yêu cầu rút hồ sơ");
        (await desk.Locator("section[data-step]").CountAsync()).Should().Be(0, "no step is left to do");
        (await desk.Locator("form[action*='handler=Withdraw']").CountAsync()).Should().Be(0, "an ended dossier cannot be withdrawn again");
        var citizen = await ui.OpenAsync(null);
        await Steps.LookUpAsync(citizen, dossier);
        (await citizen.InnerTextAsync("#public-status")).Should().Contain("Công dân yêu cầu rút hồ sơ");
    }

    [Fact]
    public async Task ApplicantAsksOnTheLookupPage_TheDeskSeesTheRequestWrittenIn_AndWithdraws()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Mùa Thị Chở", "010203004778");
        var dossier = await Steps.ReceiveAsync(desk);
        var citizen = await AskToWithdrawAsync(dossier, "Tôi nộp nhầm thủ tục, xin rút để nộp lại.");
        await desk.GotoAsync($"/ho-so/{dossier.Id}");

        (await citizen.Locator("#request-withdrawal").CountAsync()).Should().Be(0, "one request per dossier");
        (await desk.InnerTextAsync("#withdrawal-requested")).Should().Contain("Tôi nộp nhầm thủ tục, xin rút để nộp lại.");
        (await desk.InputValueAsync("#withdraw-reason")).Should().StartWith("Đề nghị trực tuyến lúc").And.EndWith("Tôi nộp nhầm thủ tục, xin rút để nộp lại.");
        await desk.ClickAsync("form[action*='handler=Withdraw'] button[type=submit]");
        await desk.Locator("p.msg.ok").WaitForAsync();
        (await desk.InnerTextAsync("#status")).Should().Contain("Công dân yêu cầu rút hồ sơ");
        (await desk.Locator("#withdrawal-requested").CountAsync()).Should().Be(0, "the request is decided");
    }

    [Fact]
    public async Task DeskDeclinesTheApplicantsRequest_TheLookupShowsWhy_AndOffersToAskAgain()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Vàng Thị Dợ", "010203004779");
        var dossier = await Steps.ReceiveAsync(desk);
        var citizen = await AskToWithdrawAsync(dossier, "Tôi muốn rút hồ sơ.");

        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        await desk.FillAsync("#decline-withdrawal-reason", "Người nộp đã gọi điện xin tiếp tục giải quyết.");
        await desk.ClickAsync("#decline-withdrawal");
        await desk.Locator("p.msg.ok").WaitForAsync();
        await Steps.LookUpAsync(citizen, dossier);

        (await desk.Locator("#withdrawal-requested").CountAsync()).Should().Be(0, "the request is answered");
        (await desk.InnerTextAsync("#status")).Should().NotContain("rút hồ sơ", "the dossier goes on");
        (await citizen.InnerTextAsync("#withdrawal-declined")).Should().Contain("Người nộp đã gọi điện xin tiếp tục giải quyết.");
        (await citizen.Locator("#request-withdrawal").CountAsync()).Should().Be(1, "the applicant may ask again");
    }

    /// <summary>The applicant asks on the lookup page, on a phone, to withdraw the dossier; the page they are left on.</summary>
    private async Task<Microsoft.Playwright.IPage> AskToWithdrawAsync(Steps.Received dossier, string reason)
    {
        var citizen = await ui.OpenAsync(null, 390, 844);
        await Steps.LookUpAsync(citizen, dossier);
        await citizen.ClickAsync("details:has(#request-withdrawal) summary");
        await citizen.FillAsync("#withdraw-reason", reason);
        await citizen.ClickAsync("#request-withdrawal");
        await citizen.Locator("#withdrawal-sent").WaitForAsync();
        return citizen;
    }
}
