using TthcEngine.Domain.Workflows.Runtime;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// The workflow state of the dossiers this process stored last, so that their next change need not read and replay
/// the whole history. An entry is only used while the dossier's row still has the version and event count the entry
/// was stored with. Every stored change raises the row's version (its concurrency token), so a change made by another
/// process makes the entry useless, never wrong: the history is then read and replayed as before. A database restored
/// to an earlier point while processes run could repeat a version with another history: restart them after a restore.
/// </summary>
/// <remarks>
/// Holds at most twice <paramref name="capacity"/> dossiers: once the newer half is full it becomes the older half and
/// the old one is dropped, so the dossiers worked on recently stay. One instance per process (a singleton).
/// </remarks>
public sealed class DossierStateCache(int capacity = 2048)
{
    private readonly Lock gate = new();
    private Dictionary<Guid, Entry> recent = [];
    private Dictionary<Guid, Entry> older = [];

    /// <summary>Takes out the state of this version of the dossier, for the caller to change; null if it is not here.</summary>
    internal WorkflowState? Take(Guid dossierId, int version, int eventCount)
    {
        lock (gate)
        {
            if (!recent.Remove(dossierId, out var entry) && !older.Remove(dossierId, out entry))
            {
                return null;
            }

            return entry.Version == version && entry.State.History.Count == eventCount ? entry.State : null;
        }
    }

    /// <summary>A copy of the state of this version of the dossier, left in place; null if it is not here.</summary>
    internal WorkflowState? Copy(Guid dossierId, int version, int eventCount)
    {
        lock (gate)
        {
            // Copied under the lock: once taken out, a state is changed by its taker, outside the lock.
            return (recent.TryGetValue(dossierId, out var entry) || older.TryGetValue(dossierId, out entry))
                && entry.Version == version && entry.State.History.Count == eventCount
                    ? entry.State.Copy()
                    : null;
        }
    }

    /// <summary>Keeps the state of a dossier as stored with <paramref name="version"/>; the caller must not change it afterwards.</summary>
    internal void Put(Guid dossierId, int version, WorkflowState state)
    {
        lock (gate)
        {
            older.Remove(dossierId);
            if (recent.Count >= capacity && !recent.ContainsKey(dossierId))
            {
                older = recent;
                recent = [];
            }

            recent[dossierId] = new Entry(version, state);
        }
    }

    private readonly record struct Entry(int Version, WorkflowState State);
}
