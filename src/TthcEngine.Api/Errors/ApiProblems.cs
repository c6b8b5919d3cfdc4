using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TthcEngine.Api.Errors;

/// <summary>The problems several endpoints answer, each with its stable code and both languages.</summary>
internal static class ApiProblems
{
    /// <summary>404 for a dossier that does not exist or that the caller may not know of: the two look the same.</summary>
    public static ProblemHttpResult DossierNotFound() => ApiProblem.Create(
        StatusCodes.Status404NotFound, "dossier.not-found", "Không tìm thấy hồ sơ.", "No such dossier.");

    public static ProblemHttpResult NotYours(string what) => ApiProblem.Create(
        StatusCodes.Status403Forbidden,
        "officer.not-allowed",
        $"Cán bộ không có quyền thực hiện thao tác này ({what}).",
        $"This officer may not do this ({what}).");

    /// <summary>
    /// Fills the stable code and the two messages into problems the framework writes itself (an unknown route, a body
    /// that cannot be read, a missing sign-in, a forbidden role), so every error a client sees has the same shape.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var extensions = context.ProblemDetails.Extensions;
        if (extensions.ContainsKey("code"))
        {
            return;
        }

        var (code, vi, en) = context.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest => ("request.malformed", "Yêu cầu không đúng định dạng (JSON hoặc tham số không hợp lệ).", "The request is malformed (invalid JSON or parameters)."),
            StatusCodes.Status401Unauthorized => ("auth.required", "Cần đăng nhập.", "Sign in first."),
            StatusCodes.Status403Forbidden => ("auth.forbidden", "Tài khoản không có quyền thực hiện thao tác này.", "This account may not do this."),
            StatusCodes.Status404NotFound => ("not-found", "Không tìm thấy.", "Not found."),
            StatusCodes.Status405MethodNotAllowed => ("request.method", "Phương thức không được hỗ trợ.", "Method not allowed."),
            StatusCodes.Status413PayloadTooLarge => ("request.too-large", "Yêu cầu quá lớn.", "The request is too large."),
            StatusCodes.Status415UnsupportedMediaType => ("request.media-type", "Kiểu nội dung không được hỗ trợ.", "Unsupported content type."),
            StatusCodes.Status429TooManyRequests => ("rate-limit", "Quá nhiều yêu cầu; vui lòng thử lại sau.", "Too many requests; try again later."),
            _ => ("error", "Đã xảy ra lỗi.", "An error occurred."),
        };
        extensions["code"] = code;
        extensions["messageVi"] = vi;
        extensions["messageEn"] = en;
        context.ProblemDetails.Detail ??= en;
    }
}
