using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Cli.Tests;

/// <summary>The procedures shipped in workflows/procedures/: all valid, real, and with their green lanes.</summary>
public class ShippedWorkflowsTests
{
    private static readonly string Workflows = Path.Combine(AppContext.BaseDirectory, "workflows");

    private static readonly IReadOnlyList<ProcedureFiles.Checked> Shipped =
        [.. ProcedureFiles.CheckAll(Workflows).Where(c => c.Path.Contains("procedures", StringComparison.Ordinal))];

    [Fact]
    public void Validate_WorkflowsFolder_ExitsZero()
    {
        var run = TthcRun.Of("validate", Workflows);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().EndWith("calendar file(s) read.");
    }

    [Fact]
    public void Shipped_AtLeastFifteenProceduresAtBothLevels()
    {
        var definitions = Shipped.Select(c => c.Definition).ToList();

        definitions.Should().HaveCountGreaterThanOrEqualTo(15).And.NotContainNulls();
        definitions.Select(d => d!.Level).Distinct().Should().BeEquivalentTo([CompetentLevel.Commune, CompetentLevel.Province]);
        definitions.Should().OnlyContain(d => !string.IsNullOrWhiteSpace(d!.Source) && d.LegalBasis.Any(b => b.Role == LegalBasisRole.Limit));
    }

    [Fact]
    public void Shipped_GreenLanesAreShorterThanTheirStandardPath()
    {
        var green = Shipped.Select(c => c.Definition!).Where(d => d.GreenLane is not null).ToList();

        green.Should().HaveCountGreaterThanOrEqualTo(3);
        green.Should().OnlyContain(d => FlowMetrics.CriticalPath(d.GreenLane!.Flow) < FlowMetrics.CriticalPath(d.Flow));
        green.Should().OnlyContain(d => d.GreenLane!.Flow.OfType<ParallelBlock>().Any());
    }

    [Fact]
    public void Simulate_EveryShippedProcedure_FinishesWithinItsLimit()
    {
        foreach (var definition in Shipped.Select(c => c.Definition!))
        {
            var run = TthcRun.Of("simulate", Path.Combine(Workflows, "procedures", $"{definition.Code}.json"), "--from", "2026-03-09T08:00:00+07:00");

            run.ExitCode.Should().Be(0, run.Error);
            run.Output.Should().NotContain("Late", $"{definition.Code}'s budgets fit its limit");
        }
    }
}
