using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Catalogue.Import;

namespace TthcEngine.Cli;

/// <summary>
/// <c>tthc catalogue import</c>: national records into draft procedure files, one line per procedure. Never writes to a
/// reviewed file; a reviewed file whose national record changed gets a change report beside it (docs/integration.md).
/// </summary>
internal static class CatalogueImportCommand
{
    /// <summary>Exit code when the national record of a reviewed file changed: the report says what to review.</summary>
    public const int RecordChanged = 3;

    /// <summary>Exit code when a procedure could not be imported (no answer, not in the database, no draft possible).</summary>
    public const int Failed = 1;

    public static Command Create()
    {
        var from = new Option<Uri>("--from")
        {
            Description = "The catalogue adapter's base address; default National__Catalogue__BaseUrl from the environment",
            CustomParser = result => ServerOptions.HttpAddress(result, "--from"),
        };
        var codes = new Option<string[]>("--code") { Description = "A national procedure code (MATTHC); repeat for several", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Every procedure the database lists (with --unit, one unit's)" };
        var unit = new Option<string>("--unit") { Description = "With --all: the unit's code (maDonVi), e.g. H56" };
        var dir = new Option<string>("--dir") { Description = "The procedures folder", DefaultValueFactory = _ => Path.Combine("workflows", "procedures") };
        var command = new Command("import", "Draft procedure files from national records; exit 0, 1 if one failed, 3 if a reviewed file's record changed")
        {
            from, codes, all, unit, dir,
        };
        command.Validators.Add(result =>
        {
            var some = result.GetValue(codes) is { Length: > 0 };
            if (some == result.GetValue(all))
            {
                result.AddError("Give either --code (one or more) or --all.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
                .GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions();
            options.BaseUrl = parsed.GetValue(from) ?? options.BaseUrl;
            if (options.BaseUrl is null)
            {
                parsed.InvocationConfiguration.Error.WriteLine("tthc: give --from or set National__Catalogue__BaseUrl.");
                return Failed;
            }

            await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddNationalCatalogue(options).BuildServiceProvider();
            var import = new CatalogueImport(services.GetRequiredService<CatalogueClient>(), TimeProvider.System);
            IReadOnlyList<ImportOutcome> outcomes;
            try
            {
                outcomes = await import.ImportAsync(parsed.GetValue(codes) ?? [], parsed.GetValue(unit), parsed.GetRequiredValue(dir), cancellationToken);
            }
            catch (CatalogueUnavailableException e)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"tthc: cannot read the procedure list: {e.Message}");
                return Failed;
            }

            foreach (var outcome in outcomes)
            {
                (outcome.Action == ImportAction.Failed ? parsed.InvocationConfiguration.Error : parsed.InvocationConfiguration.Output).WriteLine(outcome);
            }

            return outcomes.Any(o => o.Action == ImportAction.Failed) ? Failed
                : outcomes.Any(o => o.Action == ImportAction.Changed) ? RecordChanged
                : 0;
        });
        return command;
    }
}
