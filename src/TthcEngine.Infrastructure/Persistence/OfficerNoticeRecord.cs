namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// A notice to an officer in the engine (thông báo): a step given to them or taken from them, a step of theirs or of
/// their unit coming due or overdue, a focal point's expedite, a green-lane branch's event. Read on the officer's
/// notices page and through the API; the recipient marks it read.
/// </summary>
public sealed class OfficerNoticeRecord
{
    public Guid Id { get; set; }

    /// <summary>The officer's user name.</summary>
    public required string Recipient { get; set; }

    /// <summary>See <c>OfficerNoticeKinds</c>.</summary>
    public required string Kind { get; set; }

    public Guid DossierId { get; set; }

    public required string DossierCode { get; set; }

    /// <summary>The step it is about, when it is one step's.</summary>
    public string? StepId { get; set; }

    /// <summary>What it tells, in Vietnamese.</summary>
    public required string Text { get; set; }

    /// <summary>When what it tells happened; notices are listed newest first by this instant.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the recipient marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
