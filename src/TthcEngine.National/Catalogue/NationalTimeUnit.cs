namespace TthcEngine.National.Catalogue;

/// <summary>DONVITINH, free text in the record ("Ngày", "Ngày làm việc", "Giờ", "Tháng"; Decision 766 keeps a unit per procedure).</summary>
public enum NationalTimeUnit
{
    /// <summary>"Ngày làm việc".</summary>
    WorkingDays,

    /// <summary>"Ngày": calendar or working days, the record does not say (shared/domain.md, convention 4).</summary>
    Days,

    /// <summary>"Giờ làm việc".</summary>
    WorkingHours,

    /// <summary>"Giờ".</summary>
    Hours,

    /// <summary>"Tháng".</summary>
    Months,

    /// <summary>"Trong ngày".</summary>
    SameDay,

    /// <summary>Anything else.</summary>
    Unknown,
}
