namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// The definition of a procedure version as it was when its first dossier started: running dossiers replay over it,
/// whatever later happens to the file in workflows/procedures/.
/// </summary>
public sealed class ProcedureVersionRecord
{
    public required string Code { get; set; }

    public int Version { get; set; }

    public required string Definition { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
