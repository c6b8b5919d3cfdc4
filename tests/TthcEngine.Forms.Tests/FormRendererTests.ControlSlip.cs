namespace TthcEngine.Forms.Tests;

// Form 06: the control slip that travels with the dossier, two rows per hand-off.
public sealed partial class FormRendererTests
{
    [Fact]
    public void Render_ControlSlip_PrintsTheDossierLinesAboveTheTable()
    {
        var html = renderer.Render(FormSamples.ControlSlip());

        html.Should().Contain("Kèm theo hồ sơ của:</span> <span class=\"value\">Nguyễn Thị Hoa</span>")
            .And.Contain("Ngày nhận:</span> <span class=\"value\">09 giờ 05 phút, ngày 02 tháng 03 năm 2026</span>")
            .And.Contain("Ngày, giờ hẹn trả kết quả:</span> <span class=\"value\">16 giờ 30 phút, ngày 02 tháng 03 năm 2026</span>")
            .And.Contain("Cơ quan (bộ phận) giải quyết hồ sơ:</span> <span class=\"value\">Công chức Tư pháp - Hộ tịch xã Cốc San</span>")
            .And.Contain("Cơ quan phối hợp giải quyết hồ sơ:</span> <span class=\"value\">Công an xã Cốc San; Bảo hiểm xã hội khu vực Lào Cai</span>");
    }

    [Fact]
    public void Render_ControlSlip_PrintsAGiveAndAReceiveRowPerHandoffInOrder()
    {
        var html = renderer.Render(FormSamples.ControlSlip());

        HtmlChecks.Count(html, "<tr class=\"give\">").Should().Be(3);
        HtmlChecks.Count(html, "<tr class=\"receive\">").Should().Be(3);
        html.Should().Contain(
            "<tr class=\"give\"><td>1. Giao: Bộ phận Một cửa</td><td>09 giờ 20 phút, ngày 02 tháng 03 năm 2026<br/>Người giao: Lò Thị Mai</td><td style=\"text-align: center\"></td><td></td></tr>\n"
            + "<tr class=\"receive\"><td>2. Nhận: Công chức Tư pháp - Hộ tịch</td><td>09 giờ 20 phút, ngày 02 tháng 03 năm 2026<br/>Người nhận: Trần Văn Bình</td><td style=\"text-align: center\">Trước hạn</td><td></td></tr>");
        HtmlChecks.Positions(html, "Trước hạn</td>", "Trình ký", "Đúng hạn</td>", "2. Nhận: Bộ phận Một cửa", "Quá hạn</td>")
            .Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void Render_ControlSlipWithAHandoffStillHeld_LeavesTheResultEmpty()
    {
        var held = FormSamples.ControlSlip() with
        {
            Handoffs = [new("Bộ phận Một cửa", "Lò Thị Mai", "Công chức Tư pháp - Hộ tịch", null, FormSamples.ReceivedAt, null, null)],
        };

        var html = renderer.Render(held);

        html.Should().Contain("<tr class=\"receive\"><td>2. Nhận: Công chức Tư pháp - Hộ tịch</td><td>09 giờ 05 phút, ngày 02 tháng 03 năm 2026<br/>Người nhận: </td><td style=\"text-align: center\"></td>")
            .And.NotContainAny("Trước hạn<", "Đúng hạn<", "Quá hạn<");
    }

    [Fact]
    public void Render_ControlSlipWithUnknownTimeliness_Throws()
    {
        var data = FormSamples.ControlSlip() with
        {
            Handoffs = [new("Bộ phận Một cửa", null, "Công chức Tư pháp - Hộ tịch", null, FormSamples.ReceivedAt, "ontime", null)],
        };

        var act = () => renderer.Render(data);

        act.Should().Throw<ArgumentException>().WithMessage("*ontime*");
    }
}
