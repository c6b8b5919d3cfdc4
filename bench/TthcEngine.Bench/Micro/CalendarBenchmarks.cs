using BenchmarkDotNet.Attributes;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Bench.Micro;

/// <summary>Deadline arithmetic on the national calendar read from workflows/calendars.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    /// <summary>Thu 12/2/2026 09:00, two working days before the Tết 2026 break (14-22/2).</summary>
    private static readonly DateTimeOffset BeforeTet = new(2026, 2, 12, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Mon 6/4/2026 08:00 to Wed 6/5/2026 17:00: over Hùng Kings' day (off on Mon 27/4) and 30/4-1/5.</summary>
    private static readonly DateTimeOffset MonthStart = new(2026, 4, 6, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset MonthEnd = new(2026, 5, 6, 17, 0, 0, TimeSpan.FromHours(7));

    private WorkingCalendar calendar = null!;

    [GlobalSetup]
    public void LoadCalendar() => calendar = Repository.Calendar();

    [Benchmark(Description = "AddWorkingDays(5) over Tết 2026")]
    public DateTimeOffset AddWorkingDaysOverTet() => calendar.AddWorkingDays(BeforeTet, new WorkingDays(5));

    [Benchmark(Description = "Elapsed over a month (6/4-6/5/2026)")]
    public TimeSpan ElapsedOverAMonth() => calendar.Elapsed(MonthStart, MonthEnd);
}
