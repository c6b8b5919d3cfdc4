using System.Net;
using Refit;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Notices;

/// <summary>What became of one attempt to hand a notice to the gateway.</summary>
/// <param name="Sent">The gateway took it.</param>
/// <param name="Final">The gateway refused it for good: trying again would not help.</param>
/// <param name="Error">Why it was not sent (never the text or the recipient).</param>
public sealed record NoticeAttempt(bool Sent, string? GatewayId, bool Final, string? Error)
{
    public static NoticeAttempt Took(string? gatewayId) => new(true, gatewayId, false, null);

    public static NoticeAttempt Retry(string error) => new(false, null, false, error);

    public static NoticeAttempt Refused(string error) => new(false, null, true, error);
}

/// <summary>Hands notices to the gateway, in our terms; transport failures are attempts to retry, not exceptions.</summary>
public sealed partial class NoticeGatewayClient(INoticeGatewayApi api, NoticeOptions options)
{
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<NoticeAttempt> SendAsync(ApplicantNoticeRecord notice, CancellationToken cancellationToken)
    {
        var reference = notice.Id.ToString();
        IApiResponse<NoticeGatewayReply> response;
        try
        {
            response = await PartnerCalls.SendAsync(
                () => notice.Channel == "email"
                    ? api.SendEmailAsync(options.EmailPath, new EmailRequest(notice.Recipient, notice.Subject ?? notice.Reference, notice.Text, reference), cancellationToken)
                    : api.SendSmsAsync(options.SmsPath, new SmsRequest(notice.Recipient, notice.Text, reference), cancellationToken),
                (failure, e) => new NoticeGatewayException(failure, e),
                cancellationToken);
        }
        catch (NoticeGatewayException e)
        {
            return NoticeAttempt.Retry(e.Failure switch
            {
                PartnerCallFailure.CircuitOpen => "The notification gateway's circuit is open.",
                PartnerCallFailure.NotReached => "The notification gateway could not be reached.",
                PartnerCallFailure.NoAnswerInTime => "The notification gateway did not answer in time.",
                PartnerCallFailure.Unreadable => "The notification gateway's answer could not be read.",
                _ => "The connection to the notification gateway failed.",
            });
        }

        var status = response.StatusCode!.Value;
        if (response.IsSuccessStatusCode)
        {
            return NoticeAttempt.Took(Cut(response.Content?.Id, 128));
        }

        var said = Cut(Recipients().Replace(ErrorOf(response) ?? "", "***"), 200) is { Length: > 0 } error ? $": {error}" : "";
        return status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
            ? NoticeAttempt.Refused($"The notification gateway refused the {notice.Channel} (HTTP {(int)status}){said}")
            : NoticeAttempt.Retry($"The notification gateway answered HTTP {(int)status}{said}");
    }

    /// <summary>The gateway's <c>error</c>: Refit keeps a refusal's body in the response's error, not its content.</summary>
    private static string? ErrorOf(IApiResponse<NoticeGatewayReply> response)
    {
        if ((response.Error as ApiException)?.Content is not { Length: > 0 } body)
        {
            return null;
        }

        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body)?["error"]?.GetValue<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    /// <summary>
    /// What the gateway may echo of a recipient, hidden from the error kept: an email address (anything around an
    /// <c>@</c> up to a space, a quote, a bracket or a separator), or a run of 9 or more digits (a phone number).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s@""'<>(),;:\[\]]+@[^\s@""'<>(),;:\[\]]+|\d{9,}")]
    private static partial System.Text.RegularExpressions.Regex Recipients();
}

/// <summary>A call to the gateway got no usable answer.</summary>
public sealed class NoticeGatewayException(PartnerCallFailure failure, Exception inner) : Exception("The notification gateway call failed: " + failure, inner)
{
    public PartnerCallFailure Failure { get; } = failure;
}
