using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace TthcEngine.National.Resilience;

/// <summary>Why a call to a partner got no usable answer, from the transport's side.</summary>
public enum PartnerCallFailure
{
    /// <summary>The partner's circuit is open: nothing was sent.</summary>
    CircuitOpen,

    /// <summary>No connection was made, or the request was never sent.</summary>
    NotReached,

    /// <summary>Sent, and no answer came in time: the partner may have done the work.</summary>
    NoAnswerInTime,

    /// <summary>An answer came that is not the contract's JSON.</summary>
    Unreadable,

    /// <summary>Another failure of the connection, after the request may have been sent.</summary>
    ConnectionFailed,
}

/// <summary>
/// One call of a partner's Refit client: its transport failures, thrown or handed over in the response (Refit does
/// both), become the client's own exception through <c>failure</c>, with the <see cref="PartnerCallFailure"/> that
/// says what happened. Each client then reads the HTTP status and the body in its partner's terms.
/// </summary>
public static class PartnerCalls
{
    /// <returns>The response, which has an HTTP status.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public static async Task<IApiResponse<T>> SendAsync<T, TFailure>(
        Func<Task<IApiResponse<T>>> call, Func<PartnerCallFailure, Exception, TFailure> failure, CancellationToken cancellationToken)
        where TFailure : Exception
    {
        IApiResponse<T> response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not TFailure)
        {
            throw failure(Classify(e), e);
        }

        if (response.StatusCode is null)
        {
            // No answer at all: Refit hands the transport's failure over in the response instead of throwing it.
            cancellationToken.ThrowIfCancellationRequested();
            var error = (Exception?)response.Error ?? new HttpRequestException("No answer.");
            throw failure(Classify(error), error);
        }

        return response;
    }

    /// <summary>The first known cause in the exception's chain; an unknown one is <see cref="PartnerCallFailure.ConnectionFailed"/>.</summary>
    public static PartnerCallFailure Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return PartnerCallFailure.CircuitOpen;
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } or PartnerNotReachedException:
                    return PartnerCallFailure.NotReached;
                case TimeoutRejectedException or OperationCanceledException:
                    return PartnerCallFailure.NoAnswerInTime;
                case JsonException:
                    return PartnerCallFailure.Unreadable;
            }
        }

        return PartnerCallFailure.ConnectionFailed;
    }
}
