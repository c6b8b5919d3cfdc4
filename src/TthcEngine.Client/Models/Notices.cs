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
