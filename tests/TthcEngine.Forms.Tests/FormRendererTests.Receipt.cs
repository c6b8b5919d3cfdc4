using QRCoder;

namespace TthcEngine.Forms.Tests;

// Forms 01 (receipt) and 03 (refusal): the slips handed over the counter, with the code as a QR code and two copies.
public sealed partial class FormRendererTests
{
    [Fact]
    public void Render_Receipt_PrintsReceiptAndDueTimesInVietnamCivilTime()
    {
        var html = renderer.Render(FormSamples.Dossier(FormKind.Receipt));

        html.Should().Contain("4. Thời gian nhận hồ sơ:</span> <span class=\"value\">09 giờ 05 phút, ngày 02 tháng 03 năm 2026</span>")
            .And.Contain("5. Thời gian trả kết quả giải quyết hồ sơ:</span> <span class=\"value\">16 giờ 30 phút, ngày 02 tháng 03 năm 2026</span>");
    }

    [Fact]
    public void Render_Receipt_PrintsFieldsInTheOrderOfTheForm()
    {
        var html = renderer.Render(FormSamples.Dossier(FormKind.Receipt));

        HtmlChecks.Positions(
                html,
                "Bộ phận tiếp nhận và trả kết quả:",
                "Tiếp nhận hồ sơ của:",
                "Địa chỉ:",
                "Số điện thoại:",
                "Nội dung yêu cầu giải quyết:",
                "1. Thành phần hồ sơ",
                "2. Số lượng hồ sơ:",
                "3. Thời gian giải quyết hồ sơ theo quy định:",
                "4. Thời gian nhận hồ sơ:",
                "5. Thời gian trả kết quả giải quyết hồ sơ:",
                "6. Đăng ký nhận kết quả tại:",
                "Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 152",
                "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ")
            .Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void Render_Receipt_PrintsTheDocumentsTable()
    {
        var html = renderer.Render(FormSamples.Dossier(FormKind.Receipt));

        html.Should().Contain("<tr><th style=\"width: 8%\">STT</th><th>Tên giấy tờ</th><th style=\"width: 24%\">Loại</th><th style=\"width: 13%\">Số lượng</th></tr>")
            .And.Contain("<tr><td style=\"text-align: center\">1</td><td>Tờ khai đăng ký khai sinh</td><td>Bản chính</td><td style=\"text-align: center\">01</td></tr>")
            .And.Contain("<td style=\"text-align: center\">3</td><td>Giấy xác nhận kết hôn của cha, mẹ</td><td>Bản sao</td>");
    }

    [Theory]
    [InlineData(0, "0 đồng")]
    [InlineData(50000, "50.000 đồng")]
    [InlineData(1250000, "1.250.000 đồng")]
    public void Render_ReceiptWithFee_PrintsVnd(int fee, string printed)
    {
        var html = renderer.Render(FormSamples.Dossier(FormKind.Receipt) with { Fee = fee });

        html.Should().Contain($"7. Phí, lệ phí (nếu có):</span> <span class=\"value\">{printed}</span>");
    }

    [Fact]
    public void Render_ReceiptWithoutDueOrIdNumber_LeavesDotsForTheDueAndOmitsTheIdLine()
    {
        var data = FormSamples.Dossier(FormKind.Receipt) with
        {
            DueAt = null,
            Applicant = FormSamples.Applicant with { IdNumber = null },
        };

        var html = renderer.Render(data);

        html.Should().Contain("5. Thời gian trả kết quả giải quyết hồ sơ:</span> <span class=\"value\"><span class=\"blank\">")
            .And.NotContain("Số CCCD/Mã số thuế");
    }

    [Fact]
    public void Render_ReceiptWithIdNumber_PrintsTheIdLine()
    {
        var html = renderer.Render(FormSamples.Dossier(FormKind.Receipt));

        html.Should().Contain("Số CCCD/Mã số thuế:</span> <span class=\"value\">010190012345</span>");
    }

    [Theory]
    [InlineData(FormKind.Receipt)]
    [InlineData(FormKind.Refusal)]
    public void Render_CounterSlip_PrintsTwoCopiesEachWithCodeAndQrOfTheLookupAddress(FormKind kind)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        HtmlChecks.Count(html, "<section class=\"sheet\">").Should().Be(2);
        html.Should().Contain("<p class=\"copy\">(Liên 1: Lưu)</p>").And.Contain("<p class=\"copy\">(Liên 2: Giao người nộp)</p>");
        HtmlChecks.Count(html, $"<p class=\"subtitle\">Mã hồ sơ: {FormSamples.Code}</p>").Should().Be(2);
        HtmlChecks.Count(html, "<svg class=\"qr-code\"").Should().Be(2);
        html.Should().Contain(QrPath(FormSamples.LookupUrl));
        HtmlChecks.ParseAsXml(html).Descendants(XName("svg")).Should().HaveCount(2);
    }

    [Fact]
    public void Render_ReceiptsOfTwoDossiers_CarryDifferentQrCodes()
    {
        var other = FormSamples.Dossier(FormKind.Receipt) with { LookupUrl = FormSamples.LookupUrl.Replace("0007", "0008", StringComparison.Ordinal) };

        var html = renderer.Render(other);

        html.Should().NotContain(QrPath(FormSamples.LookupUrl)).And.Contain(QrPath(other.LookupUrl));
    }

    [Theory]
    [InlineData(FormKind.SupplementRequest)]
    [InlineData(FormKind.Apology)]
    [InlineData(FormKind.StopNotice)]
    [InlineData(FormKind.ControlSlip)]
    public void Render_OtherForms_PrintOneSheetWithoutQr(FormKind kind)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        HtmlChecks.Count(html, "<section class=\"sheet\">").Should().Be(1);
        html.Should().NotContain("<svg").And.NotContain("Liên 1");
    }

    [Fact]
    public void Render_Refusal_PrintsTheReasonTheContactAndOneSignature()
    {
        var html = renderer.Render(FormSamples.Refusal());

        html.Should().Contain("Trẻ đã được đăng ký khai sinh tại UBND xã Bảo Nhai ngày 15/02/2026.")
            .And.Contain("Xin thông báo cho Ông/Bà được biết và thực hiện./.")
            .And.Contain("Mọi vướng mắc xin liên hệ Lò Thị Mai, số điện thoại 0214 3880 123")
            .And.Contain("Số: ……/TCHS")
            .And.Contain("Thời gian nhận hồ sơ:</span> <span class=\"value\">09 giờ 05 phút, ngày 02 tháng 03 năm 2026</span>");
        HtmlChecks.Count(html, "<p class=\"sig-title\">").Should().Be(2, "one signature on each of the two copies");
    }

    // The path QRCoder draws for the text: the renderer's SVG must carry exactly this code.
    private static string QrPath(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf(" d=\"", StringComparison.Ordinal);
        return svg[start..svg.IndexOf('"', start + 4)];
    }

    private static System.Xml.Linq.XName XName(string local) => System.Xml.Linq.XName.Get(local, "http://www.w3.org/2000/svg");
}
