namespace TthcEngine.Infrastructure.Deadlines;

/// <summary>Configuration section <c>Deadlines</c>: when a step or dossier counts as due soon.</summary>
public sealed record DeadlineOptions
{
    /// <summary>The working time left before the due instant at which "due soon" is announced; half a working day by default.</summary>
    public TimeSpan DueSoonMargin { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How often the watcher sweeps.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);
}
