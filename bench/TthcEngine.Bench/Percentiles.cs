using System.Globalization;

namespace TthcEngine.Bench;

/// <summary>Nearest-rank percentiles of sorted samples, and the number formats of the reports.</summary>
internal static class Percentiles
{
    /// <summary>The smallest sample with at least <paramref name="percent"/> % of the samples at or below it.</summary>
    public static double Of(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ms(double milliseconds) => milliseconds.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
