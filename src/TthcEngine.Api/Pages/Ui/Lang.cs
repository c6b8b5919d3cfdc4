namespace TthcEngine.Api.Pages.Ui;

/// <summary>
/// The language of a page: Vietnamese first, English on request (<c>?lang=en</c>, remembered in a cookie). Texts sit at
/// their place of use as a Vietnamese/English pair, <c>L["Tiếp nhận", "Receive"]</c>, so no key can go missing.
/// </summary>
internal sealed class Lang
{
    public const string Cookie = "tthc.lang";

    private Lang(bool english) => English = english;

    public bool English { get; }

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public string Code => English ? "en" : "vi";

    public string this[string vi, string en] => English ? en : vi;

    /// <summary>The request's language; a <c>lang</c> query value also sets the cookie for the next pages.</summary>
    public static Lang For(HttpContext context)
    {
        if (context.Items[typeof(Lang)] is Lang known)
        {
            return known;
        }

        var asked = context.Request.Query["lang"].ToString();
        var english = asked switch
        {
            "en" => true,
            "vi" => false,
            _ => context.Request.Cookies[Cookie] == "en",
        };
        if (asked is "en" or "vi" && !context.Response.HasStarted)
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true, Path = "/",
            });
        }

        var lang = new Lang(english);
        context.Items[typeof(Lang)] = lang;
        return lang;
    }
}
