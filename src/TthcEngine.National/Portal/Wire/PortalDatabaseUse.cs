using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DSKetNoiCSDL: a national database the dossier used (code table unknown, shared/national-api.md §6).</summary>
public sealed record PortalDatabaseUse
{
    [JsonPropertyName("MaCSDL")]
    public string Code { get; init; } = "";
}
