using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using TthcEngine.Domain.Workflows.Runtime;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// How a workflow event is stored: its type name in <see cref="DossierEventRecord.Type"/> and its fields as JSON.
/// The type names are a stored contract: renaming an event type needs a mapping here, never a silent change.
/// Vietnamese letters are written as they are (<see cref="StoredText"/>), not as <c>\uXXXX</c> escapes.
/// </summary>
public static class WorkflowEventJson
{
    private static readonly Dictionary<string, Type> Types = typeof(WorkflowEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(WorkflowEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// The encoder of the JSON the engine stores (history, outbox): every letter as itself, so that a Vietnamese text
    /// takes its UTF-8 bytes (one to three a letter) instead of six for each escaped one, and reads as written in the
    /// database; the characters HTML gives a meaning to (<c>&lt; &gt; &amp; ' "</c>) stay escaped.
    /// </summary>
    public static JavaScriptEncoder StoredText { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Encoder = StoredText,
    };

    public static (string Type, string Payload) Write(WorkflowEvent e) =>
        (e.GetType().Name, JsonSerializer.Serialize(e, e.GetType(), Options));

    public static WorkflowEvent Read(string type, string payload) =>
        Types.TryGetValue(type, out var clr)
            ? (WorkflowEvent)JsonSerializer.Deserialize(payload, clr, Options)!
            : throw new InvalidOperationException($"Unknown stored event type '{type}'.");
}
