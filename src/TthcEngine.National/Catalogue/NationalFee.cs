namespace TthcEngine.National.Catalogue;

/// <summary>
/// A fee as the record states it (SOTIEN, DONVI, MOTA): <see cref="Amount"/> in VND, 0 for "Không" (no fee), null
/// when the text holds no amount.
/// </summary>
public sealed record NationalFee(string Code, string AmountText, long? Amount, string Unit, string Description)
{
    public override string ToString() => $"{(Description.Length > 0 ? Description + ": " : "")}{AmountText}{(Unit.Length > 0 ? " " + Unit : "")}";
}
