using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests;

public class DomainPurityTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlyTheRuntime() =>
        typeof(WorkingCalendar).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().OnlyContain(n => n!.StartsWith("System", StringComparison.Ordinal) || n == "netstandard");
}
