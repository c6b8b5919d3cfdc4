using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>The catalogue's records by MATTHC: the seeds at start and after a reset; a record can be replaced to play a change of the national database.</summary>
public sealed class FakeCatalogue
{
    private readonly Lock gate = new();
    private Dictionary<string, JsonObject> records = Seeded();

    public IReadOnlyList<JsonObject> All()
    {
        lock (gate)
        {
            return [.. records.Values.Select(r => (JsonObject)r.DeepClone())];
        }
    }

    public JsonObject? Find(string code)
    {
        lock (gate)
        {
            return records.TryGetValue(code, out var record) ? (JsonObject)record.DeepClone() : null;
        }
    }

    public void Put(string code, JsonObject record)
    {
        lock (gate)
        {
            records[code] = (JsonObject)record.DeepClone();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            records = Seeded();
        }
    }

    private static Dictionary<string, JsonObject> Seeded() =>
        CatalogueSeeds.Records().ToDictionary(r => r["MATTHC"]!.GetValue<string>(), StringComparer.Ordinal);
}
