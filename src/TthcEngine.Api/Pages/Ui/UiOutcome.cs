using Microsoft.AspNetCore.Http.HttpResults;
using TthcEngine.Api.Errors;
using TthcEngine.Domain;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.Api.Pages.Ui;

/// <summary>
/// What an API handler answered, read back for a page: its value, or the problem's messages in both languages. The
/// pages run the very handlers the API maps, so a rule holds alike for both; the exceptions the API's exception handler
/// maps are caught here the same way.
/// </summary>
internal sealed record UiOutcome(bool Ok, object? Value, string? MessageVi, string? MessageEn)
{
    public static async Task<UiOutcome> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return Read(await action());
        }
        catch (ConcurrentChangeException)
        {
            return new(false, null, "Hồ sơ vừa được người khác thay đổi; hãy tải lại và thử lại.", "Someone else changed the dossier at the same moment; reload it and try again.");
        }
        catch (DossierNotFoundException)
        {
            return new(false, null, "Không tìm thấy hồ sơ.", "No such dossier.");
        }
        catch (DomainRuleException rule)
        {
            return new(false, null, VietnameseMessages.For(rule.Code), rule.Message);
        }
    }

    public static UiOutcome Read(IResult result) => result switch
    {
        ProblemHttpResult problem => new(
            false,
            null,
            (problem.ProblemDetails.Extensions.TryGetValue("messageVi", out var vi) ? vi as string : null) ?? problem.ProblemDetails.Detail,
            (problem.ProblemDetails.Extensions.TryGetValue("messageEn", out var en) ? en as string : null) ?? problem.ProblemDetails.Detail),
        IValueHttpResult value => new(true, value.Value, null, null),

        // An answer replayed for an idempotency key: the first answer's JSON.
        ContentHttpResult { StatusCode: >= 200 and < 300, ResponseContent: { } json } => new(true, json, null, null),
        _ => new(true, null, null, null),
    };

    public T? As<T>()
        where T : class => Value as T;

    public string Message(Lang L) => L[MessageVi ?? "Đã xảy ra lỗi.", MessageEn ?? "An error occurred."];
}
