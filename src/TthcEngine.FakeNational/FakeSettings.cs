namespace TthcEngine.FakeNational;

/// <summary>The fake's paths (the client's defaults) and the gateway credentials it demands, if any.</summary>
public sealed class FakeSettings
{
    public string InsertPath { get; set; } = "DongBoHoSoMC/ThemMoi";

    public string UpdatePath { get; set; } = "DongBoHoSoMC/CapNhat";

    public string ProgressPath { get; set; } = "CapNhatTienDoHoSoMC";

    public string LookupPath { get; set; } = "TraCuuHoSo";

    public string TokenPath { get; set; } = "token";

    /// <summary>When set, every portal call needs a bearer token from <see cref="TokenPath"/>.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>At most this many processing-history records per call.</summary>
    public int ProgressBatchLimit { get; set; } = 10;
}
