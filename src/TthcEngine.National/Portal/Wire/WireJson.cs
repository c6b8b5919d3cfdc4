using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace TthcEngine.National.Portal.Wire;

/// <summary>How the partners' JSON is written: the property names the wire records declare, Vietnamese text unescaped.</summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
