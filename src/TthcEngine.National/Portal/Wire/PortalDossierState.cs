using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>A dossier as the portal holds it, with the processing history it received (QuaTrinhXuLy, our assumption).</summary>
public sealed record PortalDossierState : PortalDossier
{
    [JsonPropertyName("QuaTrinhXuLy")]
    public IReadOnlyList<PortalProgress> History { get; init; } = [];
}
