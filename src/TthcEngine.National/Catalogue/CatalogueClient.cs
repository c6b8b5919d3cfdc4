using System.Text.Json;
using Polly.CircuitBreaker;
using Refit;
using TthcEngine.National.Catalogue.Wire;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue;

/// <summary>
/// The national procedure database's calls in our terms. Every call is a GET, so the partner pipeline retries its
/// transient failures; whatever is still wrong after that is a <see cref="CatalogueUnavailableException"/>.
/// </summary>
public sealed class CatalogueClient(ICatalogueApi api, CatalogueOptions options)
{
    /// <summary>The procedures the database lists, all of them or one unit's (maDonVi, e.g. <c>H56</c>).</summary>
    public async Task<IReadOnlyList<NationalProcedure>> ListAsync(string? unit, CancellationToken cancellationToken)
    {
        var records = await CallAsync(
            () => string.IsNullOrEmpty(unit) ? api.ListAsync(options.ListPath, cancellationToken) : api.ListByUnitAsync(options.UnitListPath, unit, cancellationToken),
            cancellationToken);
        return [.. records.Select(CatalogueRecords.ToProcedure)];
    }

    /// <summary>One procedure's record, or null when the database holds none with that code.</summary>
    public async Task<NationalProcedure?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var records = await CallAsync(() => api.DetailAsync(options.DetailPath, code, cancellationToken), cancellationToken);
        return records.Where(r => r.Code.Trim() == code).Select(CatalogueRecords.ToProcedure).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<CatalogueProcedureRecord>> CallAsync(
        Func<Task<IApiResponse<CatalogueReply>>> call, CancellationToken cancellationToken)
    {
        IApiResponse<CatalogueReply> response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CatalogueUnavailableException(
                e is BrokenCircuitException ? "The catalogue's circuit is open." : "The catalogue could not be reached.", e);
        }

        if (response.StatusCode is not { } status)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new CatalogueUnavailableException("The catalogue could not be reached.", response.Error);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new CatalogueUnavailableException($"The catalogue answered HTTP {(int)status}.");
        }

        var reply = response.Content ?? throw new CatalogueUnavailableException("The catalogue's answer could not be read.", response.Error);
        if (reply.ErrorCode is { } code && code.Trim() is not ("0" or "00" or ""))
        {
            throw new CatalogueUnavailableException($"The catalogue refused the call with error_code {code}.");
        }

        try
        {
            // The records travel as JSON text inside the message ([TD]).
            return JsonSerializer.Deserialize<CatalogueResult>(reply.Message ?? "", WireJson.Options)?.Result ?? [];
        }
        catch (JsonException e)
        {
            throw new CatalogueUnavailableException("The catalogue's message is not the JSON of a result.", e);
        }
    }
}
