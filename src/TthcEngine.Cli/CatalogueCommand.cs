using System.CommandLine;

namespace TthcEngine.Cli;

/// <summary><c>tthc catalogue</c>: the national procedure database (CSDL quốc gia về TTHC).</summary>
internal static class CatalogueCommand
{
    public static Command Create()
    {
        var command = new Command("catalogue", "The national procedure database (CSDL quốc gia về thủ tục hành chính)");
        command.Subcommands.Add(CatalogueImportCommand.Create());
        return command;
    }
}
