using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// One call of any fake partner through the fault injector: the faults that come before the work (an outage, 503, a
/// cut connection, a slow answer) stop or delay it; those after it (500, no answer) hide that it was done.
/// </summary>
internal static class FaultedCall
{
    public static async Task<IResult> RunAsync(HttpContext http, FaultInjector faults, Func<Task<IResult>> work)
    {
        var fault = faults.Next();
        try
        {
            switch (fault)
            {
                case Fault.Outage or Fault.Unavailable:
                    return Results.Json(new JsonObject { ["error_code"] = "-1", ["message"] = "Hệ thống tạm thời gián đoạn" }, statusCode: StatusCodes.Status503ServiceUnavailable);
                case Fault.Drop:
                    http.Abort();
                    return Results.Empty;
                case Fault.Slow:
                    await Task.Delay(faults.Settings.SlowDelay, http.RequestAborted);
                    break;
            }

            var reply = await work();
            switch (fault)
            {
                case Fault.ErrorAfterWork:
                    return Results.Text("Internal Server Error", statusCode: StatusCodes.Status500InternalServerError);
                case Fault.TimeoutAfterWork:
                    await Task.Delay(faults.Settings.Hang, http.RequestAborted);
                    break;
            }

            return reply;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up: whatever was done stays done, as on a real server.
            return Results.Empty;
        }
    }

    /// <summary>The request's JSON body; null when it is not JSON.</summary>
    public static async Task<JsonNode?> ReadJsonAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
