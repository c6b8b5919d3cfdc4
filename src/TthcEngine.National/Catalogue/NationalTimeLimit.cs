namespace TthcEngine.National.Catalogue;

/// <summary>
/// A time limit as the record states it: THOIGIANGIAIQUYET (a number sent as text, <see cref="Amount"/> null when it
/// is not one) and DONVITINH (free text, read into <see cref="Unit"/>).
/// </summary>
public sealed record NationalTimeLimit(decimal? Amount, string AmountText, NationalTimeUnit Unit, string UnitText, string Description)
{
    public override string ToString() => $"{AmountText} {UnitText}".Trim();
}
