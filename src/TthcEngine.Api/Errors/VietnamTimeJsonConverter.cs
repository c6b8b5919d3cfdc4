using System.Text.Json;
using System.Text.Json.Serialization;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Api.Errors;

/// <summary>
/// Writes every instant of the API in Vietnam civil time (UTC+07:00, convention 1), whatever offset it was computed in,
/// so that a client sees one offset; reads any offset.
/// </summary>
internal sealed class VietnamTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToOffset(WorkingCalendar.VietnamOffset));
}
