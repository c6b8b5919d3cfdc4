namespace TthcEngine.Contracts;

/// <summary>The dossier waits for the applicant; its clock stopped.</summary>
public record DossierPaused
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event: 5 or 6.</summary>
    public required int NationalStatus { get; init; }

    /// <summary><c>AwaitingSupplement</c> (chờ bổ sung) or <c>AwaitingFinancialObligation</c> (chờ nghĩa vụ tài chính).</summary>
    public required string Reason { get; init; }

    /// <summary>The planned pause of the procedure's flow the dossier waits at; <c>null</c> for an ad hoc wait.</summary>
    public string? PlannedPause { get; init; }
}
