namespace TthcEngine.FakeNational;

/// <summary>What goes wrong with one call.</summary>
public enum Fault
{
    None,
    Slow,
    Outage,
    Unavailable,
    ErrorAfterWork,
    TimeoutAfterWork,
    Drop,
}
