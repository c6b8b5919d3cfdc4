using System.CommandLine;
using Refit;
using TthcEngine.Client;

namespace TthcEngine.Cli;

/// <summary>Runs a call to the service and turns its failures into a message on stderr and an exit code.</summary>
internal static class RemoteCall
{
    /// <summary>Exit code when the service could not be reached (no answer, a timeout, an unreadable token file).</summary>
    public const int Unreachable = 1;

    /// <summary>
    /// The action's output on stdout and exit 0; a request the service refused prints its code and both messages and
    /// exits <see cref="TthcCommand.RuleBroken"/>; no answer at all exits <see cref="Unreachable"/>.
    /// </summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guarded(Func<ParseResult, CancellationToken, Task<string>> action) => async (parsed, cancellationToken) =>
    {
        var error = parsed.InvocationConfiguration.Error;
        try
        {
            parsed.InvocationConfiguration.Output.WriteLine(await action(parsed, cancellationToken));
            return 0;
        }
        catch (ApiException e)
        {
            var problem = e.Problem();
            error.WriteLine($"tthc: the service refused the request ({problem.Status} {problem.Code})");
            error.WriteLine($"  {problem.MessageVi}");
            error.WriteLine($"  {problem.MessageEn}");
            foreach (var field in problem.Errors.Where(f => f.Code != problem.Code))
            {
                error.WriteLine($"  - {field.Field}: {field.MessageVi} / {field.MessageEn}");
            }

            return TthcCommand.RuleBroken;
        }
        catch (Exception e) when (e is ApiRequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"tthc: cannot reach the service: {(e.InnerException ?? e).Message}");
            return Unreachable;
        }
        catch (IOException e)
        {
            error.WriteLine($"tthc: {e.Message}");
            return Unreachable;
        }
    };
}
