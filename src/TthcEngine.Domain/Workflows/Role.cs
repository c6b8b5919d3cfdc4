namespace TthcEngine.Domain.Workflows;

/// <summary>Who does a step, or follows a green-lane case.</summary>
public enum Role
{
    /// <summary>Công chức Bộ phận Một cửa: receives dossiers and returns results.</summary>
    Desk,

    /// <summary>Chuyên viên: appraises a dossier.</summary>
    Specialist,

    /// <summary>Lãnh đạo: approves or refuses.</summary>
    Leader,

    /// <summary>Đầu mối luồng xanh: receives, tracks and expedites a green-lane case.</summary>
    FocalPoint,
}
