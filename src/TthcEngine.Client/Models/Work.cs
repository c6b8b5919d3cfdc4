namespace TthcEngine.Client.Models;

/// <summary>One active step in a unit's worklist.</summary>
/// <param name="Status"><c>onTrack</c>, <c>dueSoon</c> or <c>overdue</c> (the colour of the row).</param>
/// <param name="RemainingWorkingMinutes">Working time left until the step's due instant; negative when overdue.</param>
public sealed record WorklistItem(
    Guid DossierId,
    string DossierCode,
    string ProcedureCode,
    string ProcedureName,
    string StepId,
    string StepName,
    string Unit,
    string Role,
    DateTimeOffset ActivatedAt,
    DateTimeOffset? DueAt,
    string Status,
    long RemainingWorkingMinutes,
    string? ClaimedBy,
    bool GreenLane);

/// <summary>Completing a step, with the officer's opinion (ý kiến).</summary>
public sealed record CompleteRequest(string? Opinion);

/// <summary>Sending the dossier back from a step to an earlier one.</summary>
public sealed record ReturnRequest(string ToStepId, string Reason);

/// <summary>
/// Giving an active step to <paramref name="Officer"/>, or releasing it (<paramref name="Officer"/> null) so that any
/// officer of its unit may claim it; <paramref name="Reason"/> is required when the step is taken from another officer.
/// </summary>
public sealed record AssignRequest(string? Officer, string? Reason);

/// <summary>An officer an active step may be given to: not disabled, of the step's unit and role.</summary>
/// <param name="HeldSteps">How many open steps the officer holds now, in every dossier (their load).</param>
public sealed record Assignee(string UserName, string FullName, string Unit, int HeldSteps);

/// <summary>An open step an officer holds (has claimed or was given).</summary>
public sealed record HeldStep(Guid DossierId, string DossierCode, string StepId, string Unit, DateTimeOffset? DueAt);

/// <summary>
/// The admin's release of an officer's steps: those released, and those skipped because they changed meanwhile (done,
/// or taken by someone else) with the reason.
/// </summary>
public sealed record ReleasedSteps(IReadOnlyList<HeldStep> Released, IReadOnlyList<SkippedStep> Skipped);

/// <summary>A step a release or a transfer left as it was, and why (the stable code of the refusal).</summary>
public sealed record SkippedStep(HeldStep Step, string Code);

/// <summary>
/// A leader's transfer of every step an officer holds to another officer of the agency (bàn giao: leave, illness,
/// another duty); <paramref name="Reason"/> is required.
/// </summary>
public sealed record TransferRequest(string To, string Reason);

/// <summary>
/// The steps a transfer gave to the new holder, and those it left with the old one: changed meanwhile, or not the new
/// holder's to take (another unit or role: <c>assign.officer</c>).
/// </summary>
public sealed record TransferredSteps(IReadOnlyList<HeldStep> Transferred, IReadOnlyList<SkippedStep> Skipped);

/// <summary>Asking other agencies for their opinion (liên thông).</summary>
public sealed record ConsultRequest(IReadOnlyList<string> Units);

/// <summary>What a command did: the dossier's state after it.</summary>
public sealed record CommandResponse(Guid DossierId, string Code, int NationalStatus, IReadOnlyList<string> Events, IReadOnlyList<ActiveStepView> ActiveSteps);

/// <summary>An active step of a dossier.</summary>
public sealed record ActiveStepView(string StepId, string Name, string Unit, string Role, DateTimeOffset ActivatedAt, DateTimeOffset? DueAt, string? ClaimedBy);

/// <summary>A dossier as officers see it.</summary>
public sealed record DossierView(
    Guid Id,
    string Code,
    string ProcedureCode,
    string ProcedureName,
    int ProcedureVersion,
    string Lane,
    string Agency,
    string ReceivingAgency,
    string Channel,
    ApplicantInput Applicant,
    int NationalStatus,
    string NationalStatusName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ExtendedDueAt,
    DateTimeOffset? ResultReadyAt,
    DateTimeOffset? FinishedAt,
    string? Outcome,
    string? Timeliness,
    IReadOnlyList<ActiveStepView> ActiveSteps,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<AttachmentView> Documents,
    IReadOnlyList<NoteView> Notes);

/// <summary>One step of a dossier's timeline: when it started, was due and finished, and its verdict.</summary>
/// <param name="Timeliness"><c>early</c>, <c>onTime</c>, <c>late</c>, <c>cancelled</c> (ended undone: the dossier was refused), or null while open.</param>
public sealed record TimelineEntry(string StepId, string Name, string Unit, DateTimeOffset ActivatedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, string? Timeliness, string? Officer, string? Opinion);

/// <summary>A paper of the dossier.</summary>
public sealed record AttachmentView(Guid Id, string DocumentId, string FileName, string ContentType, long Size, string Sha256, Guid? ReusedFrom);

/// <summary>A note of the dossier's history outside the workflow (fee, supplement request, expedite, apology, hand-over, rating).</summary>
public sealed record NoteView(string Kind, DateTimeOffset At, string? Officer, string Details);

/// <summary>Văn bản xin lỗi và đề nghị gia hạn (Form 04): the one new appointment and the reason.</summary>
public sealed record ApologyRequest(string Reason, DateTimeOffset NewDueAt);

/// <summary>A dossier as a search lists it.</summary>
public sealed record DossierSummary(
    Guid Id,
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string ApplicantName,
    string Agency,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    int NationalStatus,
    DateTimeOffset? FinishedAt,
    string? Outcome);

/// <summary>
/// The dossiers an officer's search found, newest received first, at most 100; <paramref name="More"/> when there were
/// more (narrow the search).
/// </summary>
public sealed record DossierSearchResult(IReadOnlyList<DossierSummary> Dossiers, bool More);
