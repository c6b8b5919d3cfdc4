namespace TthcEngine.Domain.Workflows;

/// <summary>Which variant of a procedure a dossier runs.</summary>
public enum Lane
{
    /// <summary>The standard internal process.</summary>
    Standard,

    /// <summary>Luồng xanh: the shortened variant with parallel branches and a focal point.</summary>
    GreenLane,
}
