using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>Vietnamese first with an English switch, labels on every field, the keyboard, a phone's width, sign-in redirects.</summary>
[Collection(UiCollection.Name)]
public sealed class AccessibilityTests(UiFixture ui)
{
    private const string UnlabelledFields = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
            .map(e => e.id || e.name)
        """;

    private const string TooWide = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '#' + e.id + '.' + e.className)
        """;

    [Fact]
    public async Task LanguageSwitch_English_RememberedOnTheNextPage()
    {
        var page = await ui.OpenAsync(null);
        await page.GotoAsync("/tra-cuu");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("vi");
        (await page.InnerTextAsync("h1")).Should().Be("Tra cứu hồ sơ thủ tục hành chính");

        await page.ClickAsync("a[hreflang=en]");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("en");
        (await page.InnerTextAsync("h1")).Should().Be("Look up your dossier");
        await page.GotoAsync("/login");
        (await page.InnerTextAsync("h1")).Should().Be("Officer sign-in");
        await UiFixture.ShootAsync(page, "login-en");
    }

    [Theory]
    [InlineData(null, "/tra-cuu")]
    [InlineData(null, "/login")]
    [InlineData(null, "/nop-truc-tuyen?thu-tuc=1.001193&co-quan=xa-coc-san")]
    [InlineData(null, "/nop-truc-tuyen/tra-cuu")]
    [InlineData("xa-coc-san.mot-cua-xa.desk", "/mot-cua/truc-tuyen")]
    [InlineData("xa-coc-san.mot-cua-xa.desk", "/mot-cua/tiep-nhan/1.001193")]
    [InlineData("xa-coc-san.mot-cua-xa.desk", "/mot-cua?q=khai+sinh")]
    [InlineData("lao-cai.supervisor", "/giam-sat")]
    [InlineData("admin", "/quan-tri/can-bo")]
    [InlineData("xa-coc-san.lanh-dao-xa.leader", "/viec?pham-vi=co-quan")]
    [InlineData("xa-coc-san.tu-phap-ho-tich.specialist", "/thong-bao")]
    [InlineData("xa-coc-san.mot-cua-xa.desk", "/ho-so?q=0912345678")]
    [InlineData("xa-coc-san.lanh-dao-xa.leader", "/tai-khoan")]
    public async Task Page_EveryField_HasALabelAndFitsAPhone(string? userName, string path)
    {
        var page = await ui.OpenAsync(userName, 360, 740);
        await page.GotoAsync(path);

        (await page.EvaluateAsync<string[]>(UnlabelledFields)).Should().BeEmpty();
        (await page.EvaluateAsync<string[]>(TooWide)).Should().BeEmpty("the page fits a phone's width (wide tables scroll in their own box)");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("vi");
    }

    [Fact]
    public async Task Keyboard_FirstTab_ReachesTheSkipLinkThenTheMenu()
    {
        var page = await ui.OpenAsync(null);
        await page.GotoAsync("/tra-cuu");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.className")).Should().Be("skip");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("ma");
    }

    [Theory]
    [InlineData("/viec")]
    [InlineData("/giam-sat")]
    [InlineData("/luong-xanh")]
    [InlineData("/quan-tri/can-bo")]
    [InlineData("/thong-bao")]
    [InlineData("/ho-so")]
    [InlineData("/tai-khoan")]
    public async Task OfficerPage_NotSignedIn_RedirectsToSignIn(string path)
    {
        var page = await ui.OpenAsync(null);

        var response = await page.GotoAsync(path);

        page.Url.Should().Contain("/login?ReturnUrl=" + Uri.EscapeDataString(path));
        response!.Status.Should().Be(200);
    }

    [Fact]
    public async Task SignOut_FromAPage_ReturnsToSignInAndLocksThePagesAgain()
    {
        var page = await ui.OpenAsync("xa-coc-san.tu-phap-ho-tich.specialist");
        await page.GotoAsync("/viec");

        await page.ClickAsync("header form button");
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/viec");

        page.Url.Should().Contain("/login?ReturnUrl=");
    }
}
