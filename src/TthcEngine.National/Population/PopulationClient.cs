using System.Globalization;
using System.Text.RegularExpressions;
using Refit;
using TthcEngine.National.Population.Wire;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Population;

/// <summary>
/// Looks citizens up in the population database, in our terms: the citizen, or null when the database holds none
/// with that number (an empty collection); anything else is a <see cref="PopulationLookupException"/> saying why.
/// </summary>
public sealed partial class PopulationClient(IPopulationApi api, PopulationOptions options)
{
    /// <param name="requestId">Our id of the lookup (the audit row's), sent as MaYeuCau.</param>
    /// <param name="serviceCode">The procedure the lookup is for (MaDVC), or empty.</param>
    /// <param name="officer">The officer looking up (MaCanBo).</param>
    /// <exception cref="PopulationLookupException">Unavailable, refused, or an unreadable answer.</exception>
    public async Task<CitizenIdentity?> LookupAsync(
        string idNumber, string? fullName, DateOnly? birthDate, string requestId, string serviceCode, string officer, CancellationToken cancellationToken)
    {
        var request = new PopulationLookupRequest
        {
            IdNumber = idNumber,
            FullName = fullName ?? "",
            BirthDate = birthDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            BirthYear = birthDate?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            IntegrationCode = options.IntegrationCode,
            ServiceCode = serviceCode,
            OfficerCode = officer,
            RequestId = requestId,
        };
        var reply = await CallAsync(request, cancellationToken);
        if (!int.TryParse(reply.ErrorCode?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) || code != 0)
        {
            // The partner's own message says why (a wrong integration code, a malformed request); Cut hides any number it echoes.
            throw new PopulationLookupException(
                PopulationFailure.Refused, $"The population database refused the lookup: error_code {reply.ErrorCode}, {Cut(reply.Message)}.");
        }

        var citizens = PopulationXml.Read(reply.Message ?? "");
        return citizens.FirstOrDefault(c => c.IdNumber == idNumber);
    }

    private async Task<PortalReply> CallAsync(PopulationLookupRequest request, CancellationToken cancellationToken)
    {
        var response = await PartnerCalls.SendAsync(() => api.LookupAsync(options.LookupPath, request, cancellationToken), Failure, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode!.Value;
            throw status >= 500
                ? new PopulationLookupException(PopulationFailure.Unavailable, $"The population database answered HTTP {status}.")
                : new PopulationLookupException(PopulationFailure.Refused, $"The population database answered HTTP {status}.");
        }

        return response.Content ?? throw new PopulationLookupException(PopulationFailure.Unreadable, "The population database's answer could not be read.", response.Error);
    }

    private static PopulationLookupException Failure(PartnerCallFailure failure, Exception exception) => failure switch
    {
        PartnerCallFailure.CircuitOpen => new(PopulationFailure.Unavailable, "The population database's circuit is open.", exception),
        PartnerCallFailure.NoAnswerInTime => new(PopulationFailure.Unavailable, "The population database did not answer in time.", exception),
        PartnerCallFailure.NotReached => new(PopulationFailure.Unavailable, "The population database could not be reached.", exception),
        PartnerCallFailure.Unreadable => new(PopulationFailure.Unreadable, "The population database's answer is not the contract's JSON.", exception),
        _ => new(PopulationFailure.Unavailable, "The connection to the population database failed.", exception),
    };

    /// <summary>The partner's message, short, with any run of 9 or more digits (an ID number it may echo) hidden.</summary>
    private static string Cut(string? text)
    {
        var safe = Digits().Replace(text ?? "", "***");
        return safe.Length <= 200 ? safe : safe[..200];
    }

    [GeneratedRegex(@"\d{9,}")]
    private static partial Regex Digits();
}
