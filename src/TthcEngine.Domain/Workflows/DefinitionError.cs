namespace TthcEngine.Domain.Workflows;

/// <summary>One thing wrong with a procedure definition: which file, where in it, which rule, and what to do.</summary>
/// <param name="File">The file (or other origin) of the definition.</param>
/// <param name="Location">Where in it, e.g. <c>flow/approve</c> or <c>greenLane/flow/opinions/branch 2/so-xay-dung</c>.</param>
/// <param name="Rule">The stable name of the rule broken, e.g. <c>unique-ids</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record DefinitionError(string File, string Location, string Rule, string Message)
{
    public override string ToString() => $"{File}: {Location}: [{Rule}] {Message}";
}
