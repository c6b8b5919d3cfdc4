namespace TthcEngine.Infrastructure.Apologies;

/// <summary>
/// The note of an apology and extension (Form 04): prepared by the system for the units at fault (no reason, no new
/// appointment yet), or issued by a leader with both. The original due instant stays in the statistics.
/// </summary>
public sealed record ApologyNote(string? Reason, DateTimeOffset OriginalDueAt, DateTimeOffset? NewDueAt, IReadOnlyList<string> UnitsAtFault, string? Signer);
