using System.Text.Json.Nodes;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Catalogue.Import;

namespace TthcEngine.National.Tests;

/// <summary>A national record into a draft procedure file: the limit's unit, the fees, the papers, and what is flagged.</summary>
public sealed class ProcedureDraftTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3", "Ngày làm việc", """{"amount":3,"unit":"workingDays"}""", false)]
    [InlineData("15", "Ngày", """{"amount":15,"unit":"workingDays"}""", true)]
    [InlineData("0,5", "Ngày làm việc", """{"amount":4,"unit":"workingHours"}""", true)]
    [InlineData("4", "Giờ làm việc", """{"amount":4,"unit":"workingHours"}""", false)]
    [InlineData("8", "Giờ", """{"amount":8,"unit":"workingHours"}""", true)]
    [InlineData("2", "Tháng", """{"amount":60,"unit":"calendarDays"}""", true)]
    public void Create_TimeUnit_DraftedLimitAndFlaggedWhenAmbiguous(string amount, string unit, string limit, bool flagged)
    {
        var (draft, _) = ProcedureDraft.Create(Procedure(amount, unit, "50.000"), Fingerprint, ImportedAt);

        draft!["statutoryLimit"]!.ToJsonString().Should().Be(limit);
        Checks(draft).Any(c => c.StartsWith("statutoryLimit:", StringComparison.Ordinal)).Should().Be(flagged);
    }

    [Fact]
    public void Create_UnknownUnit_NoDraft()
    {
        var (draft, refusal) = ProcedureDraft.Create(Procedure("3", "Tuần", "Không"), Fingerprint, ImportedAt);

        draft.Should().BeNull();
        refusal.Should().Be("the time limit \"3 Tuần\" cannot be read");
    }

    [Theory]
    [InlineData("Không", 0L, false)]
    [InlineData("50.000", 50_000L, false)]
    [InlineData("Theo quy định của HĐND tỉnh", 0L, true)]
    public void Create_Fee_AmountInDongAndFlaggedWhenUnread(string amount, long expected, bool flagged)
    {
        var (draft, _) = ProcedureDraft.Create(Procedure("3", "Ngày làm việc", amount), Fingerprint, ImportedAt);

        draft!["fee"]!["amount"]!.GetValue<long>().Should().Be(expected);
        Checks(draft).Any(c => c.StartsWith("fee: no amount", StringComparison.Ordinal)).Should().Be(flagged);
    }

    [Fact]
    public void Create_Papers_SluggedIdsConditionalOutsideSomeCases()
    {
        var procedure = Procedure("3", "Ngày làm việc", "Không") with
        {
            DocumentCases =
            [
                new("Trường hợp 1", [new("A", "Tờ khai đăng ký khai sinh (theo mẫu)", 1, 0), new("B", "Giấy chứng sinh", 1, 0)]),
                new("Trường hợp 2", [new("A", "Tờ khai đăng ký khai sinh (theo mẫu)", 1, 0), new("C", "Giấy chứng sinh", 0, 1)]),
            ],
        };

        var (draft, _) = ProcedureDraft.Create(procedure, Fingerprint, ImportedAt);

        var expected = JsonNode.Parse(
            """[{"id":"to-khai-dang-ky-khai","name":"Tờ khai đăng ký khai sinh (theo mẫu)","originals":1,"copies":0,"reusable":false},"""
            + """{"id":"giay-chung-sinh","name":"Giấy chứng sinh","originals":1,"copies":0,"reusable":false,"conditional":true},"""
            + """{"id":"giay-chung-sinh-2","name":"Giấy chứng sinh","originals":0,"copies":1,"reusable":false,"conditional":true}]""");
        JsonNode.DeepEquals(draft!["documents"], expected).Should().BeTrue(draft["documents"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Create_Always_NoUnitsNoFlowADraftBlockAndTheFingerprint()
    {
        var procedure = Procedure("3", "Ngày làm việc", "Không");

        var (draft, _) = ProcedureDraft.Create(procedure, NationalFingerprint.Of(procedure), ImportedAt);

        draft!["units"]!.AsArray().Should().BeEmpty();
        draft["flow"]!.AsArray().Should().BeEmpty();
        draft["draft"]!["note"]!.GetValue<string>().Should().Contain("fill in \"units\" and \"flow\"");
        draft["national"]!["fingerprint"]!.GetValue<string>().Should().Be(NationalFingerprint.Of(procedure).Value).And.HaveLength(64);
        draft["national"]!["importedAt"]!.GetValue<string>().Should().Be("2026-03-10T02:00:00+00:00");
        draft["legalBasis"]![0]!["role"]!.GetValue<string>().Should().Be("limit");
    }

    [Fact]
    public void Fingerprint_ChangedFee_NamesOnlyTheFees()
    {
        var before = NationalFingerprint.Of(Procedure("3", "Ngày làm việc", "50.000"));

        var after = NationalFingerprint.Of(Procedure("3", "Ngày làm việc", "100.000"));

        after.Value.Should().NotBe(before.Value);
        after.ChangedSince(before).Should().Equal("fees");
    }

    private static NationalFingerprint Fingerprint => NationalFingerprint.Of(Procedure("1", "Ngày", "Không"));

    private static List<string> Checks(JsonObject draft) => [.. draft["draft"]!["check"]!.AsArray().Select(c => c!.GetValue<string>())];

    private static NationalProcedure Procedure(string amount, string unit, string fee) => new()
    {
        Code = "1.001193",
        Name = "Thủ tục đăng ký khai sinh",
        Published = true,
        State = "1",
        Fields = ["Hộ tịch"],
        Levels = [NationalLevel.Commune],
        Methods =
        [
            new(NationalMethod.InPerson, [CatalogueRecords.TimeLimit(amount, unit)], [new("2", fee, CatalogueRecords.Amount(fee), "", "Lệ phí")]),
        ],
        DocumentCases = [new("", [new("A", "Tờ khai", 1, 0)])],
        LegalBasis = [new("60/2014/QH13", "Luật Hộ tịch")],
    };
}
