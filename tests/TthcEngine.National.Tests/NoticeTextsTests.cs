using TthcEngine.Infrastructure.Notices;

namespace TthcEngine.National.Tests;

public sealed class NoticeTextsTests
{
    [Theory]
    [InlineData("Hồ sơ đã được tiếp nhận", "Ho so da duoc tiep nhan")]
    [InlineData("ĐĂNG KÝ KHAI SINH – Cốc San…", "DANG KY KHAI SINH - Coc San...")]
    [InlineData("Nghĩa vụ tài chính: phí, lệ phí", "Nghia vu tai chinh: phi, le phi")]
    [InlineData("Ưu tiên ở Lào Cai, Đường Ỷ Lan", "Uu tien o Lao Cai, Duong Y Lan")]
    public void WithoutDiacritics_WritesVietnameseInPlainLetters(string text, string plain) =>
        NoticeTexts.WithoutDiacritics(text).Should().Be(plain);

    [Fact]
    public void Sms_Long_IsCutToThreeParts_WithItsEllipsis()
    {
        var sms = NoticeTexts.Sms(new string('ạ', 600), plain: true);

        sms.Should().HaveLength(NoticeTexts.SmsLength).And.EndWith("...").And.StartWith("aaa");
        NoticeTexts.Sms("Hồ sơ", plain: false).Should().Be("Hồ sơ");
    }

    [Fact]
    public void Apology_SaysWhoApologises_TheReason_AndBothDates_InVietnamTime()
    {
        var text = NoticeTexts.Apology(
            "000.21.40.H40-261124-0001", "UBND xã Cốc San", "  Chờ xác minh\n nơi cư trú ",
            new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

        text.Subject.Should().Be("Xin lỗi và hẹn lại ngày trả kết quả hồ sơ 000.21.40.H40-261124-0001");
        text.Body.Should().Be("UBND xã Cốc San xin lỗi ông/bà: hồ sơ 000.21.40.H40-261124-0001 chưa giải quyết xong theo hẹn 15:30 24/11/2026."
            + " Lý do: Chờ xác minh nơi cư trú. Hẹn trả kết quả mới: 09:00 27/11/2026.");
    }

    [Fact]
    public void Reason_TooLong_IsCut_SoTheNoticeStillSaysWhatToDo()
    {
        var text = NoticeTexts.ApplicationRefused("TT-261124-ABCDEF", "UBND xã Cốc San", new string('x', 1000)).Body;

        text.Should().Contain(new string('x', 299) + "…").And.NotContain(new string('x', 300));
    }

    [Theory]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("+84 912-345-678", "+84912345678")]
    [InlineData("12345", null)]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Phone_KeepsTheDigits_AndRefusesWhatCannotBeANumber(string? given, string? phone) =>
        ApplicantNotices.Phone(given).Should().Be(phone);
}
