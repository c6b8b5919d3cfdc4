using Refit;
using TthcEngine.National.Payment.Wire;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Payment;

/// <summary>
/// The national payment platform (thanh toán trực tuyến trên Cổng DVCQG), protocol 1.0.6 (shared/national-api.md §3):
/// JSON posted to one path per message, the paths from <see cref="PaymentOptions"/>.
/// </summary>
public interface IPaymentApi
{
    /// <summary>INIT: <c>{error_code, message}</c>, the payment page in <c>message</c> as a JSON string.</summary>
    [Post("/{**path}")]
    Task<IApiResponse<PortalReply>> InitAsync(string path, [Body] PaymentInitRequest request, CancellationToken cancellationToken);

    /// <summary>QUERY: the transaction's state.</summary>
    [Post("/{**path}")]
    Task<IApiResponse<PaymentLookupReply>> QueryAsync(string path, [Body] PaymentLookupRequest request, CancellationToken cancellationToken);

    /// <summary>GET_BILL: the receipt as a PDF stream.</summary>
    [Post("/{**path}")]
    Task<HttpResponseMessage> GetBillAsync(string path, [Body] PaymentLookupRequest request, CancellationToken cancellationToken);
}
