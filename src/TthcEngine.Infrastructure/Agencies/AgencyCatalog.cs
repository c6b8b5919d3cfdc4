using System.Text.Json;
using TthcEngine.Domain;

namespace TthcEngine.Infrastructure.Agencies;

/// <summary>
/// The province and its communes, read from <c>workflows/agencies.json</c>. A dossier belongs to the agency competent
/// for it (the province for a province-level procedure, a commune for a commune-level one) whatever desk received it
/// (phi địa giới, Decree 118/2025/NĐ-CP).
/// </summary>
public sealed class AgencyCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, AgencyDefinition> byId;

    private readonly Dictionary<string, AgencyDefinition> byReceivingUnit = new(StringComparer.Ordinal);

    public AgencyCatalog(IEnumerable<AgencyDefinition> agencies)
    {
        byId = agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var agency in byId.Values)
        {
            if (agency.Level is not ("province" or "commune"))
            {
                throw new DomainRuleException("agency.level", $"Agency {agency.Id}: level must be province or commune, not '{agency.Level}'.");
            }

            if (agency.Level == "commune" && (agency.Parent is null || !byId.TryGetValue(agency.Parent, out var parent) || parent.Level != "province"))
            {
                throw new DomainRuleException("agency.parent", $"Commune {agency.Id} must name its province as parent.");
            }

            byReceivingUnit.TryAdd(agency.ReceivingUnitCode, agency);
        }
    }

    public IReadOnlyCollection<AgencyDefinition> All => byId.Values;

    public AgencyDefinition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The agency whose desk issues codes under <paramref name="receivingUnitCode"/> (a dossier's <c>ReceivingUnit</c>).</summary>
    public AgencyDefinition? ByReceivingUnit(string receivingUnitCode) => byReceivingUnit.GetValueOrDefault(receivingUnitCode);

    /// <summary>The province an agency belongs to (itself for the province).</summary>
    public AgencyDefinition ProvinceOf(AgencyDefinition agency) =>
        agency.Parent is { } parent ? byId[parent] : agency;

    /// <summary>Whether <paramref name="over"/> is <paramref name="agency"/> itself or its province.</summary>
    public bool Covers(string over, string agency) =>
        over == agency || (byId.GetValueOrDefault(agency)?.Parent == over);

    public static AgencyCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DomainRuleException("agency.file-missing", $"The agency file {path} does not exist.");
        }

        var file = JsonSerializer.Deserialize<AgencyFile>(File.ReadAllText(path), Json)
            ?? throw new DomainRuleException("agency.file-invalid", $"{path} is empty.");
        return new AgencyCatalog(file.Agencies);
    }

    private sealed record AgencyFile(IReadOnlyList<AgencyDefinition> Agencies);
}
