namespace TthcEngine.FakeNational;

/// <summary>The catalogue's paths (section <c>Fake:Catalogue</c>), the client's defaults.</summary>
public sealed class FakeCatalogueSettings
{
    public string ListPath { get; set; } = "LayDanhSachTTHC";

    public string UnitListPath { get; set; } = "LayDanhSachTTHCDonVi";

    public string DetailPath { get; set; } = "LayThuTuc";
}
