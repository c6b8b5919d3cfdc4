using System.Text.Json;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// Hồ sơ nộp trực tuyến: an application submitted online by the applicant, not yet a dossier (national status 1 "Mới
/// đăng ký"). The desk of <see cref="Agency"/> accepts it (it becomes a dossier through the desk's receipt) or refuses it
/// (status 3 "Không được tiếp nhận"). The applicant follows it by <see cref="Reference"/> and a PIN kept only as a hash.
/// </summary>
public sealed class OnlineApplicationRecord
{
    public Guid Id { get; set; }

    /// <summary>The public reference, <c>TT-{yyMMdd}-{random}</c>, unique.</summary>
    public required string Reference { get; set; }

    /// <summary>Lowercase hex SHA-256 of <c>{reference}:{pin}</c> (the dossier PIN's scheme).</summary>
    public required string PinHash { get; set; }

    public required string ProcedureCode { get; set; }

    /// <summary>The procedure's version when submitted (informative: the dossier pins the version current when accepted).</summary>
    public int ProcedureVersion { get; set; }

    /// <summary>The agency (catalogue id) where it is received and which is competent for it; its desk decides.</summary>
    public required string Agency { get; set; }

    public required ApplicantRecord Applicant { get; set; }

    /// <summary>The papers, one per document: an upload claimed by this application or an accepted paper reused, as JSON (<see cref="OnlineApplicationPaper"/>).</summary>
    public required string Papers { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public OnlineApplicationState State { get; set; }

    /// <summary>The dossier the desk received from it, once accepted.</summary>
    public Guid? DossierId { get; set; }

    /// <summary>The dossier's PIN, protected (ASP.NET Core data protection), shown to the applicant by the application's lookup.</summary>
    public string? DossierPin { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>
    /// The dossier code (mã hồ sơ) given when refused, from the receiving unit's daily serials as a receipt's: the
    /// refusal slip and the national portal (status 3) know it by this code. An accepted application has its dossier's.
    /// </summary>
    public string? RefusedCode { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Raised at every change: two desk officers deciding at once, one wins.</summary>
    public int Version { get; set; }
}

/// <summary>Where an online application stands.</summary>
public enum OnlineApplicationState
{
    /// <summary>Submitted, waiting for the desk (Mới đăng ký).</summary>
    Submitted,

    /// <summary>Received by the desk: a dossier exists.</summary>
    Accepted,

    /// <summary>Not received (Không được tiếp nhận), with a reason.</summary>
    Refused,
}

/// <summary>
/// A paper of an online application as stored (JSON in <see cref="OnlineApplicationRecord.Papers"/>): an upload claimed
/// by the application (<paramref name="UploadId"/>), or an accepted paper of an earlier dossier reused
/// (<paramref name="ReusedFrom"/>, that dossier's code in <paramref name="ReusedFromDossier"/>).
/// </summary>
public sealed record OnlineApplicationPaper(string DocumentId, string FileName, Guid? UploadId, Guid? ReusedFrom, string? ReusedFromDossier)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IEnumerable<OnlineApplicationPaper> papers) => JsonSerializer.Serialize(papers, Json);

    public static IReadOnlyList<OnlineApplicationPaper> Read(string papers) => JsonSerializer.Deserialize<List<OnlineApplicationPaper>>(papers, Json) ?? [];
}
