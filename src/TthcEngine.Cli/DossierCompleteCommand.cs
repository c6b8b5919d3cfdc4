using System.CommandLine;
using TthcEngine.Client.Models;

namespace TthcEngine.Cli;

/// <summary><c>tthc dossier complete</c>: completes an active step of a dossier found by its code.</summary>
internal static class DossierCompleteCommand
{
    public static Command Create()
    {
        var server = new ServerOptions();
        var code = new Argument<string>("code") { Description = "The dossier code" };
        var step = new Option<string>("--step") { Description = "The active step's id, as 'tthc dossier show' lists it", Required = true };
        var opinion = new Option<string>("--opinion") { Description = "The officer's opinion (ý kiến)" };
        var key = new Option<string>("--idempotency-key") { Description = "Send again with the same key to get the same answer instead of completing twice" };
        var command = new Command("complete", "Complete a step and print the dossier's state after it") { code, step, opinion, key };
        server.AddTo(command, signedIn: true);
        command.SetAction(RemoteCall.Guarded(async (parsed, cancellationToken) =>
        {
            var api = server.Connect(parsed);
            var dossier = await api.DossierByCodeAsync(parsed.GetRequiredValue(code), cancellationToken);
            var done = await api.CompleteAsync(
                dossier.Id, parsed.GetRequiredValue(step), new CompleteRequest(parsed.GetValue(opinion)), parsed.GetValue(key), cancellationToken);
            return DossierText.Command(done);
        }));
        return command;
    }
}
