using Refit;
using TthcEngine.National.Catalogue.Wire;

namespace TthcEngine.National.Catalogue;

/// <summary>
/// The national procedure database (CSDL quốc gia về TTHC) through the province's adapter, [TD]'s shape of
/// shared/national-api.md §2.1: GETs answered <c>{message: "&lt;JSON text&gt;"}</c>, the text holding <c>{result: [...]}</c>.
/// The paths come from <see cref="CatalogueOptions"/>.
/// </summary>
public interface ICatalogueApi
{
    /// <summary>Every procedure (LayDanhSachTTHC).</summary>
    [Get("/{**path}")]
    Task<IApiResponse<CatalogueReply>> ListAsync(string path, CancellationToken cancellationToken);

    /// <summary>The procedures of one unit (LayDanhSachTTHCDonVi?maDonVi=).</summary>
    [Get("/{**path}")]
    Task<IApiResponse<CatalogueReply>> ListByUnitAsync(string path, [AliasAs("maDonVi")] string unit, CancellationToken cancellationToken);

    /// <summary>One procedure's record (LayThuTuc?maTTHC=).</summary>
    [Get("/{**path}")]
    Task<IApiResponse<CatalogueReply>> DetailAsync(string path, [AliasAs("maTTHC")] string code, CancellationToken cancellationToken);
}
