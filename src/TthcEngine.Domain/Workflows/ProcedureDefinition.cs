using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>
/// Thủ tục hành chính: one version of a procedure's definition, as read from <c>workflows/procedures/{code}.json</c>.
/// A dossier keeps the version it started with.
/// </summary>
public sealed record ProcedureDefinition
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Field { get; init; }

    public required CompetentLevel Level { get; init; }

    public required int Version { get; init; }

    public required TimeLimit StatutoryLimit { get; init; }

    /// <summary>The 15:00 rule (Decree 61/2018 Art. 18) when the procedure applies it.</summary>
    public TimeOnly? CutOff { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<LegalBasis> LegalBasis { get; init; }

    public Fee? Fee { get; init; }

    /// <summary>Phases whose waiting time is not counted, besides waiting for a supplement (never counted, convention 5).</summary>
    public IReadOnlyList<PauseReason> ExcludedPhases { get; init; } = [];

    public required IReadOnlyList<RequiredDocument> Documents { get; init; }

    public required IReadOnlyList<UnitDefinition> Units { get; init; }

    /// <summary>The standard internal process.</summary>
    public required IReadOnlyList<FlowElement> Flow { get; init; }

    public GreenLaneVariant? GreenLane { get; init; }

    /// <summary>The flow of a lane.</summary>
    public IReadOnlyList<FlowElement> FlowOf(Lane lane) => lane == Lane.Standard
        ? Flow
        : GreenLane?.Flow ?? throw new DomainRuleException("procedure.no-green-lane", $"Procedure {Code} has no green-lane variant.");

    /// <summary>The statutory limit of a lane.</summary>
    public TimeLimit LimitOf(Lane lane) => lane == Lane.Standard
        ? StatutoryLimit
        : GreenLane?.StatutoryLimit ?? throw new DomainRuleException("procedure.no-green-lane", $"Procedure {Code} has no green-lane variant.");
}
