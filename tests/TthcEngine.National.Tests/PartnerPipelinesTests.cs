using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Tests;

/// <summary>The partner pipeline retries what is safe to repeat, and nothing else.</summary>
public sealed class PartnerPipelinesTests
{
    [Theory]
    [InlineData("GET", HttpStatusCode.InternalServerError, 3)]
    [InlineData("POST", HttpStatusCode.InternalServerError, 1)]
    [InlineData("POST", HttpStatusCode.ServiceUnavailable, 3)]
    [InlineData("POST", HttpStatusCode.BadRequest, 1)]
    public async Task Call_FailingEveryTime_IsTriedAsOftenAsItIsSafe(string method, HttpStatusCode status, int attempts)
    {
        var handler = new CountingHandler(status);
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient("partner", c => c.BaseAddress = new Uri("http://127.0.0.1:9/"))
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .AddPartnerResilience("partner", new PartnerResilienceOptions { MaxRetryAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(1) });
        await using var provider = services.BuildServiceProvider();
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("partner");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "x"));

        response.StatusCode.Should().Be(status);
        handler.Calls.Should().Be(attempts);
    }

    private sealed class CountingHandler(HttpStatusCode status) : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new HttpResponseMessage(status));
        }
    }
}
