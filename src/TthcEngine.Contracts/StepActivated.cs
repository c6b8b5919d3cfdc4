namespace TthcEngine.Contracts;

/// <summary>A step (bước xử lý) became active for a unit and role.</summary>
public record StepActivated
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event.</summary>
    public required int NationalStatus { get; init; }

    public required string StepId { get; init; }

    /// <summary>Which activation of the step this is: a step sent back for rework is activated again.</summary>
    public required int Activation { get; init; }

    public required string Unit { get; init; }

    /// <summary>The role that acts on the step, e.g. <c>Desk</c>, <c>Specialist</c>, <c>Leader</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The step's due instant if the clock never stops.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
