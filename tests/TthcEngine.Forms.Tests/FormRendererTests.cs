namespace TthcEngine.Forms.Tests;

public sealed partial class FormRendererTests
{
    private readonly FormRenderer renderer = new();

    public static TheoryData<FormKind, string, string, string> DossierForms => new()
    {
        { FormKind.Receipt, "Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "A5 portrait" },
        { FormKind.SupplementRequest, "Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "A5 portrait" },
        { FormKind.Refusal, "Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "A5 portrait" },
        { FormKind.Apology, "Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "A4 portrait" },
        { FormKind.StopNotice, "Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "A4 portrait" },
        { FormKind.ControlSlip, "Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "A4 portrait" },
    };

    public static TheoryData<FormKind> DossierKinds =>
    [
        FormKind.Receipt, FormKind.SupplementRequest, FormKind.Refusal, FormKind.Apology, FormKind.StopNotice, FormKind.ControlSlip,
    ];

    [Theory]
    [MemberData(nameof(DossierForms))]
    public void Render_EachForm_PrintsTitleMarkerCodeApplicantProcedureAndPaper(FormKind kind, string marker, string title, string paper)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        html.Should().Contain($"<h1 class=\"title\">{title}</h1>")
            .And.Contain($"<p class=\"marker\">{marker}</p>")
            .And.Contain($"Mã hồ sơ: {FormSamples.Code}")
            .And.Contain("Nguyễn Thị Hoa")
            .And.Contain("Đăng ký khai sinh (mã thủ tục 1.001193)")
            .And.Contain($"@page {{ size: {paper};");
    }

    [Theory]
    [MemberData(nameof(DossierKinds))]
    public void Render_EachForm_IsAVietnameseHtml5DocumentWithTheCommonHeader(FormKind kind)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">")
            .And.Contain("<meta charset=\"utf-8\"/>")
            .And.Contain("<p class=\"parent\">UBND TỈNH LÀO CAI</p>")
            .And.Contain("<p class=\"unit\">UBND XÃ CỐC SAN</p>")
            .And.Contain("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>")
            .And.Contain("<p class=\"motto\">Độc lập - Tự do - Hạnh phúc</p>")
            .And.MatchRegex("<p class=\"date-line\">Cốc San, ngày 02 tháng 03 năm 2026</p>");
    }

    [Theory]
    [MemberData(nameof(DossierKinds))]
    public void Render_EachForm_IsWellFormedWithBalancedTables(FormKind kind)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        var document = HtmlChecks.ParseAsXml(html);
        document.Root!.Name.LocalName.Should().Be("html");
        HtmlChecks.Count(html, "<table[ >]").Should().Be(HtmlChecks.Count(html, "</table>"));
        HtmlChecks.RowOpen().Count(html).Should().Be(HtmlChecks.Count(html, "</tr>"));
        document.Descendants("tr").Should().HaveCount(HtmlChecks.RowOpen().Count(html));
    }

    [Theory]
    [MemberData(nameof(DossierKinds))]
    public void Render_EachForm_FetchesNothing(FormKind kind)
    {
        var html = renderer.Render(FormSamples.ForKind(kind));

        html.Should().NotContainAny("<script", "<link", "<img", " src=", " href=", "@import", "url(", "@font-face");
        HtmlChecks.Count(html, "<style>").Should().Be(1);
    }

    [Fact]
    public void Render_ApplicantNameWithMarkup_IsEncoded()
    {
        var data = FormSamples.Dossier(FormKind.Receipt) with
        {
            Applicant = FormSamples.Applicant with { Name = "<script>alert('x')</script> Nguyễn & \"Hoa\"" },
        };

        var html = renderer.Render(data);

        html.Should().NotContain("<script>")
            .And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Nguyễn &amp; &quot;Hoa&quot;");
        HtmlChecks.ParseAsXml(html).Descendants("script").Should().BeEmpty();
    }

    [Fact]
    public void Render_ReasonWithLineBreaksAndControlCharacters_PrintsLinesAndStaysWellFormed()
    {
        var data = FormSamples.Refusal() with { Reason = "Thiếu giấy chứng sinh;\r\nsai họ tên\u0001 của mẹ." };

        var html = renderer.Render(data);

        html.Should().Contain("Thiếu giấy chứng sinh;<br/>sai họ tên của mẹ.");
        HtmlChecks.ParseAsXml(html);
    }

    [Fact]
    public void Render_LogbookKind_Throws()
    {
        var act = () => renderer.Render(FormSamples.Dossier(FormKind.Logbook));

        act.Should().Throw<ArgumentException>().WithMessage("*RenderLogbook*");
    }

    [Fact]
    public void Render_UndefinedKind_Throws()
    {
        var act = () => renderer.Render(FormSamples.Dossier((FormKind)9));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Render_SameData_GivesSameDocument()
    {
        var first = renderer.Render(FormSamples.Dossier(FormKind.Receipt));

        var second = new FormRenderer().Render(FormSamples.Dossier(FormKind.Receipt));

        second.Should().Be(first);
    }
}
