namespace TthcEngine.UiTests;

/// <summary>The officers' dossier search (<c>/ho-so</c>): the desk finds a dossier by the applicant's name typed without accents, and opens it.</summary>
[Collection(UiCollection.Name)]
public sealed class DossierSearchPageTests(UiFixture ui)
{
    [Fact]
    public async Task Desk_FindsADossierByNameWithoutAccents_AndOpensIt()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Vừ Thị Dợ", "010203004884");
        var dossier = await Steps.ReceiveAsync(desk);

        await desk.ClickAsync("header a[href='/ho-so']");
        await desk.FillAsync("#q", "vu thi do");
        await desk.CheckAsync("#dang-xu-ly");
        await desk.ClickAsync("#search button");
        await desk.WaitForURLAsync("**/ho-so?q=vu+thi+do**");

        var row = desk.Locator($"#found tr[data-code='{dossier.Code}']");
        (await row.InnerTextAsync()).Should().Contain("Vừ Thị Dợ").And.Contain("Thủ tục đăng ký khai sinh");
        await row.Locator("a").ClickAsync();
        await desk.WaitForURLAsync($"**/ho-so/{dossier.Id}");

        await desk.GotoAsync("/ho-so?tu-ngay=09-03-2026");
        (await desk.InnerTextAsync("p.msg.err")).Should().Contain("yyyy-MM-dd");
        await desk.GotoAsync("/ho-so?q=khong+ai+ten+nay");
        (await desk.Locator("#none").CountAsync()).Should().Be(1);
    }
}
