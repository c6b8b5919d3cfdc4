using System.Text.Json.Serialization;

namespace TthcEngine.National.Population.Wire;

/// <summary>
/// The population-database lookup as the provincial gateway takes it ([TD] <c>GetCSDLDanCuQueryHandler</c>,
/// shared/national-api.md §4): every value a string, <c>""</c> when not given.
/// </summary>
public sealed record PopulationLookupRequest
{
    [JsonPropertyName("HoVaTen")]
    public string FullName { get; init; } = "";

    /// <summary>SoDinhDanh: the 12-digit personal identification number.</summary>
    [JsonPropertyName("SoDinhDanh")]
    public string IdNumber { get; init; } = "";

    /// <summary>SoCMND: the old 9-digit identity card number.</summary>
    [JsonPropertyName("SoCMND")]
    public string OldIdNumber { get; init; } = "";

    /// <summary>NgayThangNam: the date of birth, <c>yyyyMMdd</c>.</summary>
    [JsonPropertyName("NgayThangNam")]
    public string BirthDate { get; init; } = "";

    /// <summary>Nam: the year of birth, when only it is known.</summary>
    [JsonPropertyName("Nam")]
    public string BirthYear { get; init; } = "";

    [JsonPropertyName("MaTichHop")]
    public string IntegrationCode { get; init; } = "";

    /// <summary>MaDVC: the public service the lookup is for (our procedure code).</summary>
    [JsonPropertyName("MaDVC")]
    public string ServiceCode { get; init; } = "";

    /// <summary>MaCanBo: the officer who looks up.</summary>
    [JsonPropertyName("MaCanBo")]
    public string OfficerCode { get; init; } = "";

    /// <summary>MaYeuCau: the request's own id (our audit row's id), so both sides can name the same lookup.</summary>
    [JsonPropertyName("MaYeuCau")]
    public string RequestId { get; init; } = "";
}
