using Refit;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Portal;

/// <summary>
/// The national public service portal (Cổng Dịch vụ công quốc gia) through the provincial gateway, REST shape (b) of
/// shared/national-api.md §1.1: bare JSON arrays posted to one path per service, <c>{error_code, message}</c> answers.
/// The paths come from <see cref="PortalOptions"/>.
/// </summary>
public interface IPortalApi
{
    /// <summary>Inserts or updates dossiers (HoSoDongBoDVC), depending on the path.</summary>
    [Post("/{**path}")]
    Task<IApiResponse<PortalReply>> SendDossiersAsync(string path, [Body] IReadOnlyList<PortalDossier> dossiers, CancellationToken cancellationToken);

    /// <summary>Sends processing-history records, at most 10.</summary>
    [Post("/{**path}")]
    Task<IApiResponse<PortalReply>> SendProgressAsync(string path, [Body] IReadOnlyList<PortalProgress> records, CancellationToken cancellationToken);

    /// <summary>Looks a dossier up by its code (TraCuuHoSo).</summary>
    [Get("/{**path}")]
    Task<IApiResponse<PortalLookupReply>> LookupAsync(string path, [AliasAs("MaHoSo")] string code, CancellationToken cancellationToken);
}
