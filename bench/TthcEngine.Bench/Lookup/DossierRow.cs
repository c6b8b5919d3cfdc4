namespace TthcEngine.Bench.Lookup;

/// <summary>One row of the <c>dossiers</c> table as the EF model maps it (DossierRecord with its owned applicant), and its PIN.</summary>
internal sealed record DossierRow(
    Guid Id,
    string Code,
    string Pin,
    string PinHash,
    string ProcedureCode,
    int ProcedureVersion,
    string ReceivingUnit,
    string Channel,
    string ApplicantName,
    string IdNumber,
    string Phone,
    string? Email,
    string Address,
    int NationalStatus,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ClockStartsAt,
    DateTimeOffset DueAt,
    DateTimeOffset? OpenDueAt,
    DateTimeOffset? DueSoonAt,
    DateTimeOffset? DueSoonAnnouncedAt,
    DateTimeOffset? OverdueAnnouncedAt,
    DateTimeOffset? ResultReadyAt,
    DateTimeOffset? FinishedAt,
    string? Outcome,
    string? Timeliness,
    int EventCount)
{
    public const string Lane = "Standard";

    /// <summary>The column list shared by both bulk paths, in the order the loaders write them.</summary>
    public static readonly string[] Columns =
    [
        "Id", "Code", "PinHash", "ProcedureCode", "ProcedureVersion", "Lane", "ReceivingUnit", "Channel",
        "applicant_name", "applicant_id_number", "applicant_phone", "applicant_email", "applicant_address",
        "NationalStatus", "ReceivedAt", "ClockStartsAt", "DueAt", "OpenDueAt", "DueSoonAt", "DueSoonAnnouncedAt", "OverdueAnnouncedAt", "ResultReadyAt", "FinishedAt", "Outcome", "Timeliness",
        "EventCount", "Version",
        "Agency", "ReceivingAgency", "ExtendedDueAt", "ApologyDueAt", "ApologyPreparedAt",
    ];

    /// <summary>The concurrency token as the service leaves it: raised once per stored change.</summary>
    public int Version => EventCount / 2;
}
