namespace TthcEngine.FakeNational;

/// <summary>
/// What the fake does wrong, set through <c>PUT /_fake/faults</c>. A failing call is one of
/// <see cref="Failures"/>, picked at random: <c>503</c> (refused before any work), <c>500</c> (the work done, then
/// an error: the answer is lost), <c>timeout</c> (the work done, then no answer for <see cref="Hang"/>), <c>drop</c>
/// (the connection cut before any work).
/// </summary>
public sealed record FaultSettings
{
    /// <summary>The share of calls that fail, 0 to 1.</summary>
    public double FailureRate { get; init; }

    public IReadOnlyList<string> Failures { get; init; } = ["500", "503", "timeout"];

    /// <summary>The share of calls answered slowly (after <see cref="SlowDelay"/>, before the work).</summary>
    public double SlowRate { get; init; }

    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan Hang { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The share of first inserts answered "đã tồn tại", as if the dossier had been registered online on the portal
    /// before it was accepted: the fake keeps a copy with status 1 (Mới đăng ký), outside the received log.
    /// </summary>
    public double AlreadyExistsRate { get; init; }

    /// <summary>A seed makes the failures repeat run after run.</summary>
    public int? Seed { get; init; }
}
