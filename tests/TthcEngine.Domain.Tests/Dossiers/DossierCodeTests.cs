using TthcEngine.Domain.Dossiers;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Dossiers;

public class DossierCodeTests
{
    [Fact]
    public void Create_DuringOfficeHours_JoinsUnitVietnamDateAndPaddedSerial()
    {
        var code = DossierCode.Create("000.00.12.H56", Vn(2026, 3, 9, 9, 15), 7);

        code.ToString().Should().Be("000.00.12.H56-260309-0007");
        code.UnitCode.Should().Be("000.00.12.H56");
        code.Date.Should().Be(new DateOnly(2026, 3, 9));
        code.Serial.Should().Be(7);
    }

    [Fact]
    public void Create_At2330Utc_TakesTheNextVietnamDay()
    {
        var receivedAt = new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.Zero);

        var code = DossierCode.Create("H55.242", receivedAt, 1);

        // 23:30 UTC on 9/3 is 06:30 on 10/3 in Vietnam (UTC+07:00).
        code.Date.Should().Be(new DateOnly(2026, 3, 10));
        code.ToString().Should().Be("H55.242-260310-0001");
    }

    [Fact]
    public void Create_At1659Utc_KeepsTheSameVietnamDay()
    {
        var receivedAt = new DateTimeOffset(2026, 12, 31, 16, 59, 59, TimeSpan.Zero);

        var code = DossierCode.Create("H55.242", receivedAt, 9999);

        code.ToString().Should().Be("H55.242-261231-9999");
    }

    [Fact]
    public void Create_SerialBeyond9999_WidensInsteadOfFailing()
    {
        var code = DossierCode.Create("H55.242", Vn(2026, 3, 9, 9), 10000);

        code.ToString().Should().Be("H55.242-260309-10000");
        DossierCode.Parse(code.ToString()).Should().Be(code);
    }

    [Fact]
    public void Create_LowerCaseUnit_StoredUpperCase()
    {
        var code = DossierCode.Create("000.00.12.h56", Vn(2026, 3, 9, 9), 1);

        code.UnitCode.Should().Be("000.00.12.H56");
    }

    [Theory]
    [InlineData("")]
    [InlineData("H55 242")]
    [InlineData("H55-242")]
    [InlineData(".H55")]
    [InlineData("H55.")]
    [InlineData("H55..242")]
    [InlineData("HĐ.242")]
    public void Create_BadUnitCode_RefusedAsUnitError(string unitCode)
    {
        var act = () => DossierCode.Create(unitCode, Vn(2026, 3, 9, 9), 1);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "dossier-code.unit" && e.Message.Contains("000.00.12.H56"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_SerialBelowOne_Refused(int serial)
    {
        var act = () => DossierCode.Create("H55.242", Vn(2026, 3, 9, 9), serial);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "dossier-code.serial");
    }

    [Fact]
    public void Create_ReceivedIn2100_RefusedBecauseYyCannotTellTheCentury()
    {
        var act = () => DossierCode.Create("H55.242", Vn(2100, 1, 4, 9), 1);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "dossier-code.date");
    }

    [Fact]
    public void Parse_RealWorldCode_ReadsEachPart()
    {
        var code = DossierCode.Parse("000.17.22.H56-210531-0001");

        code.UnitCode.Should().Be("000.17.22.H56");
        code.Date.Should().Be(new DateOnly(2021, 5, 31));
        code.Serial.Should().Be(1);
    }

    [Theory]
    [InlineData("000.17.22.H56-210531-0001")]
    [InlineData("H55.242-240229-0420")]
    [InlineData("000.00.00.H41-991231-9999")]
    [InlineData("X-000101-123456")]
    public void Parse_ThenToString_GivesTheSameText(string text)
    {
        var code = DossierCode.Parse(text);

        code.ToString().Should().Be(text);
    }

    [Fact]
    public void Parse_LowerCaseAndSpaces_ReadsTheSameCode()
    {
        var code = DossierCode.Parse("  000.17.22.h56-210531-0001 ");

        code.Should().Be(DossierCode.Create("000.17.22.H56", Vn(2021, 5, 31, 10), 1));
    }

    [Theory]
    [InlineData("000.17.22.H56-210531", "dossier-code.format")]
    [InlineData("000.17.22.H56-210531-0001-2", "dossier-code.format")]
    [InlineData("000.17.22.H56_210531_0001", "dossier-code.format")]
    [InlineData("000 17 22 H56-210531-0001", "dossier-code.unit")]
    [InlineData("-210531-0001", "dossier-code.unit")]
    [InlineData("000.17.22.H56-210231-0001", "dossier-code.date")]
    [InlineData("000.17.22.H56-211301-0001", "dossier-code.date")]
    [InlineData("000.17.22.H56-21O531-0001", "dossier-code.date")]
    [InlineData("000.17.22.H56-20210531-0001", "dossier-code.date")]
    [InlineData("000.17.22.H56-210531-001", "dossier-code.serial")]
    [InlineData("000.17.22.H56-210531-0000", "dossier-code.serial")]
    [InlineData("000.17.22.H56-210531-01234", "dossier-code.serial")]
    [InlineData("000.17.22.H56-210531-+001", "dossier-code.serial")]
    [InlineData("000.17.22.H56-210531-99999999999", "dossier-code.serial")]
    public void Parse_BadText_RefusedNamingThePart(string text, string error)
    {
        var act = () => DossierCode.Parse(text);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a code")]
    [InlineData("000.17.22.H56-210230-0001")]
    public void TryParse_NotACode_False(string? text)
    {
        var ok = DossierCode.TryParse(text, out var code);

        ok.Should().BeFalse();
        code.Should().BeNull();
    }

    [Fact]
    public void TryParse_Code_TrueWithTheCode()
    {
        var ok = DossierCode.TryParse("H55.242-260310-0012", out var code);

        ok.Should().BeTrue();
        code!.Serial.Should().Be(12);
    }
}
