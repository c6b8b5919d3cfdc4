using Microsoft.AspNetCore.Http.HttpResults;
using TthcEngine.Api.Errors;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Endpoints;

/// <summary>The procedures this engine serves, as read from workflows/procedures/.</summary>
public static class ProcedureEndpoints
{
    public static IEndpointRouteBuilder MapProcedureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/procedures").WithTags("Procedures");
        group.MapGet("/", List).WithSummary("Danh sách thủ tục hành chính (procedures served)");
        group.MapGet("/{code}", Get).WithSummary("Chi tiết một thủ tục (one procedure)");
        return app;
    }

    internal sealed record ProcedureSummary(string Code, string Name, string Field, string Level, string StatutoryLimit, string? GreenLaneLimit, int Version);

    internal sealed record ProcedureDetail(
        ProcedureSummary Summary, string Source, IReadOnlyList<string> LegalBasis, long? Fee, IReadOnlyList<DocumentItem> Documents, IReadOnlyList<StepItem> Steps);

    internal sealed record DocumentItem(string Id, string Name, int Originals, int Copies, bool Reusable, bool Conditional);

    internal sealed record StepItem(string Id, string Name, string Role, string Unit, string Budget, string? ParallelBlock);

    /// <param name="q">Words of the name or the code, with or without Vietnamese accents: "cap phep xay dung" finds "Cấp phép xây dựng".</param>
    internal static Ok<IReadOnlyList<ProcedureSummary>> List(ProcedureCatalog catalog, string? q = null)
    {
        var words = Folding.Fold(q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TypedResults.Ok<IReadOnlyList<ProcedureSummary>>([.. catalog.All
            .Where(p => words.All(w => Folding.Fold($"{p.Code} {p.Name} {p.Field}").Contains(w, StringComparison.Ordinal)))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(Summary)]);
    }

    private static Results<Ok<ProcedureDetail>, ProblemHttpResult> Get(ProcedureCatalog catalog, string code)
    {
        if (catalog.Find(code) is not { } procedure)
        {
            return ApiProblem.Create(
                StatusCodes.Status404NotFound,
                "procedure.not-found",
                $"Không có thủ tục mã {code}.",
                $"There is no procedure with code {code}.");
        }

        var units = procedure.Units.ToDictionary(u => u.Id, u => u.Name);
        var steps = FlowSteps.Of(procedure.Flow).Select(s => Step(s.Step, units, s.Block?.Id));
        return TypedResults.Ok(new ProcedureDetail(
            Summary(procedure),
            procedure.Source,
            [.. procedure.LegalBasis.Select(b => b.Document)],
            procedure.Fee?.Amount,
            [.. procedure.Documents.Select(d => new DocumentItem(d.Id, d.Name, d.Originals, d.Copies, d.Reusable, d.Conditional))],
            [.. steps]));
    }

    private static ProcedureSummary Summary(ProcedureDefinition p) => new(
        p.Code, p.Name, p.Field, Dossiers.DossierViews.Camel(p.Level.ToString()), p.StatutoryLimit.ToString(), p.GreenLane?.StatutoryLimit.ToString(), p.Version);

    private static StepItem Step(StepDefinition step, Dictionary<string, string> units, string? block) =>
        new(step.Id, step.Name, Dossiers.DossierViews.Camel(step.Role.ToString()), units.GetValueOrDefault(step.Unit, step.Unit), step.Budget.ToString(), block);
}
