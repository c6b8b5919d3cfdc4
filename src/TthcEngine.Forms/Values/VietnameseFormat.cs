using System.Globalization;

namespace TthcEngine.Forms.Values;

/// <summary>Times, dates and money as the one-stop forms write them.</summary>
internal static class VietnameseFormat
{
    // Vietnam civil time is UTC+07:00 all year, with no daylight saving (shared/domain.md, convention 1), so a fixed
    // offset is exact and the output does not depend on the machine's time-zone database.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly NumberFormatInfo Vnd = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>"09 giờ 05 phút, ngày 02 tháng 03 năm 2026": the forms' wording for a time.</summary>
    public static string Time(DateTimeOffset at)
    {
        var local = at.ToOffset(VietnamOffset);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00} giờ {local.Minute:00} phút, {Date(at)}");
    }

    /// <summary>"ngày 02 tháng 03 năm 2026".</summary>
    public static string Date(DateTimeOffset at)
    {
        var local = at.ToOffset(VietnamOffset);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {local.Day:00} tháng {local.Month:00} năm {local.Year}");
    }

    /// <summary>"09:05 02/03/2026": for narrow columns (the logbook's date group).</summary>
    public static string ShortTime(DateTimeOffset at)
    {
        var local = at.ToOffset(VietnamOffset);
        return local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>"50.000 đồng": VND with "." between thousands (and "," before any fraction).</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.##", Vnd) + " đồng";

    /// <summary>The result column of the control slip: the codes of <see cref="FormHandoff.Timeliness"/>.</summary>
    public static string? Timeliness(string? code) => code switch
    {
        null => null,
        "early" => "Trước hạn",
        "onTime" => "Đúng hạn",
        "late" => "Quá hạn",
        _ => throw new ArgumentException(
            $"Unknown timeliness '{code}' on a hand-off: expected early, onTime, late or none.", nameof(code)),
    };
}
