using System.CommandLine;
using TthcEngine.Client;

namespace TthcEngine.Cli;

/// <summary>
/// The options of the commands that talk to a running service: <c>--server</c>, and for officers' commands the bearer
/// token, given itself (<c>--token</c>) or as the file <c>tthc login --token-file</c> wrote (<c>--token-file</c>).
/// </summary>
internal sealed class ServerOptions
{
    public Option<Uri> Server { get; } = new("--server")
    {
        Description = "The service's address, e.g. http://127.0.0.1:5080",
        Required = true,
        CustomParser = result => HttpAddress(result, "--server"),
    };

    /// <summary>An option's value as an http:// or https:// address; an error on the option otherwise.</summary>
    public static Uri? HttpAddress(System.CommandLine.Parsing.ArgumentResult result, string option)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"{option}: '{text}' is not an http:// or https:// address.");
        return null;
    }

    public Option<string> Token { get; } = new("--token") { Description = "The bearer token printed by 'tthc login'" };

    public Option<FileInfo> TokenFile { get; } = new("--token-file") { Description = "A file holding the bearer token, as written by 'tthc login --token-file'" };

    /// <summary>Adds <c>--server</c>, and with <paramref name="signedIn"/> the token options (exactly one of them required).</summary>
    public void AddTo(Command command, bool signedIn)
    {
        command.Options.Add(Server);
        if (!signedIn)
        {
            return;
        }

        command.Options.Add(Token);
        command.Options.Add(TokenFile);
        command.Validators.Add(result =>
        {
            if ((result.GetResult(Token) is null) == (result.GetResult(TokenFile) is null))
            {
                result.AddError("Give the bearer token with --token or --token-file (one of them).");
            }
        });
    }

    /// <summary>A client of the service, signed in when a token was given.</summary>
    /// <exception cref="IOException">The token file cannot be read.</exception>
    public ITthcApi Connect(ParseResult parsed)
    {
        var token = parsed.GetValue(Token);
        if (parsed.GetValue(TokenFile) is { } file)
        {
            token = File.ReadAllText(file.FullName).Trim();
        }

        return TthcClient.Create(parsed.GetRequiredValue(Server), token);
    }
}
