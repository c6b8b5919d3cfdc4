using System.Globalization;
using System.Text.Encodings.Web;
using TthcEngine.Domain;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Api.Pages;

/// <summary>
/// The start page: a deadline calculator for desk officers, rendered on the server with no script, and the way into the
/// web UI (officers' sign-in, the public lookup).
/// </summary>
public static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Render).ExcludeFromDescription();
        return app;
    }

    private static IResult Render(WorkingCalendar calendar, TimeProvider time, string? from, int? days)
    {
        var encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var now = IsoText.FormatInstant(time.GetUtcNow())[..16];
        var result = string.Empty;
        if (from is not null && days is not null)
        {
            result = Answer(calendar, from, days.Value, encoder);
        }

        var html = $$"""
            <!doctype html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>TthcEngine: tính hạn giải quyết hồ sơ</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
            label { display: block; margin-top: 1rem; font-weight: 600; }
            input, button { font-size: 1rem; padding: .4rem; }
            button { margin-top: 1rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; padding: .5rem 1rem; }
            output { display: block; margin-top: 1.5rem; padding: 1rem; background: #eef4fb; border-left: 4px solid #0b5394; }
            .error { background: #fdecea; border-color: #b00020; }
            </style>
            </head>
            <body>
            <p><a href="/login">Đăng nhập cán bộ</a> · <a href="/tra-cuu">Tra cứu hồ sơ</a></p>
            <h1>Tính hạn giải quyết hồ sơ</h1>
            <p>Lịch làm việc: <strong>{{encoder.Encode(calendar.Name)}}</strong>, giờ hành chính
            {{string.Join(", ", calendar.OfficeHours.Sessions.Select(s => $"{s.Opens:HH\\:mm}–{s.Closes:HH\\:mm}"))}}, trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.</p>
            <form method="get" action="/">
            <label for="from">Thời điểm tiếp nhận hồ sơ hợp lệ</label>
            <input id="from" name="from" type="datetime-local" required value="{{encoder.Encode(from ?? now)}}">
            <label for="days">Thời hạn giải quyết (ngày làm việc)</label>
            <input id="days" name="days" type="number" min="0" max="365" required value="{{days ?? 5}}">
            <button type="submit">Tính ngày hẹn trả</button>
            </form>
            {{result}}
            <p><small>API: <code>/api/working-time/due</code>, <code>/api/working-time/elapsed</code>, <code>/api/working-time/days/{ngày}</code></small></p>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Answer(WorkingCalendar calendar, string from, int days, HtmlEncoder encoder)
    {
        if (!IsoText.TryParseInstant(from, out var acceptedAt) || days < 0)
        {
            return "<output class=\"error\" role=\"alert\">Thời điểm hoặc số ngày không hợp lệ.</output>";
        }

        try
        {
            var due = calendar.Due(acceptedAt, TimeLimit.OfWorkingDays(days));
            var text = due.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
            return $"<output role=\"status\">Hẹn trả kết quả: <strong id=\"due\">{encoder.Encode(text)}</strong> <small>({IsoText.FormatInstant(due)})</small></output>";
        }
        catch (DomainRuleException e)
        {
            return $"<output class=\"error\" role=\"alert\">{encoder.Encode(e.Message)}</output>";
        }
    }
}
