using System.Diagnostics;

namespace TthcEngine.Cli.Tests;

/// <summary>
/// Every shipped file conforms to its JSON Schema in workflows/schema/, checked by infra/check-schemas.py (Debian's
/// python3-jsonschema: no .NET validator of draft 2020-12 is served here), and the schemas reject broken files.
/// </summary>
public sealed class SchemaTests : IDisposable
{
    private static readonly string Workflows = Path.Combine(AppContext.BaseDirectory, "workflows");
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-schema-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("procedure", "procedures")]
    [InlineData("calendar", "calendars")]
    public async Task ShippedFiles_ConformToTheirSchema(string schema, string files)
    {
        var paths = Directory.EnumerateFiles(Path.Combine(Workflows, files), "*.json").ToList();

        var (exitCode, output) = await Check(schema, paths);

        paths.Should().NotBeEmpty();
        output.Should().BeEmpty();
        exitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("procedure", """{ "code": "1.001193", "name": "x" }""", "'field' is a required property")]
    [InlineData("procedure", """{ "code": "1.001193", "name": "x", "field": "x", "level": "district", "version": 1, "statutoryLimit": { "amount": 1, "unit": "workingDays" }, "source": "x", "legalBasis": [], "documents": [], "units": [], "flow": [] }""", "level")]
    [InlineData("calendar", """{ "calendar": "vn", "year": 2026, "status": "official", "days": [ { "date": "2026-01-01", "kind": "feast", "name": "x" } ] }""", "days/0/kind")]
    public async Task BrokenFile_RejectedWithItsPath(string schema, string json, string expected)
    {
        var path = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(path, json);

        var (exitCode, output) = await Check(schema, [path]);

        exitCode.Should().Be(1);
        output.Should().Contain("broken.json").And.Contain(expected);
    }

    internal static async Task<(int ExitCode, string Output)> Check(string schema, IEnumerable<string> files)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "check-schemas.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Path.Combine(Workflows, "schema", $"{schema}.schema.json"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output + await error).Trim());
    }
}
