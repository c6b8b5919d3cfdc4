using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// Mã số hồ sơ (dossier code), printed on the receipt: <c>{receivingUnitCode}-{yyMMdd}-{serial:0000}</c>, e.g.
/// <c>000.17.22.H56-210531-0001</c> (Circular 01/2018/TT-VPCP Art. 19; convention 8).
/// </summary>
/// <remarks>
/// <para>
/// Circular 03/2025/TT-VPCP also regulates the dossier code; this structure is assumed unchanged by it, which is
/// unconfirmed (shared/forms.md, "Dossier code"). A sector segment, if the new circular adds one, would be a new field.
/// </para>
/// <para>
/// The unit code is the receiving unit's identifier (e.g. <c>000.00.12.H56</c>, <c>H55.242</c>): ASCII letters and
/// digits in dot-separated groups, kept in upper case. The date is the Vietnam civil date of receipt (UTC+07:00). The
/// serial counts the unit's dossiers of that day from 1; past 9999 it widens to five or more digits instead of failing,
/// as forms.md recommends "a daily sequence of 4 or more digits". Every code has exactly one text form: a serial below
/// 10000 is padded to four digits, a wider one has no leading zero.
/// </para>
/// </remarks>
public sealed record DossierCode
{
    private DossierCode(string unitCode, DateOnly date, int serial)
    {
        UnitCode = unitCode;
        Date = date;
        Serial = serial;
    }

    /// <summary>The receiving unit's identifier, upper case.</summary>
    public string UnitCode { get; }

    /// <summary>The Vietnam civil date the dossier was received.</summary>
    public DateOnly Date { get; }

    /// <summary>The dossier's number among the unit's dossiers of <see cref="Date"/>, from 1.</summary>
    public int Serial { get; }

    /// <summary>The code of the <paramref name="serial"/>-th dossier received by a unit on the Vietnam day of <paramref name="receivedAt"/>.</summary>
    /// <exception cref="DomainRuleException">
    /// <c>dossier-code.unit</c>, <c>dossier-code.date</c> (outside 2000-2099, which yyMMdd cannot tell apart) or
    /// <c>dossier-code.serial</c> (below 1).
    /// </exception>
    public static DossierCode Create(string unitCode, DateTimeOffset receivedAt, int serial)
    {
        if (UnitError(unitCode) is { } unitError)
        {
            throw new DomainRuleException("dossier-code.unit", unitError);
        }

        var (date, _) = WorkingCalendar.ToVietnam(receivedAt);
        if (date.Year is < 2000 or > 2099)
        {
            throw new DomainRuleException("dossier-code.date", $"A dossier code holds a receipt date in 2000-2099 (yyMMdd), not {date:yyyy-MM-dd}.");
        }

        if (serial < 1)
        {
            throw new DomainRuleException("dossier-code.serial", $"The daily serial starts at 1, not {serial}.");
        }

        return new DossierCode(unitCode.ToUpperInvariant(), date, serial);
    }

    /// <summary>Reads a code in its text form; unit letters may be in either case.</summary>
    /// <exception cref="DomainRuleException"><c>dossier-code.format</c>, <c>dossier-code.unit</c>, <c>dossier-code.date</c> or <c>dossier-code.serial</c>.</exception>
    public static DossierCode Parse(string text)
    {
        var (code, error, message) = Read(text);
        return code ?? throw new DomainRuleException(error!, message!);
    }

    /// <summary>Reads a code in its text form, or tells that <paramref name="text"/> is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DossierCode? code)
    {
        code = text is null ? null : Read(text).Code;
        return code is not null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{UnitCode}-{Date:yyMMdd}-{Serial:0000}");

    private static (DossierCode? Code, string? Error, string? Message) Read(string text)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length != 3)
        {
            return (null, "dossier-code.format", $"'{text}' is not a dossier code {{unit}}-{{yyMMdd}}-{{serial}}.");
        }

        var (unit, day, number) = (parts[0], parts[1], parts[2]);
        if (UnitError(unit) is { } unitError)
        {
            return (null, "dossier-code.unit", unitError);
        }

        if (day.Length != 6 || !day.All(char.IsAsciiDigit) || !TryDate(day, out var date))
        {
            return (null, "dossier-code.date", $"'{day}' in '{text}' is not a receipt date yyMMdd.");
        }

        // Only the canonical form is read, so that one dossier has one code: four digits, or more without a leading zero.
        var canonical = number.Length == 4 || (number.Length > 4 && number[0] != '0');
        if (!canonical || !number.All(char.IsAsciiDigit)
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial < 1)
        {
            return (null, "dossier-code.serial", $"'{number}' in '{text}' is not a daily serial (0001-9999, or 10000 and up).");
        }

        return (new DossierCode(unit.ToUpperInvariant(), date, serial), null, null);
    }

    private static bool TryDate(string yyMMdd, out DateOnly date)
    {
        var year = 2000 + int.Parse(yyMMdd.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(yyMMdd.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(yyMMdd.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    /// <summary>Why <paramref name="unitCode"/> is not a unit identifier, or <c>null</c> if it is one.</summary>
    private static string? UnitError(string? unitCode)
    {
        const string Rule = "letters and digits in dot-separated groups, e.g. 000.00.12.H56 or H55.242";
        if (string.IsNullOrEmpty(unitCode))
        {
            return $"The receiving unit code is empty; it is {Rule}.";
        }

        var groups = unitCode.Split('.');
        return groups.All(g => g.Length > 0 && g.All(char.IsAsciiLetterOrDigit))
            ? null
            : $"'{unitCode}' is not a receiving unit code: {Rule}.";
    }
}
