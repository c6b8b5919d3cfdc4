namespace TthcEngine.Domain.Workflows;

/// <summary>One element of a flow: a step, a parallel block or a pause.</summary>
public abstract record FlowElement(string Id, string Name);
