namespace TthcEngine.Client.Models;

/// <summary>
/// A notice to the applicant by SMS or email (Decree 61/2018 Art. 17(2), 19(9)): <see cref="Kind"/> says what it told
/// (<c>received</c>, <c>supplementRequested</c>, <c>feeRequested</c>, <c>paymentConfirmed</c>, <c>resumed</c>,
/// <c>apology</c>, <c>resultReady</c>, <c>refused</c>, <c>withdrawn</c>, <c>withdrawalDeclined</c>,
/// <c>applicationSubmitted</c>, <c>applicationRefused</c>); <see cref="State"/> is
/// <c>queued</c> (not yet taken by the gateway, <see cref="Attempts"/> failed so far), <c>sent</c> or <c>failed</c>
/// (given up: the desk should reach the applicant another way), with <see cref="LastError"/> saying why. <see cref="At"/> is
/// when what it tells happened.
/// </summary>
public sealed record ApplicantNoticeView(
    Guid Id,
    string Kind,
    string Channel,
    string Recipient,
    string? Subject,
    string Text,
    string State,
    DateTimeOffset At,
    DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt,
    int Attempts,
    string? LastError)
{
    /// <summary>The online application it told of, for an application's notices (its submission, its refusal).</summary>
    public Guid? ApplicationId { get; init; }
}

/// <summary>
/// A notice to the signed-in officer (thông báo): <see cref="Kind"/> says what it tells (<c>stepAssigned</c>,
/// <c>stepTaken</c>, <c>stepReturned</c>, <c>stepDueSoon</c>, <c>stepOverdue</c>, <c>unitStepOverdue</c>, <c>stepExpedited</c>,
/// <c>expediteEscalated</c>, <c>greenLaneStep</c>, <c>consultationRequested</c>, <c>apologyPrepared</c>), <see cref="Text"/> tells it in Vietnamese, <see cref="At"/> is when it
/// happened; <see cref="ReadAt"/> is null while unread.
/// </summary>
public sealed record OfficerNotice(
    Guid Id, string Kind, Guid DossierId, string DossierCode, string? StepId, string Text, DateTimeOffset At, DateTimeOffset? ReadAt);

/// <summary>The officer's notices, newest first (at most 100), and how many of all theirs are unread.</summary>
public sealed record MyNotices(int Unread, IReadOnlyList<OfficerNotice> Notices);

/// <summary>How many notices a "mark all read" marked.</summary>
public sealed record NoticesMarked(int Marked);
