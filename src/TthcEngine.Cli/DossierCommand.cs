using System.CommandLine;

namespace TthcEngine.Cli;

/// <summary><c>tthc dossier</c>: receive, follow and complete dossiers on a running service, and the public lookup.</summary>
internal static class DossierCommand
{
    public static Command Create()
    {
        var command = new Command("dossier", "Work with dossiers (hồ sơ) on a running service");
        command.Subcommands.Add(DossierReceiveCommand.Create());
        command.Subcommands.Add(DossierShowCommand.Create());
        command.Subcommands.Add(DossierCompleteCommand.Create());
        command.Subcommands.Add(DossierLookupCommand.Create());
        return command;
    }
}
