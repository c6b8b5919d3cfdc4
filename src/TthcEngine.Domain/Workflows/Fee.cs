namespace TthcEngine.Domain.Workflows;

/// <summary>Phí, lệ phí in VND; 0 when the procedure is free.</summary>
public sealed record Fee(long Amount, string? Note);
