using System.Net;
using Refit;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Portal;

/// <summary>
/// The portal's calls in our terms: an answered call is a <see cref="PortalAnswer"/>; anything else is a
/// <see cref="PortalUnavailableException"/> that says whether the call may have arrived.
/// </summary>
public sealed class PortalClient(IPortalApi api, PortalOptions options)
{
    public Task<PortalAnswer> InsertAsync(PortalDossier dossier, CancellationToken cancellationToken) =>
        SendAsync(() => api.SendDossiersAsync(options.InsertPath, [dossier], cancellationToken), cancellationToken);

    public Task<PortalAnswer> UpdateAsync(PortalDossier dossier, CancellationToken cancellationToken) =>
        SendAsync(() => api.SendDossiersAsync(options.UpdatePath, [dossier], cancellationToken), cancellationToken);

    /// <exception cref="ArgumentException">More records than one call may carry.</exception>
    public Task<PortalAnswer> SendProgressAsync(IReadOnlyList<PortalProgress> records, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records.Count, options.ProgressBatchSize);
        return SendAsync(() => api.SendProgressAsync(options.ProgressPath, records, cancellationToken), cancellationToken);
    }

    /// <summary>The dossier as the portal holds it, or null when it holds none.</summary>
    public async Task<PortalDossierState?> LookupAsync(string code, CancellationToken cancellationToken)
    {
        var response = await CallAsync(() => api.LookupAsync(options.LookupPath, code, cancellationToken), cancellationToken);
        var answer = PortalAnswer.From(response.ErrorCode ?? "", response.Message);
        return answer.Kind == PortalAnswerKind.Accepted
            ? response.Result?.FirstOrDefault(d => d.Code == code)
            : throw new PortalUnavailableException($"The lookup was refused with error_code {answer.ErrorCode}.", mayHaveArrived: false);
    }

    private static async Task<PortalAnswer> SendAsync(Func<Task<IApiResponse<PortalReply>>> call, CancellationToken cancellationToken) =>
        PortalAnswer.From(await CallAsync(call, cancellationToken));

    private static async Task<T> CallAsync<T>(Func<Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        var response = await PartnerCalls.SendAsync(call, Failure, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // A 5xx may come after the work was done; a 4xx or a 503 comes before it.
            var status = response.StatusCode!.Value;
            throw new PortalUnavailableException(
                $"The portal answered HTTP {(int)status}.", mayHaveArrived: (int)status >= 500 && status != HttpStatusCode.ServiceUnavailable);
        }

        return response.Content ?? throw new PortalUnavailableException("The portal's answer could not be read.", mayHaveArrived: true, response.Error);
    }

    /// <summary>What a failed call means; only a call that provably never reached the portal has not arrived.</summary>
    private static PortalUnavailableException Failure(PartnerCallFailure failure, Exception exception) => failure switch
    {
        PartnerCallFailure.CircuitOpen => new("The portal's circuit is open.", mayHaveArrived: false, exception),
        PartnerCallFailure.NotReached => new("The portal could not be reached.", mayHaveArrived: false, exception),
        PartnerCallFailure.NoAnswerInTime => new("The portal did not answer in time.", mayHaveArrived: true, exception),
        PartnerCallFailure.Unreadable => new("The portal's answer could not be read.", mayHaveArrived: true, exception),
        _ => new("The connection to the portal failed.", mayHaveArrived: true, exception),
    };
}
