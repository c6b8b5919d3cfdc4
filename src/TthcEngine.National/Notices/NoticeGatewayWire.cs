using System.Text.Json.Serialization;

namespace TthcEngine.National.Notices;

/// <summary>An SMS for the gateway: <c>{phone, message, reference}</c>; the same reference on every attempt of one notice.</summary>
public sealed record SmsRequest(
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("reference")] string Reference);

/// <summary>An email for the gateway: <c>{to, subject, body, reference}</c>, the body plain text.</summary>
public sealed record EmailRequest(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("reference")] string Reference);

/// <summary>The gateway's answer: its id of the message when it took it, or why not.</summary>
public sealed record NoticeGatewayReply(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("error")] string? Error);
