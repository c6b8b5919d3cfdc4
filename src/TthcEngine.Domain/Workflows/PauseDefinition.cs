using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>A planned wait for the applicant (e.g. paying taxes): the clock stops until the desk resumes the dossier.</summary>
public sealed record PauseDefinition(string Id, string Name, PauseReason Reason) : FlowElement(Id, Name);
