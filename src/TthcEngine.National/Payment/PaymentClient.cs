using System.Globalization;
using System.Text.Json;
using Refit;
using TthcEngine.National.Payment.Wire;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Payment;

/// <summary>
/// The payment platform's messages in our terms: the wire format (strings, <c>yyyyMMddHHmmss</c> Vietnam dates, the
/// <c>error_code</c> and <c>MaLoi</c> conventions, MaXacThuc) stays here. A call without a usable answer throws
/// <see cref="PaymentUnavailableException"/>.
/// </summary>
public sealed class PaymentClient(IPaymentApi api, PaymentOptions options)
{
    /// <summary>INIT: creates the payment at the platform; the payment page the payer is sent to.</summary>
    public async Task<Uri> InitAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var amount = order.Amount.ToString(CultureInfo.InvariantCulture);
        var request = new PaymentInitRequest
        {
            PartnerCode = options.PartnerCode,
            Reference = order.Reference,
            Amount = amount,
            Description = order.Description,
            At = PortalDates.Write(order.At),
            Ip = order.PayerIp,
            ReceiptInfo = new PaymentReceiptInfo
            {
                ServiceCode = order.ProcedureCode + ".01",
                ServiceName = order.ProcedureName,
                ProcedureCode = order.ProcedureCode,
                ProcedureName = order.ProcedureName,
                UnitCode = order.UnitCode,
                UnitName = order.UnitName,
                DossierCode = order.DossierCode,
                BeneficiaryAccount = options.BeneficiaryAccount,
                BeneficiaryBank = options.BeneficiaryBank,
                BeneficiaryName = options.BeneficiaryName,
                PaymentContent = order.Description,
                PayerName = order.PayerName,
                PayerIdNumber = order.PayerIdNumber,
                PayerAddress = order.PayerAddress,
                Fees = [new PaymentFeeLine { Kind = options.FeeKind, Code = order.ProcedureCode, Name = order.Description, Amount = amount }],
                Dues = [new PaymentDueLine { Content = order.Description, Amount = amount }],
            },
        };
        request = request with { AuthCode = PaymentAuthCode.ForInit(request, options.Secret) };
        var reply = await CallAsync(() => api.InitAsync(options.InitPath, request, cancellationToken), cancellationToken);
        if (reply.ErrorCode is not ("0" or "00"))
        {
            throw new PaymentUnavailableException($"The payment platform refused the payment with error_code {reply.ErrorCode}.", reply.ErrorCode ?? "");
        }

        return PaymentPage(reply.Message)
            ?? throw new PaymentUnavailableException("The payment platform's answer holds no payment page (UrlThanhToan).", reply.ErrorCode);
    }

    /// <summary>QUERY: the transaction's state at the platform.</summary>
    public async Task<PlatformPaymentStatus> QueryAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(() => api.QueryAsync(options.QueryPath, Lookup(PaymentLookupRequest.Query, reference, at), cancellationToken), cancellationToken);
        if (reply.ErrorCode is not "00")
        {
            throw new PaymentUnavailableException($"The payment platform refused the query with MaLoi {reply.ErrorCode}.", reply.ErrorCode ?? "");
        }

        var state = reply.TransactionState switch
        {
            "1" => PlatformPaymentState.Paid,
            "4" => PlatformPaymentState.Failed,
            _ => PlatformPaymentState.Pending,
        };
        long? amount = long.TryParse(reply.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        return new PlatformPaymentStatus(state, Blank(reply.TransactionId), Blank(reply.Bank), amount, reply.ErrorText);
    }

    /// <summary>GET_BILL: the receipt, a PDF.</summary>
    public async Task<byte[]> GetBillAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await api.GetBillAsync(options.BillPath, Lookup(PaymentLookupRequest.GetBill, reference, at), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not PaymentUnavailableException)
        {
            throw Failure(PartnerCalls.Classify(e), e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new PaymentUnavailableException($"The payment platform answered HTTP {(int)response.StatusCode} to GET_BILL.");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.AsSpan().StartsWith("%PDF-"u8)
                ? bytes
                : throw new PaymentUnavailableException("The payment platform's receipt is not a PDF (no receipt for this reference yet?).");
        }
    }

    private PaymentLookupRequest Lookup(string messageType, string reference, DateTimeOffset at)
    {
        var request = new PaymentLookupRequest { MessageType = messageType, PartnerCode = options.PartnerCode, Reference = reference, At = PortalDates.Write(at) };
        return request with { AuthCode = PaymentAuthCode.ForLookup(request, options.Secret) };
    }

    /// <summary>The payment page from INIT's message, a JSON string <c>{"UrlThanhToan": …}</c>; null when it holds none.</summary>
    private static Uri? PaymentPage(string? message)
    {
        try
        {
            var page = message is null ? null : JsonSerializer.Deserialize<PaymentPageMessage>(message, WireJson.Options);
            return Uri.TryCreate(page?.PaymentUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static async Task<T> CallAsync<T>(Func<Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        var response = await PartnerCalls.SendAsync(call, Failure, cancellationToken);
        return !response.IsSuccessStatusCode
            ? throw new PaymentUnavailableException($"The payment platform answered HTTP {(int)response.StatusCode!.Value}.")
            : response.Content ?? throw new PaymentUnavailableException("The payment platform's answer could not be read.", inner: response.Error);
    }

    private static PaymentUnavailableException Failure(PartnerCallFailure failure, Exception exception) => failure switch
    {
        PartnerCallFailure.CircuitOpen => new("The payment platform's circuit is open.", inner: exception),
        PartnerCallFailure.NotReached => new("The payment platform could not be reached.", inner: exception),
        PartnerCallFailure.NoAnswerInTime => new("The payment platform did not answer in time.", inner: exception),
        PartnerCallFailure.Unreadable => new("The payment platform's answer could not be read.", inner: exception),
        _ => new("The connection to the payment platform failed.", inner: exception),
    };
}
