using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>
/// Which counters one fact moves: the single rule behind both the live projection (from messages) and its rebuild
/// (from stored histories), so the two cannot drift apart.
/// </summary>
public static class OnTimeTally
{
    public const string ProcedureScope = "procedure";
    public const string UnitScope = "unit";
    public const string OfficerScope = "officer";

    /// <summary>A dossier was received: counted in its agency × procedure line for the month of receipt.</summary>
    public static IEnumerable<Increment> Received(string agency, string procedure, DateTimeOffset at) =>
        [new(ProcedureScope, $"{agency}|{procedure}", Month(at), Column.Received)];

    /// <summary>
    /// Whether a dossier's end judges it: a refusal or a withdrawal (<see cref="Outcome"/>'s name). A granted dossier
    /// was judged when its result was ready, not again when it ends.
    /// </summary>
    public static bool JudgedWhenFinished(string outcome) => outcome is nameof(Outcome.Refused) or nameof(Outcome.Withdrawn);

    /// <summary>
    /// A dossier was judged (its result ready, or refused or withdrawn): counted early, on time or late in the month it
    /// was judged (Decision 766/QĐ-TTg: the end of processing is the first of result ready, refusal and withdrawal).
    /// </summary>
    public static IEnumerable<Increment> Judged(string agency, string procedure, DateTimeOffset at, string timeliness) =>
        [new(ProcedureScope, $"{agency}|{procedure}", Month(at), Verdict(timeliness))];

    /// <summary>
    /// A step was completed: counted for the unit that held it (key <c>{agency}|{unit}</c>: every commune has its own
    /// "tư pháp - hộ tịch") and for the officer who did it (key: the user name, unique across agencies).
    /// </summary>
    public static IEnumerable<Increment> StepCompleted(string agency, string unit, string officer, DateTimeOffset at, string timeliness) =>
    [
        new(UnitScope, $"{agency}|{unit}", Month(at), Verdict(timeliness)),
        new(OfficerScope, officer, Month(at), Verdict(timeliness)),
    ];

    private static string Month(DateTimeOffset at) => WorkingCalendar.ToVietnam(at).Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static Column Verdict(string timeliness) => timeliness switch
    {
        nameof(Timeliness.Early) => Column.Early,
        nameof(Timeliness.OnTime) => Column.OnTime,
        nameof(Timeliness.Late) => Column.Late,
        _ => throw new ArgumentException($"Unknown verdict '{timeliness}'.", nameof(timeliness)),
    };

    /// <summary>One counter to raise by one.</summary>
    public readonly record struct Increment(string Scope, string Key, string Month, Column Column);

    /// <summary>The counters of a line.</summary>
    public enum Column
    {
        Received,
        Early,
        OnTime,
        Late,
    }
}
