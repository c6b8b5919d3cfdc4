namespace TthcEngine.Cli.Tests;

public class TthcCommandTests
{
    [Fact]
    public void Due_WorkingDaysAcrossTet_PrintsIsoInstant()
    {
        var run = TthcRun.Of("due", "--from", "2026-02-12T09:00:00+07:00", "--working-days", "5");

        run.Should().Be(new TthcRun(0, "2026-02-26T09:00:00+07:00", string.Empty));
    }

    [Fact]
    public void Due_WorkingHours_PrintsIsoInstant()
    {
        var run = TthcRun.Of("due", "--from", "2026-02-12T09:00:00+07:00", "--working-hours", "12");

        // Thu 12/2 09:00-17:30 is 6.5 h; the other 5.5 h run on Fri 13/2 to 15:00.
        run.Output.Should().Be("2026-02-13T15:00:00+07:00");
    }

    [Fact]
    public void Due_InstantInUtc_PrintedInVietnamTime()
    {
        var run = TthcRun.Of("due", "--from", "2026-03-09T02:00:00Z", "--working-days", "3");

        run.Output.Should().Be("2026-03-12T09:00:00+07:00");
    }

    [Fact]
    public void Due_SameDayWithCutOff_NextWorkingDayClose()
    {
        var run = TthcRun.Of("due", "--from", "2026-03-10T15:30:00+07:00", "--same-day", "--cut-off", "15:00");

        run.Output.Should().Be("2026-03-11T17:30:00+07:00");
    }

    [Fact]
    public void Due_CalendarDays_CivilCodeCount()
    {
        var run = TthcRun.Of("due", "--from", "2026-03-11T10:00:00+07:00", "--calendar-days", "10");

        run.Output.Should().Be("2026-03-23T17:30:00+07:00");
    }

    [Fact]
    public void Elapsed_AcrossTet_PrintsWorkingHoursDuration()
    {
        var run = TthcRun.Of("elapsed", "--from", "2026-02-12T09:00:00+07:00", "--to", "2026-02-24T10:30:00+07:00");

        run.Should().Be(new TthcRun(0, "PT25H30M", string.Empty));
    }

    [Fact]
    public void Elapsed_WithinLunchBreak_PrintsZero() =>
        TthcRun.Of("elapsed", "--from", "2026-03-10T11:45:00+07:00", "--to", "2026-03-10T13:00:00+07:00").Output.Should().Be("PT0S");

    [Theory]
    [InlineData("2025-04-26", "true")]
    [InlineData("2025-05-02", "false")]
    [InlineData("2026-04-27", "false")]
    public void IsWorkingDay_OfficialSchedule_PrintsBoolean(string date, string expected)
    {
        var run = TthcRun.Of("is-working-day", date);

        run.Should().Be(new TthcRun(0, expected, string.Empty));
    }

    [Theory]
    [InlineData("due", "--from", "yesterday", "--working-days", "2")]
    [InlineData("due", "--from", "2026-02-12T09:00:00+07:00", "--working-days", "-1")]
    [InlineData("due", "--from", "2026-02-12T09:00:00+07:00")]
    [InlineData("due", "--from", "2026-02-12T09:00:00+07:00", "--working-days", "2", "--working-hours", "3")]
    [InlineData("is-working-day", "26/04/2025")]
    [InlineData("due", "--from", "2026-03-10T15:30:00+07:00", "--same-day", "--cut-off", "3pm")]
    public void BadInput_ExitsNonZeroWithMessageAndNoOutput(params string[] args)
    {
        var run = TthcRun.Of(args);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().NotBeEmpty();
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Elapsed_EndBeforeStart_ExitsWithRuleMessage()
    {
        var run = TthcRun.Of("elapsed", "--from", "2026-03-10T10:00:00+07:00", "--to", "2026-03-10T09:00:00+07:00");

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Error.Should().Contain("before the start");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void IsWorkingDay_YearMissing_ExitsWithRuleMessage()
    {
        var run = TthcRun.Of("is-working-day", "2031-01-02");

        run.ExitCode.Should().Be(TthcCommand.RuleBroken);
        run.Error.Should().Contain("no holiday schedule for 2031");
    }
}
