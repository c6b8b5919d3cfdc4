using Microsoft.AspNetCore.Http.HttpResults;

namespace TthcEngine.Api.Errors;

/// <summary>
/// Collects every problem of a request before anything is stored, and answers them all at once: a 422 whose code is the
/// single problem's code (or <c>request.invalid</c> when there are several) with the list in <c>errors</c>.
/// </summary>
internal sealed class RequestCheck
{
    private readonly List<FieldError> errors = [];

    public sealed record FieldError(string Field, string Code, string MessageVi, string MessageEn);

    public bool Failed => errors.Count > 0;

    public RequestCheck Add(string field, string code, string messageVi, string messageEn)
    {
        errors.Add(new FieldError(field, code, messageVi, messageEn));
        return this;
    }

    public void Require(bool condition, string field, string code, string messageVi, string messageEn)
    {
        if (!condition)
        {
            Add(field, code, messageVi, messageEn);
        }
    }

    public ProblemHttpResult Problem()
    {
        var single = errors.Count == 1 ? errors[0] : null;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: single?.MessageEn ?? "The request has several problems.",
            detail: string.Join(" ", errors.Select(e => e.MessageEn)),
            type: $"https://tthc-engine/errors/{single?.Code ?? "request.invalid"}",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = single?.Code ?? "request.invalid",
                ["messageVi"] = string.Join(" ", errors.Select(e => e.MessageVi)),
                ["messageEn"] = string.Join(" ", errors.Select(e => e.MessageEn)),
                ["errors"] = errors,
            });
    }
}
