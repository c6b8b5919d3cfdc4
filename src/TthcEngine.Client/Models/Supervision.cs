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
