using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary><c>tthc dossier receive</c>: tiếp nhận a complete dossier at the signed-in officer's desk.</summary>
internal static class DossierReceiveCommand
{
    private static readonly string[] Kinds = ["original", "copy", "certifiedCopy", "electronic"];

    public static Command Create()
    {
        var server = new ServerOptions();
        var procedure = new Option<string>("--procedure") { Description = "The procedure code, e.g. 1.001193", Required = true };
        var name = new Option<string>("--applicant-name") { Description = "The applicant's full name (or organisation)", Required = true };
        var idNumber = new Option<string>("--id-number") { Description = "Số định danh cá nhân (12 digits) or tax code", Required = true };
        var documents = new Option<List<DocumentInput>>("--document")
        {
            Description = "A paper presented: ID[:kind[:quantity]], kind one of original, copy, certifiedCopy, electronic; repeat for each",
            CustomParser = ParseDocuments,
            DefaultValueFactory = _ => [],
        };
        var lane = new Option<string>("--lane") { Description = "standard (default) or greenLane" };
        lane.AcceptOnlyFromAmong("standard", "greenLane");
        var key = new Option<string>("--idempotency-key") { Description = "Send again with the same key to get the same receipt instead of a second dossier" };
        var command = new Command("receive", "Receive a dossier and print its code, PIN and appointment") { procedure, name, idNumber, documents, lane, key };
        server.AddTo(command, signedIn: true);
        command.SetAction(RemoteCall.Guarded(async (parsed, cancellationToken) =>
        {
            var request = new ReceiveRequest(
                parsed.GetRequiredValue(procedure),
                new ApplicantInput(parsed.GetRequiredValue(name), parsed.GetRequiredValue(idNumber), null, null, null),
                parsed.GetRequiredValue(documents),
                Lane: parsed.GetValue(lane) ?? "standard");
            var received = await server.Connect(parsed).ReceiveAsync(request, parsed.GetValue(key), cancellationToken);
            return string.Join(Environment.NewLine,
                $"code: {received.Code}",
                $"pin: {received.Pin}",
                $"due: {IsoText.FormatInstant(received.DueAt)}",
                $"id: {received.Id}");
        }));
        return command;
    }

    private static List<DocumentInput> ParseDocuments(ArgumentResult result)
    {
        var papers = new List<DocumentInput>();
        foreach (var token in result.Tokens)
        {
            var parts = token.Value.Split(':');
            var quantity = 1;
            if (parts.Length > 3 || parts[0].Length == 0
                || (parts.Length > 1 && !Kinds.Contains(parts[1], StringComparer.Ordinal))
                || (parts.Length > 2 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out quantity)))
            {
                result.AddError($"--document: '{token.Value}' is not ID[:kind[:quantity]] with kind one of {string.Join(", ", Kinds)}.");
                continue;
            }

            papers.Add(new DocumentInput(parts[0], parts.Length > 1 ? parts[1] : "original", quantity));
        }

        return papers;
    }
}
