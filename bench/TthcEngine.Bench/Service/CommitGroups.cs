using System.Diagnostics.Metrics;

namespace TthcEngine.Bench.Service;

/// <summary>
/// Listens to the dossier service's group commit (meter <c>TthcEngine.Dossiers</c>): how many commits stored how many
/// changes, and how many groups were rolled back and stored alone.
/// </summary>
internal sealed class CommitGroups : IDisposable
{
    private readonly MeterListener listener = new();
    private long groups;
    private long changes;
    private long failed;
    private long largest;

    public CommitGroups()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "TthcEngine.Dossiers")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, size, _, _) =>
        {
            Interlocked.Increment(ref groups);
            Interlocked.Add(ref changes, size);
            long seen;
            while (size > (seen = Interlocked.Read(ref largest)) && Interlocked.CompareExchange(ref largest, size, seen) != seen)
            {
            }
        });
        listener.SetMeasurementEventCallback<long>((_, count, _, _) => Interlocked.Add(ref failed, count));
        listener.Start();
    }

    public string Describe() => groups == 0 && failed == 0
        ? "group commit: no group stored"
        : $"group commit: {changes:N0} changes in {groups:N0} commits ({(double)changes / Math.Max(1, groups):0.00} a commit, at most {largest}); {failed:N0} groups rolled back and stored alone";

    public void Dispose() => listener.Dispose();
}
