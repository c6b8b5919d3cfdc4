namespace TthcEngine.Client.Models;

/// <summary>A green-lane case as its focal point follows it: every branch with its owner, due instant, slack and state.</summary>
public sealed record GreenLaneCase(
    Guid DossierId, string Code, string ProcedureName, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, int NationalStatus, IReadOnlyList<BranchView> Branches);

/// <summary>One step of the case, open or done.</summary>
/// <param name="State"><c>waiting</c>, <c>active</c>, <c>claimed</c>, <c>done</c> or <c>overdue</c>.</param>
/// <param name="SlackMinutes">Working minutes between now (or the finish) and the due instant; negative when late.</param>
public sealed record BranchView(
    string StepId, string Name, string Unit, string? Block, string? Owner, DateTimeOffset? ActivatedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, long? SlackMinutes, string State);

/// <summary>Đôn đốc: the focal point presses the holder of a step; escalated to the unit head when the step is overdue.</summary>
public sealed record ExpediteRequest(string StepId, string Message);

/// <summary>What the expedite did.</summary>
public sealed record ExpediteResponse(string StepId, string NotifiedUnit, string? NotifiedOfficer, bool EscalatedToHead, DateTimeOffset At);
