namespace TthcEngine.Contracts;

/// <summary>The wait for the applicant is over; the clock runs again.</summary>
public record DossierResumed
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event.</summary>
    public required int NationalStatus { get; init; }

    /// <summary>When the statutory count started; later than before when a supplement restarted it from zero.</summary>
    public required DateTimeOffset ClockStartsAt { get; init; }

    /// <summary>The dossier's due instant as it now stands.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
