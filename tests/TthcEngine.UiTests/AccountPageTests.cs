namespace TthcEngine.UiTests;

/// <summary>The officer's own account page (<c>/tai-khoan</c>): what the admin set, and the change of their own password.</summary>
[Collection(UiCollection.Name)]
public sealed class AccountPageTests(UiFixture ui)
{
    [Fact]
    public async Task Officer_ChangesTheirPassword_StaysSignedIn_AndSignsInWithTheNewOne()
    {
        await ui.SpecialistAsync("ui.doi.mat.khau", "Hầu Thị Dua");

        var page = await ui.OpenAsync("ui.doi.mat.khau");
        await page.GotoAsync("/viec");
        await page.ClickAsync("#account-link");
        (await page.InnerTextAsync("#account")).Should().Contain("Hầu Thị Dua").And.Contain("UBND xã Cốc San").And.Contain("Chuyên viên");
        (await page.InnerTextAsync("#my-on-time")).Should().Contain("Chưa có bước nào bạn hoàn thành được tính");

        await page.FillAsync("#current", UiFixture.Password);
        await page.FillAsync("#password", "MatKhauRieng2026");
        await page.FillAsync("#again", "MatKhauKhac2026");
        await page.ClickAsync("#change-password button");
        (await page.InnerTextAsync("p.msg.err")).Should().Contain("không khớp");

        await page.FillAsync("#current", UiFixture.Password);
        await page.FillAsync("#password", "MatKhauRieng2026");
        await page.FillAsync("#again", "MatKhauRieng2026");
        await page.ClickAsync("#change-password button");
        (await page.InnerTextAsync("p.msg.ok")).Should().Contain("Đã đổi mật khẩu");
        await page.GotoAsync("/viec");
        page.Url.Should().EndWith("/viec", "the page that changed the password stays signed in");

        var again = await ui.OpenAsync(null);
        await again.GotoAsync("/login");
        await again.FillAsync("#UserName", "ui.doi.mat.khau");
        await again.FillAsync("#Password", "MatKhauRieng2026");
        await again.ClickAsync("button[type=submit]");
        await again.Locator("span.who").WaitForAsync();
    }
}
