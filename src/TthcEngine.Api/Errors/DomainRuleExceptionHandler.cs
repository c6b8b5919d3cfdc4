using Microsoft.AspNetCore.Diagnostics;
using TthcEngine.Domain;

namespace TthcEngine.Api.Errors;

/// <summary>Maps a broken business rule to a 422 problem; every other exception stays a 500 (house style §14).</summary>
internal sealed class DomainRuleExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainRuleException rule)
        {
            return false;
        }

        var problem = ApiProblem.Invalid(rule.Code, VietnameseMessages.For(rule.Code), rule.Message);
        await problem.ExecuteAsync(httpContext);
        return true;
    }
}
