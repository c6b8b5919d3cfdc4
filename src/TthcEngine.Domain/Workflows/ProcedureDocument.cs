using System.Globalization;
using System.Text.Json;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>
/// Reads a procedure file (<c>workflows/procedures/{code}.json</c>, format in docs/workflows.md) into a
/// <see cref="ProcedureDefinition"/>, collecting every structural error instead of stopping at the first.
/// The rules between elements (reachability, rework targets, budgets) are <see cref="ProcedureValidator"/>'s.
/// </summary>
public static class ProcedureDocument
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// The rule of a draft: a file imported from the national procedure database (<c>tthc catalogue import</c>) still
    /// carries its <c>"draft"</c> block. It is never served: the engine skips it, <c>tthc validate</c> reports it.
    /// </summary>
    public const string DraftRule = "draft";

    /// <summary>Parses a file; the definition is <c>null</c> when the errors leave nothing usable (and for a draft).</summary>
    public static (ProcedureDefinition? Definition, IReadOnlyList<DefinitionError> Errors) Parse(string json, string file)
    {
        ProcedureShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<ProcedureShape>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [new DefinitionError(file, e.Path ?? "$", "json", e.Message)]);
        }

        if (shape is null)
        {
            return (null, [new DefinitionError(file, "$", "json", "The file is empty.")]);
        }

        var reader = new Reader(file);
        if (shape.Draft is not null)
        {
            reader.Errors.Add(new DefinitionError(
                file, "draft", DraftRule,
                "A draft imported from the national procedure database, not served: fill in \"units\" and \"flow\", settle the points of \"draft/check\", then delete the \"draft\" block."));
        }

        if (shape.National is { } national)
        {
            reader.National(national);
        }

        var definition = reader.Read(shape);
        return (reader.Errors.Count == 0 ? definition : null, reader.Errors);
    }

    /// <summary>Maps the wire shape, recording each missing or malformed value.</summary>
    private sealed class Reader(string file)
    {
        public List<DefinitionError> Errors { get; } = [];

        public ProcedureDefinition Read(ProcedureShape shape)
        {
            var standard = Elements(shape.Flow, "flow");
            GreenLaneVariant? greenLane = null;
            if (shape.GreenLane is { } lane)
            {
                greenLane = new GreenLaneVariant(
                    Limit(lane.StatutoryLimit, "greenLane/statutoryLimit", budget: false),
                    Text(lane.Source, "greenLane/source"),
                    new FocalPoint(
                        Enum<Role>(lane.FocalPoint?.Role, "greenLane/focalPoint/role"),
                        Text(lane.FocalPoint?.Unit, "greenLane/focalPoint/unit")),
                    Elements(lane.Flow, "greenLane/flow"));
            }

            return new ProcedureDefinition
            {
                Code = Text(shape.Code, "code"),
                Name = Text(shape.Name, "name"),
                Field = Text(shape.Field, "field"),
                Level = Enum<CompetentLevel>(shape.Level, "level"),
                Version = shape.Version is > 0 ? shape.Version.Value : Fail(0, "version", "required", "\"version\" must be a whole number from 1."),
                StatutoryLimit = Limit(shape.StatutoryLimit, "statutoryLimit", budget: false),
                CutOff = shape.CutOff is null ? null : Time(shape.CutOff, "cutOff"),
                Source = Text(shape.Source, "source"),
                LegalBasis = [.. Required(shape.LegalBasis, "legalBasis").Select((b, i) => new LegalBasis(Text(b.Document, $"legalBasis/{i + 1}/document"), Enum<LegalBasisRole>(b.Role, $"legalBasis/{i + 1}/role")))],
                Fee = shape.Fee is null ? null : new Fee(shape.Fee.Amount is >= 0 ? shape.Fee.Amount.Value : Fail(0L, "fee/amount", "required", "\"amount\" must be 0 or more (VND)."), shape.Fee.Note),
                ExcludedPhases = [.. (shape.ExcludedPhases ?? []).Select((p, i) => Enum<PauseReason>(Reason(p), $"excludedPhases/{i + 1}"))],
                Documents = [.. Required(shape.Documents, "documents").Select((d, i) => new RequiredDocument(Text(d.Id, $"documents/{i + 1}/id"), Text(d.Name, $"documents/{i + 1}/name"), d.Originals ?? 0, d.Copies ?? 0, d.Reusable ?? false, d.Conditional ?? false))],
                Units = [.. Required(shape.Units, "units").Select((u, i) => new UnitDefinition(Text(u.Id, $"units/{i + 1}/id"), Text(u.Name, $"units/{i + 1}/name"), u.External ?? false))],
                Flow = standard,
                GreenLane = greenLane,
            };
        }

        public void National(NationalShape national)
        {
            Text(national.Code, "national/code");
            Text(national.Fingerprint, "national/fingerprint");
        }

        private List<FlowElement> Elements(List<ElementShape>? shapes, string at) =>
            [.. Required(shapes, at).Select((e, i) => Element(e, $"{at}/{e.Step ?? e.Parallel ?? e.Pause ?? (i + 1).ToString(CultureInfo.InvariantCulture)}"))];

        private FlowElement Element(ElementShape shape, string at)
        {
            var kinds = new[] { shape.Step, shape.Parallel, shape.Pause }.Count(k => k is not null);
            if (kinds != 1)
            {
                return Fail<FlowElement>(new PauseDefinition("?", "?", PauseReason.AwaitingSupplement), at, "element", "An element is exactly one of \"step\", \"parallel\" or \"pause\".");
            }

            if (shape.Parallel is { } blockId)
            {
                var branches = Required(shape.Branches, $"{at}/branches")
                    .Select((branch, b) => (IReadOnlyList<StepDefinition>)[.. branch.Select(s => s.Step is null
                        ? Fail<StepDefinition>(null!, $"{at}/branch {b + 1}", "element", "A branch holds steps only: no nested parallel block or pause.")
                        : Step(s, $"{at}/branch {b + 1}/{s.Step}"))])
                    .ToList();
                return new ParallelBlock(blockId, Text(shape.Name, $"{at}/name"), branches);
            }

            if (shape.Pause is { } pauseId)
            {
                return new PauseDefinition(pauseId, Text(shape.Name, $"{at}/name"), Enum<PauseReason>(Reason(shape.Reason), $"{at}/reason"));
            }

            return Step(shape, at);
        }

        private StepDefinition Step(ElementShape shape, string at) => new(
            shape.Step!,
            Text(shape.Name, $"{at}/name"),
            Enum<Role>(shape.Role, $"{at}/role"),
            Text(shape.Unit, $"{at}/unit"),
            Limit(shape.Budget, $"{at}/budget", budget: true),
            shape.Kind is null ? StepKind.Task : Enum<StepKind>(shape.Kind, $"{at}/kind"),
            shape.ReturnsTo ?? [],
            [.. (shape.Consults ?? []).Select((c, i) => new ConsultOption(Text(c.Unit, $"{at}/consults/{i + 1}/unit"), Limit(c.Budget, $"{at}/consults/{i + 1}/budget", budget: true)))]);

        private TimeLimit Limit(LimitShape? shape, string at, bool budget)
        {
            if (shape is null)
            {
                return Fail(TimeLimit.SameDay, at, "required", "A time limit { \"amount\", \"unit\" } is required.");
            }

            var unit = Enum<LimitUnit>(shape.Unit, $"{at}/unit");
            if (budget && unit is not (LimitUnit.WorkingDays or LimitUnit.WorkingHours))
            {
                return Fail(TimeLimit.SameDay, at, "budget-unit", "A step's budget is in workingHours or workingDays.");
            }

            if (unit == LimitUnit.SameDay)
            {
                return TimeLimit.SameDay;
            }

            return shape.Amount is > 0 ? new TimeLimit(shape.Amount.Value, unit) : Fail(TimeLimit.SameDay, $"{at}/amount", "required", "\"amount\" must be a whole number from 1.");
        }

        private static string? Reason(string? text) => text switch
        {
            "supplement" => "awaitingSupplement",
            "financialObligation" => "awaitingFinancialObligation",
            _ => text,
        };

        private T Enum<T>(string? text, string at)
            where T : struct, System.Enum
        {
            return CamelCaseNames<T>.TryParse(text, out var value)
                ? value
                : Fail(default(T), at, "known-value", $"\"{text}\" is not one of {CamelCaseNames<T>.Listed}.");
        }

        private TimeOnly Time(string text, string at) =>
            TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : Fail(TimeOnly.MinValue, at, "known-value", $"\"{text}\" is not a time written HH:mm.");

        private string Text(string? text, string at) =>
            string.IsNullOrWhiteSpace(text) ? Fail(string.Empty, at, "required", "A value is required.") : text;

        private List<T> Required<T>(List<T>? items, string at) =>
            items is { Count: > 0 } ? items : Fail(new List<T>(), at, "required", "At least one entry is required.");

        private T Fail<T>(T placeholder, string at, string rule, string message)
        {
            Errors.Add(new DefinitionError(file, at, rule, message));
            return placeholder;
        }
    }
}
