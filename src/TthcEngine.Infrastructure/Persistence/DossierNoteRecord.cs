namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// What happened to a dossier outside its workflow, kept beside the workflow history: fees recorded, supplement
/// requests and refusals with their items and reasons, expedites and escalations, apologies prepared and issued,
/// hand-over, the applicant's rating. Append-only.
/// </summary>
public sealed class DossierNoteRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>See <see cref="NoteKinds"/>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The officer's user name, or null for the system or the public.</summary>
    public string? Officer { get; set; }

    /// <summary>The note's details as JSON (camelCase).</summary>
    public required string Payload { get; set; }
}

/// <summary>The kinds of <see cref="DossierNoteRecord"/>.</summary>
public static class NoteKinds
{
    public const string Documents = "documents";
    public const string Fee = "fee";
    public const string SupplementRequested = "supplementRequested";
    public const string SupplementAccepted = "supplementAccepted";
    public const string Refused = "refused";

    /// <summary>The applicant asked online, with the code and PIN, to withdraw the dossier (<c>{reason}</c>); the desk decides.</summary>
    public const string WithdrawalRequested = "withdrawalRequested";

    /// <summary>
    /// The desk's answer to the applicant's online request to withdraw: not accepted, with the reason
    /// (<c>{reason, officer}</c>). The applicant may ask again.
    /// </summary>
    public const string WithdrawalDeclined = "withdrawalDeclined";

    /// <summary>The applicant's withdrawal (rút hồ sơ) the desk recorded, with the request's reason.</summary>
    public const string Withdrawn = "withdrawn";
    public const string Expedited = "expedited";

    /// <summary>An active step given to an officer or released (<c>{stepId, from, to, reason}</c>); the officer is who did it.</summary>
    public const string StepAssigned = "stepAssigned";
    public const string ApologyPrepared = "apologyPrepared";
    public const string ApologyIssued = "apologyIssued";
    public const string HandedOver = "handedOver";
    public const string Rated = "rated";

    /// <summary>The applicant's identity was verified in the population database at receipt (a population lookup's id).</summary>
    public const string IdentityVerified = "identityVerified";
}
