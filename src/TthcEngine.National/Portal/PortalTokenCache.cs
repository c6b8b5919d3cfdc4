using System.Net.Http.Json;
using System.Text.Json;
using TthcEngine.National.Portal.Wire;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Portal;

/// <summary>The gateway token shared by every handler instance, renewed a minute before it expires.</summary>
internal sealed class PortalTokenCache(IHttpClientFactory clients, PortalOptions options, TimeProvider time)
{
    public const string ClientName = "TthcEngine.National.PortalToken";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || time.GetUtcNow() >= renewAt)
            {
                (token, var lifetime) = await RequestAsync(cancellationToken);
                renewAt = time.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1);
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget(string stale) => Interlocked.CompareExchange(ref token, null, stale);

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ClientId ?? "",
            ["client_secret"] = options.ClientSecret ?? "",
        });
        using var response = await clients.CreateClient(ClientName).PostAsync(options.TokenPath, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PartnerNotReachedException($"The gateway refused a token: HTTP {(int)response.StatusCode}.");
        }

        var reply = await response.Content.ReadFromJsonAsync<PortalReply>(cancellationToken);
        if (reply is null || PortalAnswer.From(reply).Kind != PortalAnswerKind.Accepted || string.IsNullOrEmpty(reply.Message))
        {
            throw new PartnerNotReachedException($"The gateway refused a token: error_code {reply?.ErrorCode}.");
        }

        using var document = JsonDocument.Parse(reply.Message);
        var root = document.RootElement;
        var value = root.GetProperty("access_token").GetString() ?? throw new PartnerNotReachedException("The gateway's token is empty.");
        var seconds = root.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var s) ? s : 300;
        return (value, TimeSpan.FromSeconds(Math.Max(seconds, 120)));
    }
}
