using TthcEngine.National.Resilience;

namespace TthcEngine.National.Population;

/// <summary>
/// The national population database (CSDL quốc gia về dân cư) through the provincial gateway, configuration section
/// <c>National:Population</c> (<c>National__Population__BaseUrl</c>, …). The real path and codes are not public
/// (shared/national-api.md §4, §6): every one is a setting. A class, not a record: a record's <c>ToString</c> would
/// print the token.
/// </summary>
public sealed class PopulationOptions
{
    public const string Section = "National:Population";

    /// <summary>The gateway's base address; the lookup is registered only when it is set.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The lookup's path under <see cref="BaseUrl"/>: [TD] posts to a configured URL whose path is not published.</summary>
    public string LookupPath { get; set; } = "CSDLDanCu/TraCuuThongTinCongDan";

    /// <summary>MaTichHop: the integration code the gateway gave the province's system.</summary>
    public string IntegrationCode { get; set; } = "";

    /// <summary>
    /// A bearer token the gateway may demand, from configuration or the environment: sent in the Authorization header
    /// only (whose value HttpClient's logging redacts), never logged by us.
    /// </summary>
    public string? AccessToken { get; set; }

    public PartnerResilienceOptions Resilience { get; set; } = new()
    {
        // An officer is waiting at the desk: fail sooner than the portal's background sync does.
        AttemptTimeout = TimeSpan.FromSeconds(8),
        TotalTimeout = TimeSpan.FromSeconds(15),
        MaxRetryAttempts = 2,
    };
}
