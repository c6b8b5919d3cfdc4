using Microsoft.AspNetCore.Diagnostics;
using TthcEngine.Domain;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.Api.Errors;

/// <summary>
/// Maps the engine's exceptions to problems: a broken business rule is 422, a change that lost a race is 409, a dossier
/// that does not exist (or is not the caller's to know) is 404, a body that is not valid JSON is 400. Every other
/// exception stays a 500 (house style §14).
/// </summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ConcurrentChangeException => ApiProblem.Create(
                StatusCodes.Status409Conflict,
                "dossier.concurrent-change",
                "Hồ sơ vừa được người khác thay đổi; hãy tải lại và thử lại.",
                "Someone else changed the dossier at the same moment; reload it and try again."),
            DossierNotFoundException => ApiProblems.DossierNotFound(),
            DomainRuleException rule => ApiProblem.Invalid(rule.Code, VietnameseMessages.For(rule.Code), rule.Message),
            BadHttpRequestException bad => ApiProblem.Create(
                bad.StatusCode,
                "request.malformed",
                "Yêu cầu không đúng định dạng (JSON hoặc tham số không hợp lệ).",
                "The request is malformed (invalid JSON or parameters)."),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }
}
