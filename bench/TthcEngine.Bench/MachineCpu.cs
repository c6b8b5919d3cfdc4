using System.Globalization;

namespace TthcEngine.Bench;

/// <summary>
/// The whole machine's processor time from <c>/proc/stat</c> (every process, the database server and the kernel
/// included), so that a run can say how much of the machine a commit or a transition costs, not only the bench's share.
/// </summary>
internal readonly record struct MachineCpu(long BusyTicks, long AllTicks)
{
    /// <summary>The kernel's clock ticks per second in <c>/proc/stat</c> (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Now; zeros where there is no <c>/proc/stat</c>.</summary>
    public static MachineCpu Read()
    {
        const string Stat = "/proc/stat";
        if (!File.Exists(Stat))
        {
            return default;
        }

        // cpu  user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
        var fields = File.ReadLines(Stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var all = fields.Take(8).Sum();
        return new MachineCpu(all - fields[3] - fields[4], all);
    }

    /// <summary>The cores kept busy on average between <paramref name="start"/> and this reading; 0 where unknown.</summary>
    public double BusyCoresSince(MachineCpu start, TimeSpan elapsed) =>
        AllTicks == 0 || elapsed <= TimeSpan.Zero ? 0 : (BusyTicks - start.BusyTicks) / TicksPerSecond / elapsed.TotalSeconds;
}
