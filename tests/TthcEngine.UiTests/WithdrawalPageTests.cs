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
}
