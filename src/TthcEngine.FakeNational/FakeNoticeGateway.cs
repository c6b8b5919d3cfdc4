using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>A message the fake notification gateway took: the first copy of its reference, and how many came.</summary>
public sealed record FakeNotice(string Id, string Channel, string To, string? Subject, string Text, string Reference, DateTimeOffset ReceivedAt)
{
    public int Copies { get; set; } = 1;
}

/// <summary>
/// The province's notification gateway as the engine's notice sender sees it (docs/integration.md, "Notices to
/// applicants"): takes SMS and email, one message per reference (a copy of a reference answers the same id and is
/// counted, not kept); answers scripted statuses first; refuses numbers and addresses it is told are wrong, echoing them as gateways do.
/// </summary>
public sealed class FakeNoticeGateway(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<FakeNotice> received = [];
    private readonly Queue<int> script = new();
    private HashSet<string> wrongNumbers = new(StringComparer.Ordinal);
    private int calls;

    public IReadOnlyList<FakeNotice> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    public int Calls
    {
        get
        {
            lock (gate)
            {
                return calls;
            }
        }
    }

    /// <summary>The next calls answer these HTTP statuses, in order, without taking anything.</summary>
    public void Script(IEnumerable<int> statuses)
    {
        lock (gate)
        {
            foreach (var status in statuses)
            {
                script.Enqueue(status);
            }
        }
    }

    /// <summary>SMS to these numbers are refused (400), as a telecom refuses a number that does not exist.</summary>
    public void WrongNumbers(IEnumerable<string> numbers)
    {
        lock (gate)
        {
            wrongNumbers = new HashSet<string>(numbers, StringComparer.Ordinal);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            received.Clear();
            script.Clear();
            wrongNumbers.Clear();
            calls = 0;
        }
    }

    public IResult Take(string channel, JsonNode? body)
    {
        var to = body?[channel == "sms" ? "phone" : "to"]?.GetValue<string>();
        var text = body?[channel == "sms" ? "message" : "body"]?.GetValue<string>();
        var subject = channel == "email" ? body?["subject"]?.GetValue<string>() : null;
        var reference = body?["reference"]?.GetValue<string>();
        lock (gate)
        {
            calls++;
            if (script.TryDequeue(out var status))
            {
                return Results.Json(new { error = $"scripted {status}" }, statusCode: status);
            }

            if (string.IsNullOrEmpty(to) || string.IsNullOrEmpty(text) || string.IsNullOrEmpty(reference) || (channel == "email" && string.IsNullOrEmpty(subject)))
            {
                return Results.Json(new { error = "Thiếu người nhận, nội dung hoặc mã tham chiếu" }, statusCode: StatusCodes.Status400BadRequest);
            }

            if (wrongNumbers.Contains(to))
            {
                var error = channel == "sms" ? $"Số điện thoại {to} không tồn tại" : $"Địa chỉ thư <{to}> không tồn tại";
                return Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);
            }

            if (received.FirstOrDefault(n => n.Reference == reference) is { } copy)
            {
                copy.Copies++;
                return Results.Json(new { id = copy.Id });
            }

            var notice = new FakeNotice($"{channel.ToUpperInvariant()}-{received.Count + 1:D6}", channel, to, subject, text, reference, time.GetUtcNow());
            received.Add(notice);
            return Results.Json(new { id = notice.Id });
        }
    }
}

/// <summary>
/// The fake notification gateway: <c>POST /notices/sms</c> and <c>POST /notices/email</c> (so the engine's
/// <c>Notices:BaseUrl</c> is the fake's address plus <c>notices/</c>); controls <c>GET /_fake/notices</c>,
/// <c>POST /_fake/notices/script</c> (statuses, e.g. <c>[503, 500]</c>), <c>PUT /_fake/notices/wrong-numbers</c>,
/// <c>POST /_fake/notices/reset</c>.
/// </summary>
public static class NoticeGatewayEndpoints
{
    public static IEndpointRouteBuilder MapNoticeGatewayEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/notices/{channel:regex(^(sms|email)$)}", async (string channel, HttpContext http, FakeNoticeGateway gateway) =>
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.Json(new { error = "Dữ liệu phải là JSON" }, statusCode: StatusCodes.Status400BadRequest);
            }

            return gateway.Take(channel, body);
        });
        var control = app.MapGroup("/_fake/notices");
        control.MapGet("/", (FakeNoticeGateway gateway) => Results.Json(new { gateway.Calls, gateway.Received }));
        control.MapPost("/script", (int[] statuses, FakeNoticeGateway gateway) =>
        {
            gateway.Script(statuses);
            return Results.NoContent();
        });
        control.MapPut("/wrong-numbers", (string[] numbers, FakeNoticeGateway gateway) =>
        {
            gateway.WrongNumbers(numbers);
            return Results.NoContent();
        });
        control.MapPost("/reset", (FakeNoticeGateway gateway) =>
        {
            gateway.Reset();
            return Results.NoContent();
        });
        return app;
    }
}
