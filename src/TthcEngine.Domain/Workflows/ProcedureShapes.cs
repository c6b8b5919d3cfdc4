namespace TthcEngine.Domain.Workflows;

/// <summary>The JSON shape of a procedure file, as written; mapped to <see cref="ProcedureDefinition"/> by <see cref="ProcedureDocument"/>.</summary>
internal sealed class ProcedureShape
{
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Field { get; set; }

    public string? Level { get; set; }

    public int? Version { get; set; }

    public LimitShape? StatutoryLimit { get; set; }

    public string? CutOff { get; set; }

    public string? Source { get; set; }

    public List<LegalBasisShape>? LegalBasis { get; set; }

    public FeeShape? Fee { get; set; }

    public List<string>? ExcludedPhases { get; set; }

    public List<DocumentShape>? Documents { get; set; }

    public List<UnitShape>? Units { get; set; }

    public List<ElementShape>? Flow { get; set; }

    public GreenLaneShape? GreenLane { get; set; }

    public DraftShape? Draft { get; set; }

    public NationalShape? National { get; set; }
}

/// <summary>The mark of a draft imported from the national procedure database: what the reviewer must still do.</summary>
internal sealed class DraftShape
{
    public string? Note { get; set; }

    public List<string>? Check { get; set; }
}

/// <summary>The national record a file was drafted from (kept after review, to see when the record changes).</summary>
internal sealed class NationalShape
{
    public string? Code { get; set; }

    public string? Fingerprint { get; set; }

    public Dictionary<string, string>? Fields { get; set; }

    public DateTimeOffset? ImportedAt { get; set; }
}

internal sealed class LimitShape
{
    public int? Amount { get; set; }

    public string? Unit { get; set; }
}

internal sealed class LegalBasisShape
{
    public string? Document { get; set; }

    public string? Role { get; set; }
}

internal sealed class FeeShape
{
    public long? Amount { get; set; }

    public string? Note { get; set; }
}

internal sealed class DocumentShape
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? Originals { get; set; }

    public int? Copies { get; set; }

    public bool? Reusable { get; set; }

    public bool? Conditional { get; set; }
}

internal sealed class UnitShape
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? External { get; set; }
}

internal sealed class ElementShape
{
    public string? Step { get; set; }

    public string? Parallel { get; set; }

    public string? Pause { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Unit { get; set; }

    public string? Kind { get; set; }

    public LimitShape? Budget { get; set; }

    public List<string>? ReturnsTo { get; set; }

    public List<ConsultShape>? Consults { get; set; }

    public List<List<ElementShape>>? Branches { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ConsultShape
{
    public string? Unit { get; set; }

    public LimitShape? Budget { get; set; }
}

internal sealed class GreenLaneShape
{
    public LimitShape? StatutoryLimit { get; set; }

    public string? Source { get; set; }

    public FocalPointShape? FocalPoint { get; set; }

    public List<ElementShape>? Flow { get; set; }
}

internal sealed class FocalPointShape
{
    public string? Role { get; set; }

    public string? Unit { get; set; }
}
