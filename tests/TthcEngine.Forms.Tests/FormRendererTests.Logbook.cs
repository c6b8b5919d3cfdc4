namespace TthcEngine.Forms.Tests;

// Form 07: the logbook, a landscape register with one row per dossier.
public sealed partial class FormRendererTests
{
    [Fact]
    public void RenderLogbook_SeveralEntries_PrintsThemInNumberOrder()
    {
        var data = FormSamples.Logbook(
            FormSamples.Entry(152, "000.39.12.H34-260302-0007", 2),
            FormSamples.Entry(150, "000.39.12.H34-260302-0005", 2),
            FormSamples.Entry(151, "000.39.12.H34-260302-0006", 2));

        var html = renderer.RenderLogbook(data);

        HtmlChecks.Positions(html, "000.39.12.H34-260302-0005", "000.39.12.H34-260302-0006", "000.39.12.H34-260302-0007")
            .Should().NotContain(-1).And.BeInAscendingOrder();
        HtmlChecks.Positions(html, ">150</td>", ">151</td>", ">152</td>").Should().NotContain(-1).And.BeInAscendingOrder();
        HtmlChecks.Count(html, "<tbody>\n(<tr><td[^\n]*</tr>\n){3}</tbody>").Should().Be(1, "three entry rows and nothing else");
    }

    [Fact]
    public void RenderLogbook_PrintsTheRegisterHeaderOnA4Landscape()
    {
        var html = renderer.RenderLogbook(FormSamples.Logbook(FormSamples.Entry(1, "000.39.12.H34-260302-0001", 2)));

        html.Should().Contain("@page { size: A4 landscape;")
            .And.Contain("<p class=\"marker\">Mẫu số 07</p>")
            .And.Contain("<h1 class=\"title\">SỔ THEO DÕI HỒ SƠ</h1>")
            .And.Contain("<p class=\"subtitle\">Năm 2026 - Quyển số: 01</p>")
            .And.Contain("<th colspan=\"5\">Ngày, tháng, năm</th>")
            .And.Contain("<th rowspan=\"2\" style=\"width: 4%\">STT</th>")
            .And.Contain("<th style=\"width: 6.5%\">Trả kết quả cho cá nhân, tổ chức</th>")
            .And.Contain("<th>(13)</th>")
            .And.NotContain("<p class=\"date-line\">")
            .And.NotContain("<p class=\"sig-title\">");
    }

    [Fact]
    public void RenderLogbook_Entry_PrintsDatesInVietnamTimeAndLeavesPendingDatesEmpty()
    {
        var html = renderer.RenderLogbook(FormSamples.Logbook(FormSamples.Entry(1, "000.39.12.H34-260302-0001", 2)));

        html.Should().Contain(
            "<td style=\"text-align: center\">09:05 02/03/2026</td><td style=\"text-align: center\">16:30 02/03/2026</td>"
            + "<td style=\"text-align: center\">09:20 02/03/2026</td><td style=\"text-align: center\"></td><td style=\"text-align: center\"></td><td></td></tr>");
    }

    [Fact]
    public void RenderLogbook_ApplicantWithMarkup_IsEncoded()
    {
        var entry = FormSamples.Entry(1, "000.39.12.H34-260302-0001", 2) with { ApplicantName = "<script>x()</script>" };

        var html = renderer.RenderLogbook(FormSamples.Logbook(entry));

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;x()&lt;/script&gt;");
    }

    [Fact]
    public void RenderLogbook_IsWellFormedWithBalancedTables()
    {
        var html = renderer.RenderLogbook(FormSamples.Logbook(
            FormSamples.Entry(1, "000.39.12.H34-260302-0001", 2), FormSamples.Entry(2, "000.39.12.H34-260302-0002", 2)));

        var document = HtmlChecks.ParseAsXml(html);
        document.Descendants("table").Should().ContainSingle();
        HtmlChecks.Count(html, "<table[ >]").Should().Be(HtmlChecks.Count(html, "</table>"));
        HtmlChecks.RowOpen().Count(html).Should().Be(HtmlChecks.Count(html, "</tr>")).And.Be(5, "two header rows, the column numbers, two entries");
    }

    [Fact]
    public void RenderLogbook_NoEntries_PrintsAnEmptyRegister()
    {
        var html = renderer.RenderLogbook(FormSamples.Logbook());

        html.Should().Contain("<tr><td class=\"empty\" colspan=\"13\">(chưa có hồ sơ)</td></tr>");
    }
}
