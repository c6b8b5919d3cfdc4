namespace TthcEngine.Infrastructure.Accounts;

/// <summary>The roles an officer may hold; names as stored by Identity and written in tokens.</summary>
public static class Roles
{
    /// <summary>One-stop desk officer (công chức Bộ phận Một cửa): receives, issues slips, hands over.</summary>
    public const string Desk = "desk";

    /// <summary>Specialist (chuyên viên): appraises.</summary>
    public const string Specialist = "specialist";

    /// <summary>Leader (lãnh đạo): approves or refuses, answers for the unit's lateness.</summary>
    public const string Leader = "leader";

    /// <summary>Green-lane focal point (đầu mối luồng xanh): tracks and expedites a case.</summary>
    public const string FocalPoint = "focalPoint";

    /// <summary>Supervisor: reads the on-time figures and overdue lists.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Administrator: manages accounts.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Desk, Specialist, Leader, FocalPoint, Supervisor, Admin];
}
