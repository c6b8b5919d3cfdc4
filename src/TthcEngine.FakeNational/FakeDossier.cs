using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>A dossier the fake portal holds: its current record, every record it accepted, its history.</summary>
public sealed class FakeDossier(JsonObject current, bool seeded)
{
    public JsonObject Current { get; set; } = current;

    /// <summary>Created by an injected "already exists": its first version did not come from the client.</summary>
    public bool Seeded { get; } = seeded;

    /// <summary>Every dossier record accepted (insert or update), in order of arrival.</summary>
    public List<JsonObject> Received { get; } = [];

    /// <summary>Every processing-history record accepted, in order of arrival.</summary>
    public List<JsonObject> History { get; } = [];
}
