namespace TthcEngine.National.Population;

/// <summary>
/// A lookup that gave no answer about the citizen, and why (<see cref="Failure"/>). The message names the failure
/// and, for a refusal, the partner's code and message; never the ID number looked up or a credential.
/// </summary>
public sealed class PopulationLookupException(PopulationFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public PopulationFailure Failure { get; } = failure;
}
