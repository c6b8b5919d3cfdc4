using System.CommandLine;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Cli;

/// <summary><c>tthc validate</c>: checks procedure (and calendar) files, printing each error with its file, element and rule.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A procedure file, a folder of them, or the workflows/ folder" };
        var command = new Command("validate", "Check procedure definitions: exit 0 when all are valid, 2 with the errors otherwise") { path };
        command.SetAction(parsed =>
        {
            var results = ProcedureFiles.CheckAll(parsed.GetRequiredValue(path));
            var errors = results.SelectMany(r => r.Errors).ToList();
            var output = parsed.InvocationConfiguration.Output;
            foreach (var error in errors)
            {
                output.WriteLine(error);
            }

            var procedures = results.Count(r => r.Definition is not null);
            output.WriteLine(errors.Count == 0
                ? $"{procedures} procedure(s) valid; {results.Count - procedures} calendar file(s) read."
                : $"{errors.Count} error(s) in {results.Count(r => r.Errors.Count > 0)} file(s).");
            return errors.Count == 0 ? 0 : TthcCommand.RuleBroken;
        });
        return command;
    }
}
