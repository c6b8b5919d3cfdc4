namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// A notice to the applicant (thông báo cho tổ chức, cá nhân: Decree 61/2018 Art. 17(2) and Art. 19(9)), by SMS or
/// email, through the province's notification gateway: queued in the same transaction as what it tells (or, for a
/// workflow event, through the inbox of its consumer), then sent by the notice sender until the gateway takes it or
/// refuses it for good. Kept after sending: the desk sees what the applicant was told, and when.
/// </summary>
public sealed class ApplicantNoticeRecord
{
    public Guid Id { get; set; }

    /// <summary>The dossier it is about; null for an online application that never became one.</summary>
    public Guid? DossierId { get; set; }

    /// <summary>The online application it is about, when it is one's.</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary>The code the applicant knows it by: the dossier's code, or the application's reference.</summary>
    public required string Reference { get; set; }

    /// <summary>See <c>NoticeKinds</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>sms</c> or <c>email</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>The phone number or the email address, as the applicant gave it.</summary>
    public required string Recipient { get; set; }

    /// <summary>The email's subject; null for an SMS.</summary>
    public string? Subject { get; set; }

    public required string Text { get; set; }

    /// <summary>When what it tells happened (the event's instant): the notices of a dossier are listed in this order.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>When the gateway took it.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The gateway's id of the message, if it gave one.</summary>
    public string? GatewayId { get; set; }

    /// <summary>When the sender gave up: the gateway refused it (a wrong number), or every attempt failed.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Failed attempts; sets the wait before the next one.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Why the last attempt failed (never the text or the recipient).</summary>
    public string? LastError { get; set; }

    /// <summary>The sender instance holding it, so two senders never send it at once.</summary>
    public Guid? LeaseId { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
