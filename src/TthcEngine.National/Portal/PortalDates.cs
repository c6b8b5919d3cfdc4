using System.Globalization;

namespace TthcEngine.National.Portal;

/// <summary>
/// Dates on the portal's wire: <c>yyyyMMddHHmmss</c> in Vietnam time (UTC+07:00, no daylight saving; convention 1),
/// with no zone marker; an unknown date is an empty string (shared/national-api.md §1.5).
/// </summary>
public static class PortalDates
{
    public const string Format = "yyyyMMddHHmmss";

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string Write(DateTimeOffset? instant) =>
        instant is { } value ? value.ToOffset(Vietnam).ToString(Format, CultureInfo.InvariantCulture) : "";

    /// <summary>The instant a wire date names; null for an empty string.</summary>
    /// <exception cref="FormatException">Not a <c>yyyyMMddHHmmss</c> date.</exception>
    public static DateTimeOffset? Read(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var local = DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new DateTimeOffset(local, Vietnam);
    }
}
