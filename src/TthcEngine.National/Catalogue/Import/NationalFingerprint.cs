using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Catalogue.Import;

/// <summary>
/// The fingerprint of the fields a draft is made of: a short SHA-256 per field (to name what changed) and a SHA-256 of
/// those (to tell at once that something did). Computed from the record's own text, so a change of wording counts.
/// </summary>
public sealed record NationalFingerprint(string Value, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The fields compared, in the order a change report lists them.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["name", "field", "level", "limit", "fees", "documents", "legalBasis"];

    public static NationalFingerprint Of(NationalProcedure procedure)
    {
        var fields = FieldNames.ToDictionary(f => f, f => Hash(Project(procedure, f))[..16], StringComparer.Ordinal);
        return new NationalFingerprint(Hash(string.Join(";", FieldNames.Select(f => $"{f}={fields[f]}"))), fields);
    }

    /// <summary>A recorded fingerprint (a file's <c>national</c> block); null when the block has none.</summary>
    public static NationalFingerprint? Read(JsonNode? national)
    {
        if (national?["fingerprint"]?.GetValue<string>() is not { Length: > 0 } value)
        {
            return null;
        }

        var fields = (national["fields"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "", StringComparer.Ordinal);
        return new NationalFingerprint(value, fields ?? []);
    }

    /// <summary>The fields whose hash differs from <paramref name="earlier"/>'s (all of them when it recorded none).</summary>
    public IReadOnlyList<string> ChangedSince(NationalFingerprint earlier) =>
        [.. FieldNames.Where(f => earlier.Fields.GetValueOrDefault(f) != Fields[f])];

    /// <summary>What the record says of one field, as compared.</summary>
    public static string Project(NationalProcedure procedure, string field) => field switch
    {
        "name" => procedure.Name,
        "field" => string.Join("; ", procedure.Fields),
        "level" => string.Join(", ", procedure.Levels),
        "limit" => string.Join("; ", procedure.Methods.SelectMany(m => m.Limits.Select(l => $"kênh {m.Channel}: {l}{(l.Description.Length > 0 ? " (" + l.Description + ")" : "")}"))),
        "fees" => string.Join("; ", procedure.Methods.SelectMany(m => m.Fees.Select(f => $"kênh {m.Channel}: {f}"))),
        "documents" => string.Join(" | ", procedure.DocumentCases.Select(c =>
            $"{c.Name}: {string.Join("; ", c.Papers.Select(p => $"{p.Name} ({p.Originals} bản chính, {p.Copies} bản sao)"))}")),
        "legalBasis" => string.Join("; ", procedure.LegalBasis),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a compared field."),
    };

    /// <summary>A file's <c>national</c> block: the record's code, this fingerprint, and when it was read.</summary>
    public JsonObject ToJson(string code, DateTimeOffset readAt) => new()
    {
        ["code"] = code,
        ["fingerprint"] = Value,
        ["fields"] = new JsonObject([.. FieldNames.Select(f => KeyValuePair.Create(f, (JsonNode?)Fields[f]))]),
        ["importedAt"] = readAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
