using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.UiTests;

/// <summary>
/// One host and one headless Chromium for every UI test (starting them is most of a test's time); each test opens its
/// own browser contexts, one per person, and works on dossiers it received itself.
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    public const string Password = "TthcDemo2026";

    private IPlaywright? playwright;

    public UiApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where every screenshot goes (the test output folder).</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        App.Start();

        // Never a browser download: the tests use Debian's Chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A new browser (context) on a desk-sized screen, signed in as <paramref name="userName"/> unless null.</summary>
    public async Task<IPage> OpenAsync(string? userName, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        if (userName is not null)
        {
            await page.GotoAsync("/login");
            await page.FillAsync("#UserName", userName);
            await page.FillAsync("#Password", Password);
            await page.ClickAsync("button[type=submit]");
            // The officer's name in the header shows the signed-in page. Not WaitForURLAsync: once the URL matches it waits
            // for the load event, and Playwright can miss that event when it lands between its check and its subscription
            // (seen once in CI: "NetworkIdle event fired", the wait timed out).
            await page.Locator("span.who").WaitForAsync();
        }

        return page;
    }

    /// <summary>Saves a screenshot; the README's are also written to <c>TTHC_README_SCREENSHOTS</c> when it is set.</summary>
    public static async Task ShootAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (Environment.GetEnvironmentVariable("TTHC_README_SCREENSHOTS") is { Length: > 0 } readme && name.StartsWith("readme-", StringComparison.Ordinal))
        {
            File.Copy(path, Path.Combine(Directory.CreateDirectory(readme).FullName, name["readme-".Length..] + ".png"), overwrite: true);
        }
    }

    /// <summary>
    /// Moves the fake clock a second at a time, so the outbox dispatcher (which idles on that clock) publishes, until
    /// <paramref name="done"/> holds of the database.
    /// </summary>
    public async Task SettleAsync(Func<TthcDbContext, Task<bool>> done)
    {
        for (var i = 0; i < 150; i++)
        {
            await using (var scope = App.Services.CreateAsyncScope())
            {
                if (await done(scope.ServiceProvider.GetRequiredService<TthcDbContext>()))
                {
                    return;
                }
            }

            App.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        throw new TimeoutException("The background work did not finish in 15 seconds.");
    }

    /// <summary>A specialist of Cốc San's tư pháp - hộ tịch with the demo password, made as the admin would; its user name.</summary>
    public async Task<string> SpecialistAsync(string userName, string fullName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
        var account = new OfficerAccount { UserName = userName, FullName = fullName, Agency = "xa-coc-san", Unit = "tu-phap-ho-tich" };
        (await users.CreateAsync(account, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(account, "specialist")).Succeeded.Should().BeTrue();
        return userName;
    }

    /// <summary>Whether the on-time figures count a judged dossier of the agency's procedure.</summary>
    public static async Task<bool> JudgedAsync(TthcDbContext db, string key) =>
        await db.OnTimeCounts.Where(c => c.Scope == "procedure" && c.Key == key).SumAsync(c => c.Early + c.OnTime + c.Late) > 0;
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiFixture>
{
    public const string Name = "ui";
}
