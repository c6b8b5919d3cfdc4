using TthcEngine.Forms.Values;

namespace TthcEngine.Forms.Tests.Values;

public sealed class VietnameseFormatTests
{
    [Fact]
    public void Time_UtcInstant_PrintsVietnamCivilTime()
    {
        VietnameseFormat.Time(new DateTimeOffset(2026, 3, 2, 2, 5, 0, TimeSpan.Zero))
            .Should().Be("09 giờ 05 phút, ngày 02 tháng 03 năm 2026");
    }

    [Fact]
    public void Time_LateEveningUtc_IsTheNextDayInVietnam()
    {
        VietnameseFormat.Time(new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero))
            .Should().Be("00 giờ 30 phút, ngày 01 tháng 01 năm 2026");
    }

    [Fact]
    public void Time_InstantWithAnotherOffset_IsTheSameVietnamTime()
    {
        VietnameseFormat.Time(new DateTimeOffset(2026, 3, 2, 4, 5, 0, TimeSpan.FromHours(2)))
            .Should().Be("09 giờ 05 phút, ngày 02 tháng 03 năm 2026");
    }

    [Fact]
    public void Date_PrintsDayMonthYear()
    {
        VietnameseFormat.Date(new DateTimeOffset(2026, 9, 1, 20, 0, 0, TimeSpan.Zero)).Should().Be("ngày 02 tháng 09 năm 2026");
    }

    [Fact]
    public void ShortTime_PrintsHoursAndDate()
    {
        VietnameseFormat.ShortTime(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)).Should().Be("16:30 02/03/2026");
    }

    [Theory]
    [InlineData(0, "0 đồng")]
    [InlineData(8000, "8.000 đồng")]
    [InlineData(50000, "50.000 đồng")]
    [InlineData(12345678, "12.345.678 đồng")]
    public void Money_PrintsDotThousands(int amount, string printed)
    {
        VietnameseFormat.Money(amount).Should().Be(printed);
    }

    [Theory]
    [InlineData("early", "Trước hạn")]
    [InlineData("onTime", "Đúng hạn")]
    [InlineData("late", "Quá hạn")]
    [InlineData(null, null)]
    public void Timeliness_PrintsTheResultWords(string? code, string? printed)
    {
        VietnameseFormat.Timeliness(code).Should().Be(printed);
    }

    [Fact]
    public void Print_NumberWithZeroFormat_Pads()
    {
        ValueFormat.Print(1, ValueKind.Number, "00").Should().Be("01");
        ValueFormat.Print(2026, ValueKind.Number, null).Should().Be("2026");
    }
}
