using System.Globalization;
using System.Text.RegularExpressions;

namespace TthcEngine.Forms.Values;

/// <summary>Prints a named value by its kind and the format the template asks for.</summary>
internal static partial class ValueFormat
{
    public const string DateFormat = "date";
    public const string ShortFormat = "short";

    /// <summary>Whether a template may ask this format of a value of this kind (null: the default print).</summary>
    public static bool Accepts(ValueKind kind, string? format) => format is null || kind switch
    {
        ValueKind.Time => format is DateFormat or ShortFormat,
        ValueKind.Number => ZeroPadding().IsMatch(format),
        _ => false,
    };

    public static string? Print(object? raw, ValueKind kind, string? format) => raw switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        int number => number.ToString(format ?? "0", CultureInfo.InvariantCulture),
        decimal amount => VietnameseFormat.Money(amount),
        DateTimeOffset at => format switch
        {
            DateFormat => VietnameseFormat.Date(at),
            ShortFormat => VietnameseFormat.ShortTime(at),
            _ => VietnameseFormat.Time(at),
        },
        IReadOnlyList<string> items => items.Count == 0 ? null : string.Join("; ", items),
        _ => throw new InvalidOperationException($"A {kind} value of type {raw.GetType().Name} cannot be printed."),
    };

    [GeneratedRegex("^0{1,6}$")]
    private static partial Regex ZeroPadding();
}
