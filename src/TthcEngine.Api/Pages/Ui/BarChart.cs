using System.Globalization;

namespace TthcEngine.Api.Pages.Ui;

/// <summary>
/// A horizontal bar chart of on-time rates, drawn as SVG on the server (nothing fetched at run time): one bar per
/// line, coloured against the province's targets, with the 95% target marked.
/// </summary>
internal sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 640;

    public const int LabelWidth = 200;

    public const int BarWidth = 300;

    public const int Row = 30;

    /// <summary>The share handled on time that the province asks of every agency (domain.md, Part A: more than 95%).</summary>
    public const double Target = 0.95;

    public int Height => (Bars.Count * Row) + 24;

    public static string TargetX => (LabelWidth + (BarWidth * Target)).ToString("0.#", CultureInfo.InvariantCulture);

    public sealed record Bar(string Label, double? Rate, string Note)
    {
        public string Short => Label.Length <= 30 ? Label : Label[..29] + "…";

        public string Length => ((Rate ?? 0) * BarWidth).ToString("0.#", CultureInfo.InvariantCulture);

        public string Tone => Rate switch
        {
            null => "#8c959f",
            >= Target => "#1a6b34",
            >= 0.8 => "#b86e00",
            _ => "#a4161a",
        };
    }
}
