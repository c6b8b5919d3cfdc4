namespace TthcEngine.Domain.Workflows;

/// <summary>Đầu mối: the role and unit that follow a green-lane case and are told of every branch event.</summary>
public sealed record FocalPoint(Role Role, string Unit);
