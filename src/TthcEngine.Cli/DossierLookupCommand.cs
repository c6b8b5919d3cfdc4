using System.CommandLine;
using TthcEngine.Client.Models;

namespace TthcEngine.Cli;

/// <summary><c>tthc dossier lookup</c>: the public lookup by code and PIN, no sign-in.</summary>
internal static class DossierLookupCommand
{
    public static Command Create()
    {
        var server = new ServerOptions();
        var code = new Argument<string>("code") { Description = "The dossier code printed on the receipt" };
        var pin = new Option<string>("--pin") { Description = "The lookup PIN (mã tra cứu) printed on the receipt", Required = true };
        var command = new Command("lookup", "Print what the public sees of a dossier") { code, pin };
        server.AddTo(command, signedIn: false);
        command.SetAction(RemoteCall.Guarded(async (parsed, cancellationToken) =>
            DossierText.Public(await server.Connect(parsed).LookupAsync(
                new LookupRequest(parsed.GetRequiredValue(code), parsed.GetRequiredValue(pin)), cancellationToken))));
        return command;
    }
}
