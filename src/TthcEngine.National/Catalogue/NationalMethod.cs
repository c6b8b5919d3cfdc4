namespace TthcEngine.National.Catalogue;

/// <summary>One channel of a procedure (KENH: 1 in person, 2 online, 3 by post) with its time limits and fees.</summary>
public sealed record NationalMethod(string Channel, IReadOnlyList<NationalTimeLimit> Limits, IReadOnlyList<NationalFee> Fees)
{
    public const string InPerson = "1";
}
