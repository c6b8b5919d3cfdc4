using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;

namespace TthcEngine.National.Resilience;

/// <summary>
/// The HTTP pipeline of every national partner, in one place (Microsoft.Extensions.Http.Resilience over Polly 8),
/// outermost first: a timeout of the whole call; retries, exponential with jitter, of transient failures only
/// (5xx, 408, 429, timeouts, lost connections) and only when repeating is safe; a circuit breaker per partner; a
/// timeout per attempt.
/// </summary>
public static class PartnerPipelines
{
    /// <summary>
    /// Adds the partner's pipeline to its HTTP client, and its <see cref="PartnerCircuit"/> as a keyed singleton
    /// (key: <paramref name="partner"/>) for the health endpoint.
    /// </summary>
    public static IHttpClientBuilder AddPartnerResilience(this IHttpClientBuilder client, string partner, PartnerResilienceOptions options)
    {
        client.Services.AddKeyedSingleton(partner, (services, _) => new PartnerCircuit(partner, services.GetRequiredService<TimeProvider>()));
        client.AddResilienceHandler(partner, (pipeline, context) =>
        {
            var circuit = context.ServiceProvider.GetRequiredKeyedService<PartnerCircuit>(partner);
            pipeline.AddTimeout(options.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsSafeToRepeat(args.Outcome, args.Context)),
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = circuit.StateProvider,
                OnOpened = _ => Record(circuit, CircuitState.Open),
                OnHalfOpened = _ => Record(circuit, CircuitState.HalfOpen),
                OnClosed = _ => Record(circuit, CircuitState.Closed),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return client;
    }

    /// <summary>
    /// Lists a partner called only on demand on the health endpoint and the dashboard, by its circuit
    /// (<see cref="CircuitHealth"/>); the partner's client must have <see cref="AddPartnerResilience"/> with the same name.
    /// </summary>
    public static IServiceCollection AddPartnerHealth(this IServiceCollection services, string partner) =>
        services.AddSingleton<IPartnerHealth>(sp => new CircuitHealth(sp.GetRequiredKeyedService<PartnerCircuit>(partner)));

    /// <summary>
    /// A transient failure of a read (GET) may be repeated at once; a write (the portal's POSTs insert records, and a
    /// repeated history record would be stored twice) only when it provably never reached the partner's work. Any
    /// other failed write is left to the sync, which looks the dossier up before sending again.
    /// </summary>
    public static bool IsSafeToRepeat(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        var method = context.GetRequestMessage()?.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || NeverArrived(outcome);
    }

    /// <summary>No connection was made, the request was never sent (<see cref="PartnerNotReachedException"/>), or the partner refused before doing any work (503 Service Unavailable, 429 Too Many Requests).</summary>
    public static bool NeverArrived(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } or PartnerNotReachedException } => true,
        { Exception: null, Result.StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests } => true,
        _ => false,
    };

    private static ValueTask Record(PartnerCircuit circuit, CircuitState state)
    {
        circuit.Record(state);
        return ValueTask.CompletedTask;
    }
}
