using TthcEngine.National.Portal.Sync;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Portal;

/// <summary>
/// The national public service portal's connection, configuration section <c>National:Portal</c>
/// (<c>National__Portal__BaseUrl</c>, …). Its endpoint paths are not published anywhere (shared/national-api.md §6):
/// every one is a setting. A class, not a record: a record's generated <c>ToString</c> would print the secret.
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "National:Portal";

    /// <summary>The gateway's base address (the provincial LGSP, or the portal's adapter).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Inserts dossiers (a JSON array of HoSoDongBoDVC), [TD]'s <c>URLThemMoi</c>.</summary>
    public string InsertPath { get; set; } = "DongBoHoSoMC/ThemMoi";

    /// <summary>Updates dossiers, [TD]'s <c>URLCapNhat</c>.</summary>
    public string UpdatePath { get; set; } = "DongBoHoSoMC/CapNhat";

    /// <summary>Sends processing-history records, [TD]'s <c>URLDongBoTienTrinh</c>.</summary>
    public string ProgressPath { get; set; } = "CapNhatTienDoHoSoMC";

    /// <summary>Looks a dossier up (TraCuuHoSo), <c>GET ?MaHoSo=</c>.</summary>
    public string LookupPath { get; set; } = "TraCuuHoSo";

    /// <summary>The gateway's token endpoint (OAuth client credentials, the token JSON in the reply's <c>message</c>).</summary>
    public string TokenPath { get; set; } = "token";

    /// <summary>The gateway's client id; no token is asked for when it is empty (a gateway that authenticates otherwise).</summary>
    public string? ClientId { get; set; }

    /// <summary>The gateway's client secret: from configuration or the environment, never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>NoiNopHoSo, whose meaning is unknown: [TD] always sends <c>2</c>.</summary>
    public string SubmissionPlace { get; set; } = "2";

    /// <summary>The identity [TD] sends in DinhDanhCHS when the owner has none.</summary>
    public string MissingIdentityPlaceholder { get; set; } = "000000001";

    /// <summary>
    /// DSKetNoiCSDL's MaCSDL of the population database, sent when a dossier's identity was verified there. The code
    /// table is unknown (shared/national-api.md §6); [TD] always sends <c>7</c>.
    /// </summary>
    public string PopulationDatabaseCode { get; set; } = "7";

    /// <summary>At most this many processing-history records per call ([TD] sends 10).</summary>
    public int ProgressBatchSize { get; set; } = 10;

    public PortalSyncOptions Sync { get; set; } = new();

    public PartnerResilienceOptions Resilience { get; set; } = new();
}
