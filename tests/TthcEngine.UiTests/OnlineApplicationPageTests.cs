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
        await citizen.GotoAsync("/nop-truc-tuyen?thu-tuc=1.001193&co-quan=xa-coc-san");
        await citizen.FillAsync("#Applicant_Name", "Thào Thị Chư");
        await citizen.FillAsync("#Applicant_IdNumber", "012345677001");
        await citizen.FillAsync("#Applicant_Phone", "0912345678");
        foreach (var document in new[] { "to-khai", "giay-chung-sinh", "giay-to-tuy-than" })
        {
            await citizen.SetInputFilesAsync($"#file-{document}", new FilePayload { Name = document + ".pdf", MimeType = "application/pdf", Buffer = Steps.Pdf });
        }

        await citizen.ClickAsync("#submit-application");
        await citizen.Locator("#application-reference").WaitForAsync();
        var reference = (await citizen.InnerTextAsync("#application-reference")).Trim();
        var pin = (await citizen.InnerTextAsync("#application-pin")).Trim();

        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await desk.GotoAsync("/mot-cua");
        await desk.ClickAsync("#online-applications");
        var card = desk.Locator($"#application-{reference}");
        (await card.InnerTextAsync()).Should().Contain("Thào Thị Chư").And.Contain("giay-to-tuy-than.pdf");
        await card.Locator("button.accept").ClickAsync();
        await desk.WaitForURLAsync("**/ho-so/*");
        var dossierCode = (await desk.InnerTextAsync("#received-code")).Trim();

        await citizen.GotoAsync("/nop-truc-tuyen/tra-cuu");
        await citizen.FillAsync("#ma", reference);
        await citizen.FillAsync("#Pin", pin);
        await citizen.ClickAsync("button[type=submit]");
        await citizen.Locator("#application").WaitForAsync();
        (await citizen.InnerTextAsync("#dossier-code")).Trim().Should().Be(dossierCode);
        (await citizen.InnerTextAsync("#application-status")).Should().Contain("tiếp nhận");
    }
}
