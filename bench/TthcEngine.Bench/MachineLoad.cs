namespace TthcEngine.Bench;

/// <summary>The machine's load average, printed beside the numbers: other work on these shared machines skews them.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        const string LoadAverage = "/proc/loadavg";
        var text = File.Exists(LoadAverage) ? string.Join(' ', File.ReadAllText(LoadAverage).Split(' ').Take(3)) : "unknown";
        return $"load average (1, 5, 15 min): {text} on {Environment.ProcessorCount} cores";
    }
}
