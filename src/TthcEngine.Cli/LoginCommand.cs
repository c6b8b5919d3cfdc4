using System.CommandLine;
using System.Globalization;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.Cli;

/// <summary><c>tthc login</c>: a bearer token for an officer, printed or saved to a file only its owner can read.</summary>
internal static class LoginCommand
{
    public static Command Create()
    {
        var server = new ServerOptions();
        var user = new Option<string>("--user") { Description = "The officer's user name, e.g. xa-coc-san.mot-cua-xa.desk", Required = true };
        var password = new Option<string>("--password") { Description = "The officer's password", Required = true };
        var tokenFile = new Option<FileInfo>("--token-file") { Description = "Save the token to this file instead of printing it" };
        var command = new Command("login", "Sign in and print the bearer token (or save it with --token-file)") { user, password, tokenFile };
        server.AddTo(command, signedIn: false);
        command.SetAction(RemoteCall.Guarded(async (parsed, cancellationToken) =>
        {
            var api = server.Connect(parsed);
            var token = await api.TokenAsync(new SignInRequest(parsed.GetRequiredValue(user), parsed.GetRequiredValue(password)), cancellationToken);
            if (parsed.GetValue(tokenFile) is not { } file)
            {
                return token.AccessToken;
            }

            await SaveAsync(file, token.AccessToken, cancellationToken);
            return $"Token saved to {file.FullName} (valid {TimeSpan.FromSeconds(token.ExpiresIn).ToString("g", CultureInfo.InvariantCulture)}).";
        }));
        return command;
    }

    /// <summary>Writes the token readable by its owner only: it signs in as the officer until it expires.</summary>
    private static async Task SaveAsync(FileInfo file, string token, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(file.FullName, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteLineAsync(token.AsMemory(), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // An existing file keeps its mode on FileMode.Create.
            File.SetUnixFileMode(file.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
