using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TthcEngine.FakeNational;
using TthcEngine.National.Payment;

namespace TthcEngine.National.Tests;

/// <summary>The payment client against the fake platform on loopback: INIT, QUERY, GET_BILL, refusals and failures.</summary>
public sealed class PaymentClientTests : IAsyncLifetime
{
    private const string Secret = "a-shared-secret-2026";
    private readonly CapturedLogs logs = new();
    private FakeNationalServer fake = null!;

    public async Task InitializeAsync() =>
        fake = await FakeNationalServer.StartAsync("--Fake:Payment:PartnerCode=H40", $"--Fake:Payment:Secret={Secret}", "--Fake:Payment:AccessToken=tok-1");

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task Init_GenuineOrder_GivesThePaymentPageOnThePlatform()
    {
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();

        var page = await client.InitAsync(Order("dvc1"), CancellationToken.None);

        page.AbsoluteUri.Should().StartWith(fake.BaseUrl.AbsoluteUri + "payment/pay/dvc1");
        var held = await fake.Control.GetFromJsonAsync<JsonObject>("_fake/payment/dvc1");
        held!["Amount"]!.GetValue<long>().Should().Be(120000);
        held["State"]!.GetValue<string>().Should().Be("3");
    }

    [Fact]
    public async Task Init_WrongSecret_RefusedWithTheErrorCode_AndNothingHeld()
    {
        using var services = Services(o => o.Secret = "not-the-secret");
        var client = services.GetRequiredService<PaymentClient>();

        var init = () => client.InitAsync(Order("dvc2"), CancellationToken.None);

        (await init.Should().ThrowAsync<PaymentUnavailableException>()).Which.ErrorCode.Should().Be("-1");
        (await fake.Control.GetAsync("_fake/payment/dvc2")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Init_PlatformAnswers503_UnavailableWithoutErrorCode()
    {
        await fake.ScriptAsync(Fault.Unavailable, Fault.Unavailable, Fault.Unavailable);
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();

        var init = () => client.InitAsync(Order("dvc3"), CancellationToken.None);

        (await init.Should().ThrowAsync<PaymentUnavailableException>()).Which.ErrorCode.Should().BeNull();
    }

    [Fact]
    public async Task Query_AfterThePayerPaid_SaysPaidWithTheTransaction()
    {
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();
        await client.InitAsync(Order("dvc4"), CancellationToken.None);
        var before = await client.QueryAsync("dvc4", Now, CancellationToken.None);

        (await fake.Control.PostAsync("_fake/payment/dvc4/pay?bank=BIDV&deliver=false", null)).EnsureSuccessStatusCode();
        var after = await client.QueryAsync("dvc4", Now, CancellationToken.None);

        before.State.Should().Be(PlatformPaymentState.Pending);
        after.State.Should().Be(PlatformPaymentState.Paid);
        after.TransactionId.Should().StartWith("GD");
        after.Bank.Should().Be("BIDV");
        after.Amount.Should().Be(120000);
    }

    [Fact]
    public async Task GetBill_Paid_IsAPdfNamingTheReference()
    {
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();
        await client.InitAsync(Order("dvc5"), CancellationToken.None);
        (await fake.Control.PostAsync("_fake/payment/dvc5/pay?deliver=false", null)).EnsureSuccessStatusCode();

        var pdf = await client.GetBillAsync("dvc5", Now, CancellationToken.None);

        System.Text.Encoding.ASCII.GetString(pdf).Should().StartWith("%PDF-").And.Contain("dvc5").And.EndWith("%%EOF\n");
    }

    [Fact]
    public async Task GetBill_NotPaid_Unavailable()
    {
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();
        await client.InitAsync(Order("dvc6"), CancellationToken.None);

        var bill = () => client.GetBillAsync("dvc6", Now, CancellationToken.None);

        await bill.Should().ThrowAsync<PaymentUnavailableException>();
    }

    [Fact]
    public async Task Calls_NeverLogTheSecretOrTheToken()
    {
        using var services = Services();
        var client = services.GetRequiredService<PaymentClient>();
        await fake.ScriptAsync(Fault.ErrorAfterWork);

        await FluentActions.Awaiting(() => client.InitAsync(Order("dvc7"), CancellationToken.None)).Should().ThrowAsync<PaymentUnavailableException>();
        await client.InitAsync(Order("dvc8"), CancellationToken.None);
        await client.QueryAsync("dvc8", Now, CancellationToken.None);

        logs.Lines.Should().NotBeEmpty();
        logs.Lines.Should().NotContain(l => l.Contains(Secret) || l.Contains("tok-1"));
    }

    private static readonly DateTimeOffset Now = new(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7));

    private static PaymentOrder Order(string reference) => new(
        reference, 120000, "Thanh toan ho so 000.21.40.H40-260309-0001", Now, "203.0.113.5", "000.21.40.H40-260309-0001", "1.001456",
        "Cấp hộ chiếu phổ thông", "000.21.40.H40", "UBND xã Cốc San", "Nguyễn Thị Lan", "010203004005", "Thôn Cốc San");

    private ServiceProvider Services(Action<PaymentOptions>? configure = null)
    {
        var options = new PaymentOptions
        {
            BaseUrl = fake.BaseUrl, PartnerCode = "H40", Secret = Secret, AccessToken = "tok-1",
            Resilience = { AttemptTimeout = TimeSpan.FromSeconds(2), TotalTimeout = TimeSpan.FromSeconds(5), MaxRetryAttempts = 1, RetryDelay = TimeSpan.FromMilliseconds(50) },
        };
        configure?.Invoke(options);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton(TimeProvider.System);
        services.AddNationalPayment(options, reconcile: false);
        return services.BuildServiceProvider();
    }
}
