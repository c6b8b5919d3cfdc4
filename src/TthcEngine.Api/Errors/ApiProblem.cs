using Microsoft.AspNetCore.Http.HttpResults;

namespace TthcEngine.Api.Errors;

/// <summary>
/// An RFC 7807 problem with a stable error <c>code</c> and the message in Vietnamese (<c>messageVi</c>) and English
/// (<c>messageEn</c>, also the <c>detail</c>).
/// </summary>
internal static class ApiProblem
{
    public static ProblemHttpResult Create(int status, string code, string messageVi, string messageEn) =>
        TypedResults.Problem(
            statusCode: status,
            title: messageEn,
            detail: messageEn,
            type: $"https://tthc-engine/errors/{code}",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = code,
                ["messageVi"] = messageVi,
                ["messageEn"] = messageEn,
            });

    /// <summary>422: the request is well formed but a value in it is not acceptable.</summary>
    public static ProblemHttpResult Invalid(string code, string messageVi, string messageEn) =>
        Create(StatusCodes.Status422UnprocessableEntity, code, messageVi, messageEn);
}
