using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>
/// The admin's accounts page (<c>/quan-tri/can-bo</c>): creating an officer, who signs in; disabling them, which ends
/// the session they have open and refuses their next sign-in with its reason; enabling them again.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class OfficerAdministrationPageTests(UiFixture ui)
{
    private const string Password = "MatKhauUi2026";

    [Fact]
    public async Task AdminCreatesDisablesAndEnablesAnOfficer_TheOfficersSessionEndsWithTheDisabling()
    {
        var admin = await ui.OpenAsync("admin");
        await admin.GotoAsync("/giam-sat");
        await admin.ClickAsync("a[href='/quan-tri/can-bo']");
        await admin.ClickAsync("#create-officer summary");
        await admin.FillAsync("#new-userName", "ui.nguyen.thu");
        await admin.FillAsync("#new-fullName", "Nguyễn Thị Thu");
        await admin.FillAsync("#new-password", Password);
        await admin.SelectOptionAsync("#new-agency", "xa-coc-san");
        await admin.FillAsync("#new-unit", "mot-cua-xa");
        await admin.CheckAsync("#create-officer input[name=roles][value=desk]");
        await admin.ClickAsync("#create");
        await admin.Locator("p.msg.ok").WaitForAsync();
        var row = admin.Locator("tr[data-user='ui.nguyen.thu']");
        (await row.InnerTextAsync()).Should().Contain("Nguyễn Thị Thu").And.Contain("UBND xã Cốc San").And.Contain("Một cửa").And.Contain("Đang dùng");

        var officer = await SignInAsync("ui.nguyen.thu");
        await officer.GotoAsync("/mot-cua");
        (await officer.Locator("span.who").InnerTextAsync()).Should().Contain("Nguyễn Thị Thu");

        await row.Locator("button.disable").ClickAsync();
        await admin.Locator("p.msg.ok").WaitForAsync();
        (await admin.Locator("tr[data-user='ui.nguyen.thu'] td.state").InnerTextAsync()).Should().Contain("Đã vô hiệu hóa");
        await officer.GotoAsync("/mot-cua");
        await officer.WaitForURLAsync("**/login**");
        (await officer.Locator("span.who").CountAsync()).Should().Be(0, "the open session ended with the disabling");
        var refused = await SignInAsync("ui.nguyen.thu", expectSignedIn: false);
        (await refused.InnerTextAsync("#login-error")).Should().Contain("vô hiệu hóa");

        await admin.Locator("tr[data-user='ui.nguyen.thu'] button.enable").ClickAsync();
        await admin.Locator("p.msg.ok").WaitForAsync();
        (await admin.Locator("tr[data-user='ui.nguyen.thu'] td.state").InnerTextAsync()).Should().Contain("Đang dùng");
        (await (await SignInAsync("ui.nguyen.thu")).Locator("span.who").InnerTextAsync()).Should().Contain("Nguyễn Thị Thu");
    }

    private async Task<IPage> SignInAsync(string userName, bool expectSignedIn = true)
    {
        var page = await ui.OpenAsync(null);
        await page.GotoAsync("/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator(expectSignedIn ? "span.who" : "#login-error").WaitForAsync();
        return page;
    }
}
