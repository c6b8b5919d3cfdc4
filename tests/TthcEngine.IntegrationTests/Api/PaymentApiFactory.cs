using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The API on Kestrel (the fake platform must reach its callback over HTTP) with the national payment platform
/// configured: the fake national host on another free loopback port, sharing the partner code and the secret, told to
/// call back <c>/api/payments/callback</c>. Notices to applicants go to the same fake host's gateway.
/// </summary>
public sealed class PaymentApiFactory : FakeNationalApiFactory
{
    public const string Partner = "H40PAY";

    public const string Secret = "payment-secret-9f1c2e";

    public PaymentApiFactory()
        : base($"--Fake:Payment:PartnerCode={Partner}", $"--Fake:Payment:Secret={Secret}")
    {
        UseKestrel(0);
        StartServer();
        CallbackUrl = new Uri(ClientOptions.BaseAddress, "api/payments/callback");
        FakeSettingsAsync(copies: 1, atOnce: false).GetAwaiter().GetResult();
    }

    public Uri CallbackUrl { get; }

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("National:Payment:BaseUrl", FakeUrl.AbsoluteUri),
        new("National:Payment:PartnerCode", Partner),
        new("National:Payment:Secret", Secret),
        new("National:Payment:ReconcileEvery", "1.00:00:00"),
        new("National:Payment:Resilience:AttemptTimeout", "00:00:03"),
        new("National:Payment:Resilience:TotalTimeout", "00:00:08"),
        new("National:Payment:Resilience:MaxRetryAttempts", "1"),
        new("National:Payment:Resilience:RetryDelay", "00:00:00.050"),
        new("Notices:BaseUrl", new Uri(FakeUrl, "notices/").AbsoluteUri),
        new("Notices:Send:Idle", "00:00:00.100"),
    ];

    /// <summary>A birth registration received at Cốc San and paused for its financial obligation through the dossier service (the shipped procedures reach that pause only after several agencies' steps).</summary>
    internal async Task<Desk.Received> WaitingForFinancialObligationAsync()
    {
        var dossier = await Desk.ReceiveAsync(this);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DossierService>()
            .ExecuteAsync(dossier.Id, now => new PauseWorkflow(now, PauseReason.AwaitingFinancialObligation));
        return dossier;
    }

    /// <summary>How many copies of each callback the fake sends, and whether at the same moment.</summary>
    public async Task FakeSettingsAsync(int copies, bool atOnce) =>
        (await Fake.PutAsJsonAsync("_fake/payment/settings", new { callbackUrl = CallbackUrl.AbsoluteUri, callbackCopies = copies, callbacksAtOnce = atOnce }))
            .EnsureSuccessStatusCode();
}
