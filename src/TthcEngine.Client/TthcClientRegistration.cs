using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;

namespace TthcEngine.Client;

/// <summary>Registers <see cref="ITthcApi"/> with HttpClientFactory.</summary>
public static class TthcClientRegistration
{
    /// <summary>The header that makes a POST safe to repeat: the service answers a repeat with the first answer.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// Adds <see cref="ITthcApi"/> for the service at <paramref name="baseAddress"/>, sending the bearer token that
    /// <paramref name="token"/> returns (read before every attempt, so a refreshed token is picked up), behind the
    /// standard resilience handler of Microsoft.Extensions.Http.Resilience: rate limiter, total timeout, retry, circuit
    /// breaker and attempt timeout, with their default settings.
    /// </summary>
    /// <remarks>
    /// Retries are limited to requests that may safely run twice. A POST changes state: repeating a receipt after a
    /// lost answer would receive a second dossier (a second code, a second PIN) and repeating a completion could complete
    /// the next step. So a POST (or PATCH) is retried only when it carries an <c>Idempotency-Key</c> header, which the
    /// service honours on receive and complete by answering the repeat with the stored first answer. GET, HEAD, OPTIONS,
    /// PUT and DELETE keep the standard retry (transient network errors, 408, 429, 5xx).
    /// </remarks>
    /// <returns>The client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddTthcClient(this IServiceCollection services, Uri baseAddress, Func<string?>? token = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var read = token ?? (() => null);
        var builder = services.AddRefitGeneratedClient<ITthcApi>(TthcClient.Settings)
            .ConfigureHttpClient(client => client.BaseAddress = baseAddress);
        builder.AddStandardResilienceHandler(options =>
        {
            var transient = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = async arguments => MayRepeat(arguments.Context.GetRequestMessage()) && await transient(arguments);
        });

        // Inside the resilience handler, so that every attempt carries the token as it is then.
        builder.AddHttpMessageHandler(() => new BearerTokenHandler(read));
        return builder;
    }

    /// <summary>Whether a request may be sent again after a failure without risk of doing its work twice.</summary>
    internal static bool MayRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete)
        {
            return true;
        }

        return request.Headers.TryGetValues(IdempotencyKeyHeader, out var keys) && keys.Any(k => !string.IsNullOrWhiteSpace(k));
    }
}
