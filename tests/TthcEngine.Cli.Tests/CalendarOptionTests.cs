namespace TthcEngine.Cli.Tests;

public sealed class CalendarOptionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-calendars-").FullName;

    public CalendarOptionTests()
    {
        foreach (var file in Directory.EnumerateFiles(TthcRun.CalendarsFolder, "vn-*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Calendar_ProvinceFile_AddsItsDayOffToTheNationalCalendar()
    {
        var province = Write("lao-cai.json", """
            { "calendar": "lao-cai", "extends": "vn",
              "days": [ { "date": "2026-03-11", "kind": "localDayOff", "name": "Ngày nghỉ của tỉnh" } ] }
            """);

        TthcRun.Of("is-working-day", "2026-03-11", "--calendar", province).Output.Should().Be("false");
        TthcRun.Of("is-working-day", "2026-02-16", "--calendar", province).Output.Should().Be("false");
        TthcRun.Of("is-working-day", "2026-03-11").Output.Should().Be("true");
    }

    [Fact]
    public void Calendar_ProvinceOfficeHours_ChangeTheDue()
    {
        var province = Write("lai-chau.json", """
            { "calendar": "lai-chau", "extends": "vn",
              "officeHours": [ { "opens": "07:00", "closes": "11:00" }, { "opens": "13:00", "closes": "17:00" } ] }
            """);

        var run = TthcRun.Of("due", "--from", "2026-03-09T09:00:00+07:00", "--working-hours", "8", "--calendar", province);

        run.Output.Should().Be("2026-03-10T09:00:00+07:00");
    }

    [Fact]
    public void Calendar_FolderPath_UsesItsNationalCalendar()
    {
        var run = TthcRun.Of("is-working-day", "2025-04-26", "--calendar", folder);

        run.Output.Should().Be("true");
    }

    [Fact]
    public void Calendar_UnknownName_ExitsWithKnownNames()
    {
        var run = TthcRun.Of("is-working-day", "2026-03-11", "--calendar", "ha-noi");

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Error.Should().Contain("No calendar named 'ha-noi'").And.Contain("vn");
    }

    [Fact]
    public void Calendar_ProvincesExtendingEachOther_ExitsWithTheCircle()
    {
        Write("a.json", """{ "calendar": "a", "extends": "b" }""");
        var a = Write("b.json", """{ "calendar": "b", "extends": "a" }""");

        var run = TthcRun.Of("is-working-day", "2026-03-11", "--calendar", a);

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Error.Should().Contain("circle");
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
