namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// One line of the on-time figures heads of units are judged by: for a scope (agency × procedure, unit, or officer),
/// a month (Vietnam civil month), the dossiers received and the dossiers or steps finished early, on time and late.
/// </summary>
public sealed class OnTimeCountRecord
{
    /// <summary><c>procedure</c> (key <c>{agency}|{procedure}</c>), <c>unit</c> or <c>officer</c>.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Month { get; set; }

    public int Received { get; set; }

    public int Early { get; set; }

    public int OnTime { get; set; }

    public int Late { get; set; }
}
