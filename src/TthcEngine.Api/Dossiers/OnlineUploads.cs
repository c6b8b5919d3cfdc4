namespace TthcEngine.Api.Dossiers;

/// <summary>
/// Who "uploaded" a file sent by the public (<c>POST /api/public/uploads</c>): nobody's until an online application
/// claims it, then that application's alone. Neither is an officer's user name, so no desk can name such a file in a
/// receipt, and a claimed file cannot serve a second application.
/// </summary>
internal static class OnlineUploads
{
    /// <summary>A public upload no application has claimed yet.</summary>
    public const string Unclaimed = "(public)";

    /// <summary>A public upload claimed by the application <paramref name="reference"/>.</summary>
    public static string ClaimedBy(string reference) => "(online:" + reference + ")";
}
