namespace TthcEngine.National.Tests;

/// <summary>
/// A clock that starts at a fixed instant and runs at real speed, timers included. The sync talks to a real HTTP
/// server, whose timeouts, retry delays and circuit breaks are real time: a frozen FakeTimeProvider would stop them,
/// while a fixed start keeps the dossiers' dates known (Tue 10/3/2026 09:00 in Vietnam, a working morning).
/// </summary>
public sealed class RunningClock : TimeProvider
{
    private readonly DateTimeOffset start = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly long started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(started);

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
