using TthcEngine.National.Resilience;

namespace TthcEngine.National.Catalogue;

/// <summary>
/// The national procedure database's connection, configuration section <c>National:Catalogue</c>
/// (<c>National__Catalogue__BaseUrl</c>, …). The adapter's paths are [TD]'s (<c>…/KetNoiMotCuaQuocGia/LayThuTuc</c>),
/// each a setting: no official list exists (shared/national-api.md §6).
/// </summary>
public sealed class CatalogueOptions
{
    public const string Section = "National:Catalogue";

    /// <summary>The adapter's base address, e.g. <c>https://…/KetNoiMotCuaQuocGia/</c>. Never put credentials in it.</summary>
    public Uri? BaseUrl { get; set; }

    public string ListPath { get; set; } = "LayDanhSachTTHC";

    /// <summary>The procedures of one unit, <c>?maDonVi=</c>.</summary>
    public string UnitListPath { get; set; } = "LayDanhSachTTHCDonVi";

    /// <summary>One procedure, <c>?maTTHC=</c>.</summary>
    public string DetailPath { get; set; } = "LayThuTuc";

    public PartnerResilienceOptions Resilience { get; set; } = new();
}
