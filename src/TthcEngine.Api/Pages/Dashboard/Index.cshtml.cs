using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.OnTime;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Dashboard;

/// <summary>
/// The supervisor's dashboard: the on-time rate by agency, procedure and month (<c>GET /api/supervisor/on-time</c>'s
/// handler) as server-drawn SVG bars and a table, the overdue dossiers and steps (<c>/overdue</c>'s handler), and both as
/// CSV.
/// </summary>
[Authorize(Roles.Supervisor)]
internal sealed class IndexModel(
    TthcDbContext db, AgencyCatalog agencies, ProcedureCatalog procedures, WorkingCalendar calendar, TimeProvider time, IServiceProvider services) : UiPageModel
{
    /// <summary>The national partners configured in this process, with their circuit and backlog (none by default).</summary>
    public IReadOnlyList<National.Resilience.PartnerHealth> Partners { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<OnTimeLine> Lines { get; private set; } = [];

    public IReadOnlyList<OverdueItem> Overdue { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await SupervisorEndpoints.OnTime(User, db, agencies, time, cancellationToken, OnTimeTally.ProcedureScope, Blank(From), Blank(To)));
        Lines = outcome.As<IReadOnlyList<OnTimeLine>>() ?? [];
        Error = outcome.Ok ? null : outcome.Message(L);
        Overdue = UiOutcome.Read(await SupervisorEndpoints.Overdue(User, db, agencies, calendar, time, cancellationToken)).As<IReadOnlyList<OverdueItem>>() ?? [];
        Partners = await Endpoints.HealthEndpoints.PartnersAsync(services, cancellationToken);
    }

    /// <summary>The on-time lines shown, as CSV (the overdue list has its own: <c>/api/supervisor/overdue?format=csv</c>).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var csv = new StringBuilder("agency,procedure,month,received,early,onTime,late,inProgressOnTime,inProgressOverdue,onTimeRate\n");
        foreach (var l in Lines)
        {
            var (agency, procedure) = Split(l.Key);
            csv.Append(CultureInfo.InvariantCulture, $"{agency},{procedure},{l.Month},{l.Received},{l.Early},{l.OnTime},{l.Late},{l.InProgressOnTime},{l.InProgressOverdue},{l.OnTimeRate}\n");
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "dung-han.csv");
    }

    public BarChart ByProcedure => Chart("by-procedure", L["Tỷ lệ đúng hạn theo thủ tục", "On-time rate by procedure"],
        Lines.GroupBy(l => Split(l.Key).Procedure), p => $"{p} {procedures.Find(p)?.Name}");

    public BarChart ByAgency => Chart("by-agency", L["Tỷ lệ đúng hạn theo cơ quan", "On-time rate by agency"],
        Lines.GroupBy(l => Split(l.Key).Agency), a => agencies.Find(a)?.Name ?? a);

    public BarChart ByMonth => Chart("by-month", L["Tỷ lệ đúng hạn theo tháng", "On-time rate by month"],
        Lines.GroupBy(l => l.Month), m => m);

    public string AgencyName(string key) => agencies.Find(Split(key).Agency)?.Name ?? Split(key).Agency;

    public string ProcedureName(string key) => procedures.Find(Split(key).Procedure)?.Name ?? Split(key).Procedure;

    private BarChart Chart(string id, string title, IEnumerable<IGrouping<string, OnTimeLine>> groups, Func<string, string> label) => new(
        id,
        title,
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var inTime = g.Sum(l => l.Early + l.OnTime);
            var judged = inTime + g.Sum(l => l.Late);
            return new BarChart.Bar(label(g.Key), judged == 0 ? null : (double)inTime / judged, L[$"{inTime}/{judged} hồ sơ", $"{inTime}/{judged} dossiers"]);
        })]);

    private static (string Agency, string Procedure) Split(string key) =>
        key.Split('|') is [var agency, var procedure] ? (agency, procedure) : (key, "");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
