using System.Text.Json;

namespace TthcEngine.Domain;

/// <summary>The names an enum's values have in the data files (camelCase: <c>publicHoliday</c>, <c>workingDays</c>).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class CamelCaseNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName =
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static string Listed => string.Join(", ", ByName.Keys);

    public static bool TryParse(string? text, out T value) => ByName.TryGetValue(text ?? string.Empty, out value);

    public static string Of(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
