using System.Globalization;
using System.Text;

namespace TthcEngine.Domain.WorkingTime;

/// <summary>The ISO-8601 text forms of instants and working-time durations that the CLI and the API read and write.</summary>
public static class IsoText
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private static readonly string[] Civil = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>
    /// Reads an ISO-8601 instant such as <c>2026-02-12T09:00:00+07:00</c>. A time written without an offset is civil time
    /// in Vietnam (convention 1), which is how an officer types it.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, Civil, CultureInfo.InvariantCulture, DateTimeStyles.None, out var civil))
        {
            instant = new DateTimeOffset(civil, WorkingCalendar.VietnamOffset);
            return true;
        }

        return false;
    }

    /// <summary>Writes an instant in Vietnam time, e.g. <c>2026-02-26T09:00:00+07:00</c>.</summary>
    public static string FormatInstant(DateTimeOffset instant)
    {
        var local = instant.ToOffset(WorkingCalendar.VietnamOffset);
        var format = local.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes working time as an ISO-8601 duration in hours, never days: <c>PT12H</c>, <c>PT40H30M</c>, <c>PT0S</c>.</summary>
    public static string FormatWorkingTime(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "-" + FormatWorkingTime(-duration);
        }

        var text = new StringBuilder("PT");
        var hours = duration.Ticks / TimeSpan.TicksPerHour;
        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hours}H");
        }

        if (duration.Minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}M");
        }

        var ticks = duration.Ticks % TimeSpan.TicksPerMinute;
        if (ticks > 0 || text.Length == 2)
        {
            text.Append((ticks / (decimal)TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }
}
