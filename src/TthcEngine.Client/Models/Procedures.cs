namespace TthcEngine.Client.Models;

/// <summary>A procedure (thủ tục hành chính) the engine serves, as listed by <c>GET /api/procedures</c>.</summary>
/// <param name="Level">The competent level, commune or province.</param>
/// <param name="StatutoryLimit">The statutory time limit (thời hạn giải quyết) as the definition states it.</param>
/// <param name="GreenLaneLimit">The green lane's shorter limit, or null when the procedure has no green lane.</param>
public sealed record ProcedureSummary(string Code, string Name, string Field, string Level, string StatutoryLimit, string? GreenLaneLimit, int Version);

/// <summary>One procedure in full: its legal basis, fee, required documents and steps.</summary>
public sealed record ProcedureDetail(
    ProcedureSummary Summary, string Source, IReadOnlyList<string> LegalBasis, long? Fee, IReadOnlyList<ProcedureDocument> Documents, IReadOnlyList<ProcedureStep> Steps);

/// <summary>A required document (thành phần hồ sơ); a conditional one is required only in some cases.</summary>
public sealed record ProcedureDocument(string Id, string Name, int Originals, int Copies, bool Reusable, bool Conditional);

/// <summary>A step of the procedure's flow, with its unit's name and its budget; steps of a parallel block name it.</summary>
public sealed record ProcedureStep(string Id, string Name, string Role, string Unit, string Budget, string? ParallelBlock);
