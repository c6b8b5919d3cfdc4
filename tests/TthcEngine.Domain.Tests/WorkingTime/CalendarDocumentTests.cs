using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.WorkingTime;

public class CalendarDocumentTests
{
    [Fact]
    public void Parse_ProvinceFile_ReadsOfficeHoursAndDays()
    {
        const string json = """
            { "calendar": "lao-cai", "extends": "vn",
              "officeHours": [ { "opens": "07:00", "closes": "11:30" }, { "opens": "13:30", "closes": "17:00" } ],
              "days": [ { "date": "2026-10-01", "kind": "localDayOff", "name": "Ngày nghỉ của tỉnh" } ] }
            """;

        var document = CalendarDocument.Parse(json, "lao-cai.json");

        document.Extends.Should().Be("vn");
        document.OfficeHours!.WorkingDayLength.Should().Be(TimeSpan.FromHours(8));
        document.LocalDays.Should().ContainSingle().Which.Kind.Should().Be(DayKind.LocalDayOff);
    }

    [Theory]
    [InlineData("""{ "calendar": "vn", "year": 2026, "status": "official", "days": [ { "date": "2026-13-01", "kind": "publicHoliday", "name": "x" } ] }""", "2026-13-01")]
    [InlineData("""{ "calendar": "vn", "year": 2026, "status": "official", "days": [ { "date": "2026-01-01", "kind": "feast", "name": "x" } ] }""", "feast")]
    [InlineData("""{ "calendar": "vn", "year": 2026, "status": "official", "days": [ { "date": "2027-01-01", "kind": "publicHoliday", "name": "x" } ] }""", "another year")]
    [InlineData("""{ "calendar": "vn", "year": 2026, "extends": "vn" }""", "not both")]
    [InlineData("""{ "calendar": "vn", "year": 2026 }""", "status")]
    [InlineData("""{ "calendar": "vn", "year": 2026, "status": "official", "holidays": [] }""", "holidays")]
    [InlineData("""{ "calendar": "lao-cai", "extends": "vn", "officeHours": [ { "opens": "11:00", "closes": "07:00" } ] }""", "close after it opens")]
    [InlineData("not json", "lao-cai.json")]
    public void Parse_BadFile_NamesFileAndProblem(string json, string expectedInMessage)
    {
        var act = () => CalendarDocument.Parse(json, "lao-cai.json");

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Code == "calendar.file-invalid" && e.Message.Contains("lao-cai.json") && e.Message.Contains(expectedInMessage));
    }

    [Fact]
    public void Serialize_ThenParse_RoundTrips()
    {
        var schedule = ProvisionalSchedule.For(2028);

        var parsed = CalendarDocument.Parse(CalendarDocument.Serialize("vn", schedule), "vn-2028.json").Schedule!;

        parsed.Days.Should().Equal(schedule.Days);
        parsed.Sources.Should().Equal(schedule.Sources);
    }
}
