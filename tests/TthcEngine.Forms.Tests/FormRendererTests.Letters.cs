namespace TthcEngine.Forms.Tests;

// Forms 02 (supplement request), 04 (apology and extension) and 05 (stop notice).
public sealed partial class FormRendererTests
{
    [Fact]
    public void Render_SupplementRequest_ListsEveryItemTheReasonAndTheContact()
    {
        var html = renderer.Render(FormSamples.SupplementRequest());

        html.Should().Contain("Số: ……/HDHS")
            .And.Contain("<td style=\"text-align: center\">1</td><td>Giấy chứng sinh (bản chính)</td><td>Bản chính</td><td style=\"text-align: center\">01</td>")
            .And.Contain("<td style=\"text-align: center\">2</td><td>Văn bản ủy quyền có chứng thực</td><td>Bản chứng thực</td><td style=\"text-align: center\">02</td>")
            .And.Contain("Lý do:</span> <span class=\"value\">Hồ sơ thiếu Giấy chứng sinh; người đi đăng ký không phải cha, mẹ của trẻ.</span>")
            .And.Contain("Ông/Bà liên hệ Lò Thị Mai, số điện thoại 0214 3880 123 để được hướng dẫn.")
            .And.Contain("<p class=\"sig-title\">NGƯỜI HƯỚNG DẪN</p>");
    }

    [Fact]
    public void Render_SupplementRequestWithNoItems_PrintsOneEmptyRow()
    {
        var html = renderer.Render(FormSamples.SupplementRequest() with { SupplementItems = [] });

        html.Should().Contain("<tr><td class=\"empty\" colspan=\"4\">(không có)</td></tr>");
    }

    [Fact]
    public void Render_Apology_KeepsTheOriginalAppointmentAndTheNewOne()
    {
        var html = renderer.Render(FormSamples.Apology());

        html.Should().Contain("Thời gian hẹn trả kết quả ban đầu:</span> <span class=\"value\">16 giờ 30 phút, ngày 02 tháng 03 năm 2026</span>")
            .And.Contain("Thời gian hẹn trả kết quả mới (sau gia hạn):</span> <span class=\"value\">16 giờ 00 phút, ngày 04 tháng 03 năm 2026</span>")
            .And.Contain("Vào 09 giờ 05 phút, ngày 02 tháng 03 năm 2026, Bộ phận Một cửa đã tiếp nhận hồ sơ")
            .And.Contain("Công chức Tư pháp - Hộ tịch xã Cốc San xin lỗi Ông/Bà")
            .And.Contain("Lý do:</span> <span class=\"value\">Cần xác minh thông tin về nơi sinh của trẻ với Trạm Y tế.</span>");
    }

    [Fact]
    public void Render_Apology_IsALetterWithRecipientsAndTheSignerOfTheAgency()
    {
        var html = renderer.Render(FormSamples.Apology());

        html.Should().Contain("Số: ……/PXL")
            .And.Contain("<!-- Mẫu số 04: bố cục theo Phiếu xin lỗi và hẹn lại ngày trả kết quả")
            .And.Contain("<p class=\"recipients-heading\">Nơi nhận:</p>")
            .And.Contain("<p>- Lưu: VT.</p>")
            .And.Contain("<p class=\"sig-title\">KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</p>")
            .And.Contain("<p class=\"sig-name\">Hoàng Văn Sơn</p>")
            .And.Contain("Trân trọng./.");
    }

    [Fact]
    public void Render_StopNotice_PrintsTheSuggestedFieldsAndSaysTheyAreUnconfirmed()
    {
        var html = renderer.Render(FormSamples.StopNotice());

        html.Should().MatchRegex("<!-- Mẫu số 05 [^>]*CHƯA ĐƯỢC XÁC NHẬN[^>]* -->")
            .And.Contain("<div class=\"screen-only unconfirmed\">")
            .And.Contain("Kính gửi:</span> <span class=\"value\">Nguyễn Thị Hoa</span>")
            .And.Contain("Thời gian tiếp nhận hồ sơ:</span> <span class=\"value\">09 giờ 05 phút, ngày 02 tháng 03 năm 2026</span>")
            .And.Contain("Căn cứ dừng giải quyết hồ sơ:</span> <span class=\"value\">Đơn xin rút hồ sơ của bà Nguyễn Thị Hoa ngày 02/3/2026.</span>")
            .And.Contain("Hồ sơ đã được giải quyết đến bước:</span> <span class=\"value\">Thẩm định hồ sơ</span>")
            .And.Contain("Trả lại toàn bộ hồ sơ giấy; không phát sinh phí, lệ phí.")
            .And.Contain("<p class=\"sig-name\">Vàng Seo Páo</p>")
            .And.Contain("<p class=\"date-line\">Cốc San, ngày 02 tháng 03 năm 2026</p>");
    }

    [Fact]
    public void Render_StopNoticeWithoutFeeHandling_OmitsThatLine()
    {
        var html = renderer.Render(FormSamples.StopNotice() with { FeeHandling = null });

        html.Should().NotContain("hoàn trả phí, lệ phí đã nộp");
    }

    [Fact]
    public void Render_UnconfirmedNote_IsHiddenInPrint()
    {
        var html = renderer.Render(FormSamples.StopNotice());

        html.Should().Contain(".screen-only { display: none; }");
    }
}
