namespace TthcEngine.Domain.WorkingTime;

/// <summary>The verdict on a finished step or dossier against its due instant.</summary>
public enum Timeliness
{
    /// <summary>Trước hạn: finished on a day before the due date.</summary>
    Early,

    /// <summary>Đúng hạn: finished on the due date, at or before the due instant.</summary>
    OnTime,

    /// <summary>Quá hạn (trễ hạn): finished after the due instant.</summary>
    Late,
}
