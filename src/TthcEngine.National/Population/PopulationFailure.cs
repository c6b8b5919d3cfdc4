namespace TthcEngine.National.Population;

/// <summary>Why a lookup gave no answer about the citizen (a citizen who is not found is an answer, not a failure).</summary>
public enum PopulationFailure
{
    /// <summary>The partner could not be reached, did not answer in time, answered 5xx, or its circuit is open.</summary>
    Unavailable,

    /// <summary>The partner answered with a non-zero <c>error_code</c> (a wrong integration code, a request it rejects).</summary>
    Refused,

    /// <summary>The answer could not be read: not the JSON, or <c>message</c> not the XML, of the contract.</summary>
    Unreadable,
}
