using System.Globalization;
using System.Text.RegularExpressions;
using TthcEngine.National.Catalogue.Wire;

namespace TthcEngine.National.Catalogue;

/// <summary>Reads the catalogue's wire records (strings only) into our types (shared/national-api.md §2.2).</summary>
public static partial class CatalogueRecords
{
    public static NationalProcedure ToProcedure(CatalogueProcedureRecord record) => new()
    {
        Code = record.Code.Trim(),
        Name = record.Name.Trim(),
        // TRANGTHAI 1 is published; anything else is treated as not public ([OC]).
        Published = record.State?.Trim() == "1",
        State = record.State?.Trim() ?? "",
        PublicationDecision = Blank(record.PublicationDecision),
        Fields = [.. (record.Fields ?? []).Select(f => Text(f.Name)).Where(n => n.Length > 0)],
        Levels = [.. (record.Levels ?? []).Select(l => Level(l.Level))],
        Agencies = [.. (record.Agencies ?? []).Select(a => Text(a.Name)).Where(n => n.Length > 0)],
        Methods = [.. (record.Methods ?? []).Select(Method)],
        DocumentCases = [.. (record.DocumentCases ?? []).Select(c => new NationalDocumentCase(
            Text(c.Case),
            [.. (c.Papers ?? []).Select(p => new NationalPaper(Text(p.Code), Text(p.Name), Count(p.Originals), Count(p.Copies)))]))],
        LegalBasis = [.. (record.LegalBasis ?? []).Select(l => new NationalLegalDocument(Text(l.Number), Text(l.Title)))],
        Results = [.. (record.Results ?? []).Select(r => Text(r.Name)).Where(n => n.Length > 0)],
    };

    public static NationalLevel Level(string? code) => code?.Trim() switch
    {
        "0" => NationalLevel.Ministry,
        "1" => NationalLevel.Province,
        "2" => NationalLevel.District,
        "3" => NationalLevel.Commune,
        _ => NationalLevel.Unknown,
    };

    /// <summary>THOIGIANGIAIQUYET and DONVITINH: a number as text (a decimal comma accepted) and its unit in free text.</summary>
    public static NationalTimeLimit TimeLimit(string? amount, string? unit, string? description = null)
    {
        var amountText = Text(amount);
        decimal? value = decimal.TryParse(amountText.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
        return new NationalTimeLimit(value, amountText, Unit(unit), Text(unit), Text(description));
    }

    /// <summary>DONVITINH, compared without case or surrounding spaces.</summary>
    public static NationalTimeUnit Unit(string? text) => Text(text).ToLowerInvariant() switch
    {
        "ngày làm việc" => NationalTimeUnit.WorkingDays,
        "ngày" => NationalTimeUnit.Days,
        "giờ làm việc" => NationalTimeUnit.WorkingHours,
        "giờ" => NationalTimeUnit.Hours,
        "tháng" => NationalTimeUnit.Months,
        "trong ngày" => NationalTimeUnit.SameDay,
        _ => NationalTimeUnit.Unknown,
    };

    /// <summary>
    /// SOTIEN in VND: <c>"50.000"</c> (dots or commas group thousands; words may follow, "50.000 đồng/hồ sơ") is 50000;
    /// "Không" or "Miễn" (no fee, exempt) is 0; anything else (<c>"Theo quy định"</c>) is null.
    /// </summary>
    public static long? Amount(string? text)
    {
        var value = Text(text);
        if (value.StartsWith("Không", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Miễn", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var match = LeadingAmount().Match(value);
        return match.Success && long.TryParse(match.Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }

    private static NationalMethod Method(CatalogueMethodRecord method)
    {
        var times = method.Times ?? [];
        var fees = (method.Fees ?? []).Concat(times.SelectMany(t => t.Fees ?? []))
            .Select(f => new NationalFee(Text(f.Code), Text(f.Amount), Amount(f.Amount), Text(f.Unit), Text(f.Description)));
        return new NationalMethod(Text(method.Channel), [.. times.Select(t => TimeLimit(t.Amount, t.Unit, t.Description))], [.. fees]);
    }

    private static int Count(string? text) =>
        int.TryParse(Text(text), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    private static string Text(string? text) => text?.Trim() ?? "";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+(?!\d)|^\d+")]
    private static partial Regex LeadingAmount();
}
