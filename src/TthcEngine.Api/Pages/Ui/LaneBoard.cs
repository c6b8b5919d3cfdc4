using System.Globalization;
using TthcEngine.Client.Models;

namespace TthcEngine.Api.Pages.Ui;

/// <summary>
/// The bars of a green-lane case against calendar time, from the receipt to the later of the due instant and now: each
/// step's planned span (activation to due), the part used (to its finish, or to now), and its slack. Steps of one
/// parallel block are grouped, so the branches running at once sit one under the other.
/// </summary>
/// <param name="BlockNames">The name of each parallel block, by id.</param>
/// <param name="ForOfficers">Whether holders show and steps can be expedited (never on the public page).</param>
internal sealed record LaneBoard(GreenLaneCase Case, DateTimeOffset Now, IReadOnlyDictionary<string, string> BlockNames, bool ForOfficers)
{
    /// <summary>One working day of slack or less reads as due soon.</summary>
    private const long DueSoonMinutes = 8 * 60;

    public DateTimeOffset Start => Case.ReceivedAt;

    public DateTimeOffset End
    {
        get
        {
            var end = new[] { Case.DueAt ?? Now, Now }
                .Concat(Case.Branches.Select(b => b.DueAt ?? Now))
                .Concat(Case.Branches.Select(b => b.CompletedAt ?? Now))
                .Max();
            return end > Start ? end : Start.AddHours(1);
        }
    }

    /// <summary>Runs of steps: a step alone, or every step of one parallel block.</summary>
    public IEnumerable<(string? Block, IReadOnlyList<BranchView> Steps)> Groups()
    {
        var run = new List<BranchView>();
        string? block = null;
        foreach (var branch in Case.Branches)
        {
            if (run.Count > 0 && (branch.Block is null || branch.Block != block))
            {
                yield return (block, run);
                run = [];
            }

            block = branch.Block;
            run.Add(branch);
        }

        if (run.Count > 0)
        {
            yield return (block, run);
        }
    }

    /// <summary>Five labels along the axis.</summary>
    public IEnumerable<string> Ticks() => Enumerable.Range(0, 5)
        .Select(i => Start + ((End - Start) * i / 4))
        .Select(t => t.ToOffset(Domain.WorkingTime.WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM", CultureInfo.InvariantCulture));

    public string At(DateTimeOffset at) => Pct((at - Start) / (End - Start));

    public string Span(DateTimeOffset from, DateTimeOffset to) => Pct((to - from) / (End - Start));

    /// <summary>The colour of a step: done in time or on track (green), one working day of slack or less (amber), late (red).</summary>
    public static string Tone(BranchView branch) => branch.State switch
    {
        "waiting" => "idle",
        "overdue" => "late",
        _ when branch.SlackMinutes < 0 => "late",
        "done" => "ok",
        _ when branch.SlackMinutes <= DueSoonMinutes => "soon",
        _ => "ok",
    };

    public static string Slack(BranchView branch, Lang L) => branch.SlackMinutes switch
    {
        null => "—",
        { } s when branch.State == "done" && s >= 0 => L["xong, dư ", "done, slack "] + UiText.Duration(s, L),
        { } s => UiText.Span(s, L),
    };

    private static string Pct(double fraction) => Math.Clamp(fraction * 100, 0, 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
