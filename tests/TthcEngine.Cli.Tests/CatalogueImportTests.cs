using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TthcEngine.FakeNational;
using TthcEngine.Infrastructure.Procedures;
using TthcEngine.National.Tests;

namespace TthcEngine.Cli.Tests;

/// <summary>
/// <c>tthc catalogue import</c> against the fake national host on a free loopback port: three published procedures
/// drafted, refused by validate and skipped by the engine's loader until their steps are filled in; a reviewed file
/// never written to, and a change of the national record reported field by field.
/// </summary>
public sealed class CatalogueImportTests : IAsyncLifetime
{
    private static readonly string[] Published = ["1.004873", "1.009994", "2.001610"];
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "workflows", "procedures");
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-catalogue-").FullName;
    private FakeNationalServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeNationalServer.StartAsync();

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ImportAll_WritesADraftPerPublishedProcedure_SkipsTheUnpublished()
    {
        var run = Import("--all");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("1.001022 skipped: not published");
        foreach (var code in Published)
        {
            run.Output.Should().Contain($"{code} written: draft");
        }

        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(Published.Select(c => $"{c}.json"));
    }

    [Fact]
    public void Drafts_RefusedByValidate_SkippedByTheEngine()
    {
        Import("--all");

        var validate = TthcRun.Of("validate", folder);
        var catalog = ProcedureCatalog.Load(folder);

        validate.ExitCode.Should().Be(TthcCommand.RuleBroken);
        validate.Output.Split('\n').Where(l => l.Contains(": draft: [draft]")).Should().HaveCount(3);
        catalog.All.Should().BeEmpty();
        catalog.Drafts.Select(Path.GetFileName).Should().BeEquivalentTo(Published.Select(c => $"{c}.json"));
    }

    [Fact]
    public async Task Drafts_AndReviewedFiles_ConformToTheSchema()
    {
        Import("--all");
        var drafts = await SchemaTests.Check("procedure", Directory.EnumerateFiles(folder));
        Review("1.004873");

        var reviewed = await SchemaTests.Check("procedure", [Path.Combine(folder, "1.004873.json")]);

        drafts.Should().Be((0, ""));
        reviewed.Should().Be((0, ""));
    }

    [Fact]
    public void Drafts_WithStepsFilledInAndMarkerRemoved_AreValid()
    {
        Import("--all");

        foreach (var code in Published)
        {
            Review(code);
        }

        var validate = TthcRun.Of("validate", folder);

        validate.Should().Be(new TthcRun(0, "3 procedure(s) valid; 0 calendar file(s) read.", ""));
    }

    [Fact]
    public void Reimport_ReviewedFile_NeverWrittenTo()
    {
        Import("--code", "1.004873");
        Review("1.004873");
        var reviewed = File.ReadAllText(Path.Combine(folder, "1.004873.json"));

        var run = Import("--code", "1.004873");

        run.Should().Be(new TthcRun(0, $"1.004873 kept: {Path.Combine(folder, "1.004873.json")} is reviewed; the national record is unchanged.", ""));
        File.ReadAllText(Path.Combine(folder, "1.004873.json")).Should().Be(reviewed);
    }

    [Fact]
    public async Task Reimport_ReviewedFileAfterTheRecordChanged_ReportsExactlyTheChangedFields()
    {
        Import("--code", "2.001610");
        Review("2.001610");
        var reviewed = File.ReadAllText(Path.Combine(folder, "2.001610.json"));
        await ChangeAsync("2.001610", record =>
        {
            var time = record["CACHTHUCTHUCHIEN"]![0]!["THOIGIAN"]![0]!;
            time["THOIGIANGIAIQUYET"] = "5";
            time["PHILEPHI"]![0]!["SOTIEN"] = "100.000";
        });

        var run = Import("--code", "2.001610");

        run.ExitCode.Should().Be(3, run.Error);
        run.Output.Should().StartWith("2.001610 changed: the national record changed (limit, fees);");
        File.ReadAllText(Path.Combine(folder, "2.001610.json")).Should().Be(reviewed);
        var report = File.ReadAllText(Path.Combine(folder, "2.001610.national-changes.md"));
        report.Should().Contain("Changed: limit, fees.").And.Contain("kênh 1: 5 Ngày làm việc").And.Contain("100.000");
        report.Should().NotContain("## documents").And.NotContain("## name");
    }

    [Fact]
    public async Task Reimport_Draft_UnchangedThenRewrittenWhenTheRecordChanged()
    {
        Import("--code", "1.009994");

        var again = Import("--code", "1.009994");
        await ChangeAsync("1.009994", record => record["TENTTHC"] = "Cấp giấy phép xây dựng nhà ở riêng lẻ");
        var changed = Import("--code", "1.009994");

        again.Output.Should().StartWith("1.009994 unchanged:");
        changed.ExitCode.Should().Be(0);
        changed.Output.Should().StartWith("1.009994 rewritten: the national record changed (name);");
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "1.009994.json")))!["name"]!.GetValue<string>().Should().Be("Cấp giấy phép xây dựng nhà ở riêng lẻ");
    }

    [Fact]
    public async Task Import_TransientUnavailable_IsRetried()
    {
        await fake.ScriptAsync(Fault.Unavailable, Fault.Unavailable);

        var run = Import("--code", "2.001610");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("2.001610 written:");
        (await fake.StatsAsync())["faults"]!["Unavailable"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public void Import_UnknownCode_FailsWithExitOne()
    {
        var run = Import("--code", "9.999999");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("9.999999 failed: not in the national procedure database.");
        Directory.EnumerateFiles(folder).Should().BeEmpty();
    }

    private TthcRun Import(params string[] args) => TthcRun.Of(["catalogue", "import", "--from", fake.BaseUrl.AbsoluteUri, "--dir", folder, .. args]);

    /// <summary>What a reviewer does: the units and flow of the shipped procedure of the same code, the draft block deleted.</summary>
    private void Review(string code)
    {
        var path = Path.Combine(folder, $"{code}.json");
        var draft = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(Shipped, $"{code}.json")))!;
        draft["units"] = shipped["units"]!.DeepClone();
        draft["flow"] = shipped["flow"]!.DeepClone();
        draft.Remove("draft");
        File.WriteAllText(path, draft.ToJsonString());
    }

    private async Task ChangeAsync(string code, Action<JsonObject> change)
    {
        var record = (await fake.Control.GetFromJsonAsync<JsonObject>($"_fake/catalogue/{code}"))!;
        change(record);
        (await fake.Control.PutAsJsonAsync($"_fake/catalogue/{code}", record)).EnsureSuccessStatusCode();
    }
}
