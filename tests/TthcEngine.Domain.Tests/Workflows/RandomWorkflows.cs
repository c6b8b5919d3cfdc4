using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.Workflows;

/// <summary>Random valid definitions and random command sequences over them, from one seed.</summary>
internal static class RandomWorkflows
{
    private static readonly UnitDefinition[] Units =
    [
        new("desk", "Một cửa", false), new("office", "Phòng", false), new("lead", "Lãnh đạo", false),
        new("ext-a", "Sở A", true), new("ext-b", "Sở B", true),
    ];

    public static ProcedureDefinition Definition(Random random)
    {
        var counter = 0;
        var topLevel = new List<string>();
        StepDefinition Step(List<string> earlier)
        {
            var id = $"s{++counter}";
            var external = random.Next(4) == 0;
            var step = new StepDefinition(
                id,
                id,
                external ? Role.Specialist : (Role)random.Next(3),
                external ? Units[3 + random.Next(2)].Id : Units[random.Next(3)].Id,
                TimeLimit.OfWorkingHours(1 + random.Next(16)),
                external ? StepKind.Consultation : StepKind.Task,
                earlier.Count > 0 && random.Next(3) == 0 ? [earlier[random.Next(earlier.Count)]] : [],
                random.Next(4) == 0 ? [new ConsultOption(Units[3 + random.Next(2)].Id, TimeLimit.OfWorkingHours(1 + random.Next(12)))] : []);
            earlier.Add(id);
            return step;
        }

        var flow = new List<FlowElement>();
        var elements = 1 + random.Next(4);
        for (var i = 0; i < elements; i++)
        {
            switch (random.Next(5))
            {
                case 0 or 1:
                    var branches = Enumerable.Range(0, 2 + random.Next(2))
                        .Select(_ =>
                        {
                            var inBranch = new List<string>(topLevel);
                            return (IReadOnlyList<StepDefinition>)[.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Step(inBranch))];
                        })
                        .ToList();
                    flow.Add(new ParallelBlock($"p{++counter}", "block", branches));
                    break;
                case 2 when i > 0:
                    flow.Add(new PauseDefinition($"w{++counter}", "wait", PauseReason.AwaitingFinancialObligation));
                    break;
                default:
                    flow.Add(Step(topLevel));
                    break;
            }
        }

        flow.Add(Step(topLevel));
        var limit = TimeLimit.OfWorkingDays((int)Math.Ceiling(FlowMetrics.CriticalPath(flow).TotalHours / 8) + 1);
        return new ProcedureDefinition
        {
            Code = "9.999999",
            Name = "Ngẫu nhiên",
            Field = "Thử",
            Level = CompetentLevel.Province,
            Version = 1,
            StatutoryLimit = limit,
            Source = "test",
            LegalBasis = [new LegalBasis("test", LegalBasisRole.Limit)],
            ExcludedPhases = random.Next(2) == 0 ? [PauseReason.AwaitingFinancialObligation] : [],
            Documents = [],
            Units = Units,
            Flow = flow,
            GreenLane = random.Next(2) == 0 ? new GreenLaneVariant(limit, "test", new FocalPoint(Role.FocalPoint, "lead"), flow) : null,
        };
    }

    /// <summary>A command that may or may not be allowed in the state: the runtime must refuse the wrong ones.</summary>
    public static WorkflowCommand Command(Random random, WorkflowState state, DateTimeOffset at)
    {
        var active = state.Active.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal).ToList();
        var officer = $"o{random.Next(3)}";
        var pick = active.Count > 0 ? active[random.Next(active.Count)] : null;
        var definition = pick is null ? null : state.Index.Step(pick.Ref.StepId);
        return random.Next(12) switch
        {
            0 when pick is not null => new ClaimStep(at, pick.Ref.StepId, officer),
            1 when definition is { ReturnsTo.Count: > 0 } => new ReturnForRework(at, pick!.Ref.StepId, definition.ReturnsTo[0], officer, "sửa"),
            2 when definition is { Consults.Count: > 0 } => new ConsultAgencies(at, pick!.Ref.StepId, [definition.Consults[0].Unit], officer),
            3 => new PauseWorkflow(at, PauseReason.AwaitingSupplement),
            4 => new ResumeWorkflow(at),
            5 => new FinishWorkflow(at, Outcome.Granted, officer),
            6 when random.Next(6) == 0 => random.Next(2) == 0
                ? new FinishWorkflow(at, Outcome.Refused, officer, "không đủ điều kiện")
                : new FinishWorkflow(at, Outcome.Withdrawn, officer, "người nộp xin rút"),
            7 => new CompleteStep(at, $"s{random.Next(20)}", officer),
            8 when pick is not null && random.Next(2) == 0 => new AssignStep(
                at, pick.Ref.StepId, random.Next(4) == 0 ? officer : pick.ClaimedBy, random.Next(2) == 0 ? null : officer, "ld", "phân công"),
            _ when pick is not null => new CompleteStep(at, pick.Ref.StepId, pick.ClaimedBy ?? officer),
            _ => new ResumeWorkflow(at),
        };
    }
}
