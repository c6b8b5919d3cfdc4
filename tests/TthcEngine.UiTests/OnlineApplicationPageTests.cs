using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>
/// Online submission in the browser: the applicant applies at <c>/nop-truc-tuyen</c> with a file per paper, the desk
/// accepts it from <c>/mot-cua/truc-tuyen</c>, and the applicant's lookup shows it received with the dossier's code.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class OnlineApplicationPageTests(UiFixture ui)
{
    [Fact]
    public async Task Applicant_AppliesOnline_DeskAccepts_LookupShowsTheDossier()
    {
        var citizen = await ui.OpenAsync(null, 390, 844);
        var (reference, pin) = await ApplyAsync(citizen, "Thào Thị Chư", "012345677001");

        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await desk.GotoAsync("/mot-cua");
        int.Parse(await desk.InnerTextAsync("#online-waiting")).Should().BeGreaterThan(0, "the desk's page counts the applications waiting");
        await desk.ClickAsync("#online-applications");
        var card = desk.Locator($"#application-{reference}");
        (await card.InnerTextAsync()).Should().Contain("Thào Thị Chư").And.Contain("giay-to-tuy-than.pdf");
        await card.Locator("button.accept").ClickAsync();
        await desk.WaitForURLAsync("**/ho-so/*");
        var dossierCode = (await desk.InnerTextAsync("#received-code")).Trim();

        await LookUpAsync(citizen, reference, pin);
        (await citizen.InnerTextAsync("#dossier-code")).Trim().Should().Be(dossierCode);
        (await citizen.InnerTextAsync("#application-status")).Should().Contain("tiếp nhận");
    }

    [Fact]
    public async Task DeskRefuses_LookupShowsTheRefusalWithItsCodeAndReason()
    {
        var citizen = await ui.OpenAsync(null, 390, 844);
        var (reference, pin) = await ApplyAsync(citizen, "Giàng A Páo", "012345677002");

        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await desk.GotoAsync("/mot-cua/truc-tuyen");
        var card = desk.Locator($"#application-{reference}");
        await card.Locator("input[name=reason]").FillAsync("Tờ khai không có chữ ký của người yêu cầu");
        await card.Locator("button.refuse").ClickAsync();
        await desk.Locator("p.msg.ok").WaitForAsync();
        var refused = desk.Locator($"#refused-{reference}");
        var code = (await refused.Locator(".refused-code").InnerTextAsync()).Trim();
        (await desk.InnerTextAsync("p.msg.ok")).Should().Contain(code, "the desk is told the refusal's code at once");
        (await refused.Locator(".refusal-notices").InnerTextAsync()).Should().Contain("Không gửi", "notices are off in this host: the desk sees nobody was told");
        var deskSlip = await desk.RunAndWaitForPopupAsync(() => refused.Locator("a.refusal-slip").ClickAsync());
        (await deskSlip.ContentAsync()).Should().Contain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ").And.Contain(code).And.Contain("Giàng A Páo");

        await LookUpAsync(citizen, reference, pin);
        (await citizen.InnerTextAsync("#application-status")).Should().Contain("Không được tiếp nhận");
        (await citizen.InnerTextAsync("#refusal-reason")).Trim().Should().Be("Tờ khai không có chữ ký của người yêu cầu");
        (await citizen.InnerTextAsync("#refused-code")).Trim().Should().Be(code);
        (await citizen.Locator("#dossier-code").CountAsync()).Should().Be(0);
        var slip = await citizen.RunAndWaitForPopupAsync(() => citizen.ClickAsync("#refusal-slip"));
        await slip.WaitForLoadStateAsync();
        (await slip.ContentAsync()).Should().Contain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ").And.Contain(code)
            .And.Contain("Tờ khai không có chữ ký của người yêu cầu");
        await citizen.GotoAsync($"/nop-truc-tuyen/tra-cuu?ma={reference}");
        (await citizen.InputValueAsync("#ma")).Should().Be(reference, "the slip's QR code opens the lookup with the reference filled in");
    }

    /// <summary>Applies for a birth registration at Cốc San with a file per paper; the reference and PIN shown.</summary>
    private static async Task<(string Reference, string Pin)> ApplyAsync(IPage citizen, string name, string idNumber)
    {
        await citizen.GotoAsync("/nop-truc-tuyen?thu-tuc=1.001193&co-quan=xa-coc-san");
        await citizen.FillAsync("#Applicant_Name", name);
        await citizen.FillAsync("#Applicant_IdNumber", idNumber);
        await citizen.FillAsync("#Applicant_Phone", "0912345678");
        foreach (var document in new[] { "to-khai", "giay-chung-sinh", "giay-to-tuy-than" })
        {
            await citizen.SetInputFilesAsync($"#file-{document}", new FilePayload { Name = document + ".pdf", MimeType = "application/pdf", Buffer = Steps.Pdf });
        }

        await citizen.ClickAsync("#submit-application");
        await citizen.Locator("#application-reference").WaitForAsync();
        return ((await citizen.InnerTextAsync("#application-reference")).Trim(), (await citizen.InnerTextAsync("#application-pin")).Trim());
    }

    private static async Task LookUpAsync(IPage citizen, string reference, string pin)
    {
        await citizen.GotoAsync("/nop-truc-tuyen/tra-cuu");
        await citizen.FillAsync("#ma", reference);
        await citizen.FillAsync("#Pin", pin);
        await citizen.ClickAsync("button[type=submit]");
        await citizen.Locator("#application").WaitForAsync();
    }
}
