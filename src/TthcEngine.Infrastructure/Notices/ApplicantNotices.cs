using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>Who a notice goes to, and what they know it by.</summary>
/// <param name="Reference">The dossier's code or the online application's reference.</param>
public sealed record NoticeRecipient(Guid? DossierId, Guid? ApplicationId, string Reference, string? Phone, string? Email)
{
    public static NoticeRecipient Of(DossierRecord dossier) => new(dossier.Id, null, dossier.Code, dossier.Applicant.Phone, dossier.Applicant.Email);

    public static NoticeRecipient Of(OnlineApplicationRecord application) =>
        new(application.DossierId, application.Id, application.Reference, application.Applicant.Phone, application.Applicant.Email);
}

/// <summary>
/// Queues notices to applicants: one row per channel the applicant gave (an SMS to the phone, an email to the address),
/// added to the caller's context so that they are stored with what they tell, or not at all. Nothing is queued while
/// notices are off (<see cref="NoticeOptions.BaseUrl"/> unset).
/// </summary>
public sealed class ApplicantNotices(NoticeOptions options, AgencyCatalog agencies)
{
    public NoticeOptions Options => options;

    public bool Enabled => options.Enabled;

    /// <summary>The agency's name, e.g. "UBND xã Cốc San", or its id when unknown.</summary>
    public string AgencyName(string agency) => agencies.Find(agency)?.Name ?? agency;

    /// <summary>The one-stop desk that received under <paramref name="receivingUnit"/>, by the name it prints.</summary>
    public string DeskName(string receivingUnit) =>
        agencies.ByReceivingUnit(receivingUnit)?.DeskName ?? "Bộ phận một cửa";

    /// <param name="at">When what it tells happened.</param>
    /// <returns>How many notices were queued (0 when off, or the applicant gave neither phone nor email).</returns>
    public int Queue(TthcDbContext db, NoticeRecipient to, string kind, NoticeText text, DateTimeOffset at, DateTimeOffset now)
    {
        if (!options.Enabled)
        {
            return 0;
        }

        var queued = 0;
        if (Phone(to.Phone) is { } phone)
        {
            db.ApplicantNotices.Add(Row(to, kind, "sms", phone, null, NoticeTexts.Sms(text.Body, options.SmsWithoutDiacritics), at, now));
            queued++;
        }

        if (to.Email?.Trim() is { Length: > 0 } email && email.Contains('@', StringComparison.Ordinal))
        {
            db.ApplicantNotices.Add(Row(to, kind, "email", email, text.Subject, NoticeTexts.Email(text.Body), at, now));
            queued++;
        }

        return queued;
    }

    /// <summary>A phone number an SMS can reach: its digits (and a leading +), at least 9 of them; null otherwise.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.Length >= 9 ? (trimmed.StartsWith('+') ? "+" : "") + digits : null;
    }

    private static ApplicantNoticeRecord Row(NoticeRecipient to, string kind, string channel, string recipient, string? subject, string text, DateTimeOffset at, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DossierId = to.DossierId,
        ApplicationId = to.ApplicationId,
        Reference = to.Reference,
        Kind = kind,
        Channel = channel,
        Recipient = recipient,
        Subject = subject,
        Text = text,
        At = at,
        QueuedAt = now,
        NextAttemptAt = now,
    };
}
