namespace TthcEngine.National.Catalogue;

/// <summary>CAPTHUCHIEN: the level that carries a procedure out.</summary>
public enum NationalLevel
{
    /// <summary>0, bộ, ngành.</summary>
    Ministry,

    /// <summary>1, cấp tỉnh.</summary>
    Province,

    /// <summary>2, cấp huyện: abolished on 1/7/2025 (two-level local government); old records still carry it.</summary>
    District,

    /// <summary>3, cấp xã.</summary>
    Commune,

    /// <summary>Any other code.</summary>
    Unknown,
}
