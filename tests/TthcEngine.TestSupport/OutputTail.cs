namespace TthcEngine.TestSupport;

/// <summary>
/// The last lines a child process printed, kept from its output events (which arrive on
/// thread-pool threads) so a failure message can quote them without buffering everything.
/// </summary>
internal sealed class OutputTail(int capacity = 60)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            lines.Enqueue(line);
            while (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return string.Join('\n', lines);
        }
    }
}
