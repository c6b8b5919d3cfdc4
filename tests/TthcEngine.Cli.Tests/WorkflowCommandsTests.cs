namespace TthcEngine.Cli.Tests;

public sealed class WorkflowCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-procedures-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Validate_BrokenFile_PrintsFileElementRuleAndExitsTwo()
    {
        var good = Write("1.000001.json", Procedure("1.000001", "\"returnsTo\": [ \"receive\" ]"));
        Write("1.000002.json", Procedure("1.000002", "\"returnsTo\": [ \"result\" ]"));

        var run = TthcRun.Of("validate", folder);

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Output.Should().Contain("1.000002.json: flow/approve: [rework-target]").And.Contain("1 error(s) in 1 file(s).");
        run.Output.Should().NotContain(Path.GetFileName(good) + ":");
    }

    [Fact]
    public void Validate_SingleValidFile_ExitsZero()
    {
        var file = Write("1.000001.json", Procedure("1.000001", "\"returnsTo\": [ \"receive\" ]"));

        var run = TthcRun.Of("validate", file);

        run.Should().Be(new TthcRun(0, "1 procedure(s) valid; 0 calendar file(s) read.", string.Empty));
    }

    [Fact]
    public void Simulate_PrintsEachStepDueAndTheFinish()
    {
        var file = Write("1.000001.json", Procedure("1.000001", "\"returnsTo\": [ \"receive\" ]"));

        var run = TthcRun.Of("simulate", file, "--from", "2026-02-12T09:00:00+07:00");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n').Should().ContainInOrder(
            "step receive\tdesk\tactivated 2026-02-12T09:00:00+07:00\tdue 2026-02-12T11:00:00+07:00",
            "step approve\tlead\tactivated 2026-02-12T11:00:00+07:00\tdue 2026-02-24T11:00:00+07:00",
            "step result\tdesk\tactivated 2026-02-24T11:00:00+07:00\tdue 2026-02-24T15:00:00+07:00",
            "finish\t2026-02-24T15:00:00+07:00\tEarly against due 2026-02-26T09:00:00+07:00");
    }

    [Fact]
    public void Simulate_InvalidFile_ExitsTwoWithTheErrors()
    {
        var file = Write("1.000002.json", Procedure("1.000002", "\"returnsTo\": [ \"result\" ]"));

        var run = TthcRun.Of("simulate", file, "--from", "2026-02-12T09:00:00+07:00");

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Error.Should().Contain("[rework-target]");
    }

    /// <summary>A small procedure: 5 working days; receive 2 h, approve 3 days, hand over 2 h.</summary>
    private static string Procedure(string code, string returnsTo) => $$"""
        { "code": "{{code}}", "name": "Thủ tục thử", "field": "Thử", "level": "commune", "version": 1,
          "statutoryLimit": { "amount": 5, "unit": "workingDays" }, "source": "Luật thử Điều 1",
          "legalBasis": [ { "document": "Luật thử Điều 1", "role": "limit" } ],
          "documents": [ { "id": "don", "name": "Đơn", "originals": 1, "copies": 0, "reusable": false } ],
          "units": [ { "id": "desk", "name": "Một cửa" }, { "id": "lead", "name": "Lãnh đạo" } ],
          "flow": [
            { "step": "receive", "name": "Tiếp nhận", "role": "desk", "unit": "desk", "budget": { "amount": 2, "unit": "workingHours" } },
            { "step": "approve", "name": "Phê duyệt", "role": "leader", "unit": "lead", "budget": { "amount": 3, "unit": "workingDays" }, {{returnsTo}} },
            { "step": "result", "name": "Trả kết quả", "role": "desk", "unit": "desk", "budget": { "amount": 2, "unit": "workingHours" } } ] }
        """;

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
