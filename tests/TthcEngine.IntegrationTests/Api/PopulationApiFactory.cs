using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The API with the population database configured at the fake national host, started for real on a free loopback
/// port (it demands the integration code <see cref="IntegrationCode"/>), with short timeouts.
/// </summary>
public sealed class PopulationApiFactory : OfficeApiFactory, IAsyncLifetime
{
    public const string IntegrationCode = "LCI-DESK";

    private FakeNationalHost? fake;

    public HttpClient FakeControl => fake!.Control;

    private Uri FakeUrl => fake!.Url;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("National:Population:BaseUrl", FakeUrl.ToString()),
        new("National:Population:IntegrationCode", IntegrationCode),
        new("National:Population:AuditKey", "test-audit-key"),
        new("National:Population:Resilience:AttemptTimeout", "00:00:02"),
        new("National:Population:Resilience:TotalTimeout", "00:00:05"),
        new("National:Population:Resilience:RetryDelay", "00:00:00.050"),
    ];

    /// <summary>
    /// The partner's pipeline waits on the host's clock (retry delays, timeouts): here it runs at real speed from the
    /// same Monday morning, instead of the frozen clock the other API tests use.
    /// </summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new RunningClock(Monday)));
    }

    public async Task InitializeAsync()
    {
        fake = await FakeNationalHost.StartAsync($"--Fake:PopulationIntegrationCode={IntegrationCode}");
    }

    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long started = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(started);

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (fake is not null)
        {
            await fake.DisposeAsync();
        }
    }
}
