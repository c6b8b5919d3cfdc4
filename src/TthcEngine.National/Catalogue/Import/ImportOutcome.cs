namespace TthcEngine.National.Catalogue.Import;

/// <summary>One procedure's import: what was done, why, which compared fields changed, and the file written if any.</summary>
public sealed record ImportOutcome(string Code, ImportAction Action, string Message, IReadOnlyList<string> ChangedFields, string? File = null)
{
    public override string ToString() => $"{Code} {Action.ToString().ToLowerInvariant()}: {Message}";
}
