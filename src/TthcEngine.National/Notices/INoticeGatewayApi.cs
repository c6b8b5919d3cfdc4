using Refit;

namespace TthcEngine.National.Notices;

/// <summary>
/// The province's notification gateway (SMS brand name and mail), paths from <c>NoticeOptions</c>. No national contract
/// exists for it: this is ours (docs/integration.md, "Notices to applicants"), a thin adapter in front of a telecom's or
/// the province's own API. 2xx took the message; 400 or 422 refused it for good (a wrong number or address).
/// </summary>
public interface INoticeGatewayApi
{
    [Post("/{**path}")]
    Task<IApiResponse<NoticeGatewayReply>> SendSmsAsync(string path, [Body] SmsRequest request, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<IApiResponse<NoticeGatewayReply>> SendEmailAsync(string path, [Body] EmailRequest request, CancellationToken cancellationToken);
}
