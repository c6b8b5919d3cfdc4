namespace TthcEngine.Client.Models;

/// <summary>One line of the on-time figures.</summary>
/// <param name="Scope"><c>procedure</c> (key <c>{agency}|{procedure}</c>), <c>unit</c> or <c>officer</c>.</param>
/// <param name="OnTimeRate">(early + on time) / judged, or null when nothing was judged.</param>
public sealed record OnTimeLine(
    string Scope, string Key, string Month, int Received, int Early, int OnTime, int Late, int InProgressOnTime, int InProgressOverdue, double? OnTimeRate);

/// <summary>An overdue dossier or step.</summary>
/// <param name="StepId">Null for the dossier itself.</param>
public sealed record OverdueItem(Guid DossierId, string Code, string ProcedureCode, string Agency, string? StepId, string? Unit, string? Officer, DateTimeOffset DueAt, long OverdueWorkingMinutes);

/// <summary>An apology prepared or issued.</summary>
public sealed record ApologyView(Guid DossierId, string Code, string Kind, DateTimeOffset At, string? UnitAtFault, DateTimeOffset OriginalDueAt, DateTimeOffset? NewDueAt, string? Reason);

/// <summary>
/// Data reuse for one agency × procedure over a period: how many dossiers were received, how many took at least one
/// paper the applicant had accepted before instead of supplying it again, and that share (the reform target: half).
/// </summary>
public sealed record ReuseLine(string Agency, string ProcedureCode, int Received, int WithReuse, int PapersReused, double? ReuseRate);

/// <summary>A national partner's state: its circuit (<c>Closed</c>, <c>Open</c>, <c>HalfOpen</c>) and what waits to be sent.</summary>
public sealed record PartnerHealth(
    string Partner,
    string Circuit,
    DateTimeOffset? CircuitChangedAt,
    int Backlog,
    int DossiersWaiting,
    int DossiersFailing,
    int DossiersInDoubt,
    DateTimeOffset? OldestWaitingSince,
    string? LastError);
