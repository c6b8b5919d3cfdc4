using Refit;
using TthcEngine.National.Population.Wire;

namespace TthcEngine.National.Population;

/// <summary>The population database's lookup through the provincial gateway (shared/national-api.md §4); the path from <see cref="PopulationOptions"/>.</summary>
public interface IPopulationApi
{
    [Post("/{**path}")]
    Task<IApiResponse<PopulationReply>> LookupAsync(string path, [Body] PopulationLookupRequest request, CancellationToken cancellationToken);
}
