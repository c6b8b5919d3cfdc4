using TthcEngine.Domain.Workflows;

namespace TthcEngine.Domain.Tests.Workflows;

public class ProcedureValidatorTests
{
    [Fact]
    public void Validate_TestProcedure_NoErrors()
    {
        var errors = ProcedureValidator.Validate(TestProcedures.Permit, "9.000001.json");

        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"step\": \"approve\"", "\"step\": \"appraise\"", "flow/appraise", "unique-ids")]
    [InlineData("\"role\": \"leader\"", "\"role\": \"focalPoint\"", "flow/approve", "known-roles")]
    [InlineData("\"role\": \"leader\"", "\"role\": \"chairman\"", "flow/approve/role", "known-value")]
    [InlineData("\"unit\": \"lanh-dao\", \"budget\": { \"amount\": 1, \"unit\": \"workingDays\" }, \"returnsTo\": [ \"appraise\" ]", "\"unit\": \"ubnd\", \"budget\": { \"amount\": 1, \"unit\": \"workingDays\" }, \"returnsTo\": [ \"appraise\" ]", "flow/approve", "known-units")]
    [InlineData("\"returnsTo\": [ \"appraise\" ]", "\"returnsTo\": [ \"return\" ]", "flow/approve", "rework-target")]
    [InlineData("\"returnsTo\": [ \"moi-truong\" ]", "\"returnsTo\": [ \"xay-dung\" ]", "flow/opinions/branch 2/check", "rework-target")]
    [InlineData("\"unit\": \"so-xd\", \"kind\": \"consultation\", \"budget\": { \"amount\": 3", "\"unit\": \"phong\", \"kind\": \"consultation\", \"budget\": { \"amount\": 3", "flow/opinions/branch 1/xay-dung", "consultation-unit")]
    [InlineData("\"amount\": 10, \"unit\": \"workingDays\"", "\"amount\": 6, \"unit\": \"workingDays\"", "flow", "critical-path")]
    [InlineData("\"amount\": 5, \"unit\": \"workingDays\" }, \"source\": \"Kế hoạch luồng xanh\"", "\"amount\": 3, \"unit\": \"workingDays\" }, \"source\": \"Kế hoạch luồng xanh\"", "greenLane/flow", "critical-path")]
    [InlineData("\"amount\": 5, \"unit\": \"workingDays\" }, \"source\": \"Kế hoạch luồng xanh\"", "\"amount\": 12, \"unit\": \"workingDays\" }, \"source\": \"Kế hoạch luồng xanh\"", "greenLane/statutoryLimit", "green-lane-shorter")]
    [InlineData("\"role\": \"limit\"", "\"role\": \"other\"", "legalBasis", "legal-basis")]
    [InlineData("{ \"step\": \"return\", \"name\": \"Trả kết quả\", \"role\": \"desk\", \"unit\": \"mot-cua\", \"budget\": { \"amount\": 4, \"unit\": \"workingHours\" } }\n  ],\n  \"greenLane\"", "{ \"pause\": \"wait\", \"name\": \"Chờ\", \"reason\": \"supplement\" }\n  ],\n  \"greenLane\"", "flow/wait", "flow-ends-with-step")]
    [InlineData("\"budget\": { \"amount\": 2, \"unit\": \"workingDays\" },\n      \"consults\"", "\"budget\": { \"amount\": 2, \"unit\": \"calendarDays\" },\n      \"consults\"", "flow/appraise/budget", "budget-unit")]
    public void Validate_BrokenDefinition_NamesFileElementAndRule(string replace, string with, string location, string rule)
    {
        var json = Normalised(TestProcedures.PermitJson);
        json.Should().Contain(Normalised(replace), "the test must break something");

        var errors = Errors(json.Replace(Normalised(replace), Normalised(with), StringComparison.Ordinal));

        errors.Should().Contain(e => e.File == "9.000001.json" && e.Location == location && e.Rule == rule);
    }

    [Fact]
    public void Validate_FileNamedAfterAnotherCode_Error()
    {
        var errors = ProcedureValidator.Validate(TestProcedures.Permit, "workflows/procedures/1.000000.json");

        errors.Should().ContainSingle().Which.Should().Match<DefinitionError>(e => e.Rule == "file-name" && e.Message.Contains("9.000001.json"));
    }

    [Fact]
    public void Parse_NestedParallelBlock_Error()
    {
        var json = Normalised(TestProcedures.PermitJson).Replace(
            "[ { \"step\": \"xay-dung\"", "[ { \"parallel\": \"inner\", \"name\": \"x\", \"branches\": [] }, { \"step\": \"xay-dung\"", StringComparison.Ordinal);

        var errors = Errors(json);

        errors.Should().Contain(e => e.Location == "flow/opinions/branch 1" && e.Rule == "element");
    }

    [Fact]
    public void Parse_UnknownField_JsonErrorWithPath()
    {
        var (_, errors) = ProcedureDocument.Parse("""{ "code": "1", "deadline": 3 }""", "1.json");

        errors.Should().ContainSingle().Which.Should().Match<DefinitionError>(e => e.Rule == "json" && e.Message.Contains("deadline"));
    }

    [Fact]
    public void Parse_MissingEverything_OneErrorPerRequiredField()
    {
        var (definition, errors) = ProcedureDocument.Parse("{}", "x.json");

        definition.Should().BeNull();
        errors.Select(e => e.Location).Should().Contain(["code", "name", "field", "level", "version", "statutoryLimit", "source", "legalBasis", "documents", "units", "flow"]);
    }

    [Fact]
    public void Parse_ValidProcedureWithDraftBlock_RefusedAsADraft()
    {
        var json = TestProcedures.PermitJson.TrimEnd().TrimEnd('}') + """, "draft": { "note": "Bản nháp", "check": [ "x" ] } }""";

        var (definition, errors) = ProcedureDocument.Parse(json, "9.000001.json");

        definition.Should().BeNull();
        errors.Should().ContainSingle().Which.Rule.Should().Be(ProcedureDocument.DraftRule);
    }

    [Fact]
    public void Parse_NationalBlockWithoutDraft_Valid()
    {
        var json = TestProcedures.PermitJson.TrimEnd().TrimEnd('}') + """, "national": { "code": "9.000001", "fingerprint": "ab", "fields": { "name": "cd" }, "importedAt": "2026-03-10T02:00:00+00:00" } }""";

        var (definition, errors) = ProcedureDocument.Parse(json, "9.000001.json");

        errors.Should().BeEmpty();
        definition.Should().NotBeNull();
    }

    [Fact]
    public void DefinitionError_ToString_ReadsFileLocationRule() =>
        new DefinitionError("a.json", "flow/x", "unique-ids", "Twice.").ToString().Should().Be("a.json: flow/x: [unique-ids] Twice.");

    /// <summary>The test JSON with its indentation collapsed, so a replacement can span lines.</summary>
    private static string Normalised(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"\s+", " ");

    private static IReadOnlyList<DefinitionError> Errors(string json)
    {
        var (definition, errors) = ProcedureDocument.Parse(json, "9.000001.json");
        return definition is null ? errors : ProcedureValidator.Validate(definition, "9.000001.json");
    }
}
