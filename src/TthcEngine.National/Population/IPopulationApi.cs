using Refit;
using TthcEngine.National.Population.Wire;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Population;

/// <summary>
/// The population database's lookup through the provincial gateway (shared/national-api.md §4); the path from
/// <see cref="PopulationOptions"/>. The answer is the gateway's usual <c>{error_code, message}</c>, with the SOAP XML of
/// the citizens found in <c>message</c>.
/// </summary>
public interface IPopulationApi
{
    [Post("/{**path}")]
    Task<IApiResponse<PortalReply>> LookupAsync(string path, [Body] PopulationLookupRequest request, CancellationToken cancellationToken);
}
