namespace TthcEngine.Infrastructure.Notices;

/// <summary>
/// Notices to applicants by SMS and email, configuration section <c>Notices</c> (<c>Notices__BaseUrl</c>, …): off until
/// <see cref="BaseUrl"/> is set. The gateway's resilience is in <c>Notices:Resilience</c> (TthcEngine.National). A
/// class, not a record: a record's <c>ToString</c> would print the token.
/// </summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>The province's notification gateway (SMS brand name and mail); notices are queued and sent only when it is set.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Where an SMS is posted, under <see cref="BaseUrl"/>.</summary>
    public string SmsPath { get; set; } = "sms";

    /// <summary>Where an email is posted, under <see cref="BaseUrl"/>.</summary>
    public string EmailPath { get; set; } = "email";

    /// <summary>A bearer token the gateway may demand, from configuration or the environment; never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The public lookup page named at the end of each notice (e.g. <c>https://dichvucong.laocai.gov.vn/tra-cuu</c>); none when unset.</summary>
    public Uri? LookupUrl { get; set; }

    /// <summary>
    /// SMS without Vietnamese diacritics (true by default): brand-name SMS is billed per 160 plain characters, or per 70
    /// with any accented letter, and many gateways take plain text only. Emails keep their diacritics.
    /// </summary>
    public bool SmsWithoutDiacritics { get; set; } = true;

    public NoticeSendOptions Send { get; set; } = new();

    public bool Enabled => BaseUrl is not null;
}

/// <summary>How the notice sender works through its queue.</summary>
public sealed class NoticeSendOptions
{
    /// <summary>Notices taken per round.</summary>
    public int PerRound { get; set; } = 64;

    /// <summary>Notices sent at once.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>The wait after a failed attempt, doubling up to <see cref="RetryMaxDelay"/>, with jitter.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts before the sender gives up on a notice (about 12 hours with the default delays); the desk then sees it failed.</summary>
    public int MaxAttempts { get; set; } = 30;

    /// <summary>How long a sender holds the notices it took.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The pause when nothing is due.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromSeconds(1);
}
