using System.CommandLine;

namespace TthcEngine.Cli;

/// <summary><c>tthc dossier show</c>: a dossier found by its code, its state, active steps and timeline.</summary>
internal static class DossierShowCommand
{
    public static Command Create()
    {
        var server = new ServerOptions();
        var code = new Argument<string>("code") { Description = "The dossier code printed on the receipt" };
        var command = new Command("show", "Print a dossier's state, active steps and timeline") { code };
        server.AddTo(command, signedIn: true);
        command.SetAction(RemoteCall.Guarded(async (parsed, cancellationToken) =>
            DossierText.Officer(await server.Connect(parsed).DossierByCodeAsync(parsed.GetRequiredValue(code), cancellationToken))));
        return command;
    }
}
