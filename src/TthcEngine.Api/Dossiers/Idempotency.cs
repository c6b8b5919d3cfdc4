using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Errors;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// <c>Idempotency-Key</c> on receive and complete: the first answer is stored with the change it made (same
/// transaction) and a retry with the same key and body gets it back, so a retried request never makes a second dossier
/// or completion. The same key with another body is refused. Stored answers are protected: a receipt holds the PIN.
/// </summary>
internal sealed class Idempotency(TthcDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new VietnamTimeJsonConverter() } };

    private readonly IDataProtector protector = protection.CreateProtector("TthcEngine.Idempotency.v1");

    /// <summary>The request's key, or null without one; a key longer than 200 characters is a problem.</summary>
    public sealed record Request(string StoreKey, string Hash);

    public static (Request? Request, IResult? Problem) Read(HttpContext context, string operation, string user, object body)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return (null, null);
        }

        if (key.Length > 200)
        {
            return (null, ApiProblem.Create(
                StatusCodes.Status400BadRequest,
                "idempotency.key-too-long",
                "Khóa Idempotency-Key dài quá 200 ký tự.",
                "The Idempotency-Key is longer than 200 characters."));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context.Request.Path + "\n" + JsonSerializer.Serialize(body, Json))));
        return (new Request($"{operation}:{user}:{key}", hash), null);
    }

    /// <summary>The stored answer of an earlier request with this key, or null when it is the first.</summary>
    public async Task<IResult?> ReplayAsync(Request request, CancellationToken cancellationToken)
    {
        var stored = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Key == request.StoreKey, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (stored.RequestHash != request.Hash)
        {
            return ApiProblem.Create(
                StatusCodes.Status422UnprocessableEntity,
                "idempotency.key-reused",
                "Khóa Idempotency-Key đã được dùng cho một yêu cầu khác.",
                "This Idempotency-Key was already used for a different request.");
        }

        return Results.Content(protector.Unprotect(stored.Response), "application/json", Encoding.UTF8, stored.StatusCode);
    }

    /// <summary>Adds the answer to the context; the caller saves it with its change.</summary>
    public void Remember(Request request, int statusCode, object response) =>
        db.IdempotencyKeys.Add(new IdempotencyRecord
        {
            Key = request.StoreKey,
            RequestHash = request.Hash,
            StatusCode = statusCode,
            Response = protector.Protect(JsonSerializer.Serialize(response, Json)),
            CreatedAt = time.GetUtcNow(),
        });
}
