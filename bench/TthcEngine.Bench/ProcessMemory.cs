using System.Diagnostics;
using System.Globalization;

namespace TthcEngine.Bench;

/// <summary>The bench process's own memory, for the reports.</summary>
internal static class ProcessMemory
{
    public static string Describe()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"memory: peak working set {Mb(process.PeakWorkingSet64)} MB, working set {Mb(process.WorkingSet64)} MB; GC heap {Mb(GC.GetTotalMemory(false))} MB "
            + $"(committed at the last GC {Mb(gc.TotalCommittedBytes)} MB), allocated in total {Mb(GC.GetTotalAllocatedBytes())} MB; "
            + $"collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture);
}
