namespace TthcEngine.Domain.Workflows;

/// <summary>Cấp thực hiện: the level of government competent for a procedure (two levels since 1/7/2025).</summary>
public enum CompetentLevel
{
    /// <summary>Cấp tỉnh.</summary>
    Province,

    /// <summary>Cấp xã (xã, phường, đặc khu).</summary>
    Commune,
}
