using TthcEngine.Forms.Html;
using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms.Tests.Templating;

public sealed class FormTemplateCatalogTests
{
    public static TheoryData<string> TemplateFiles => [.. FormTemplateCatalog.Files().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Parse_EveryEmbeddedTemplate_IsValid(string name)
    {
        var json = FormTemplateCatalog.Files().Single(f => f.Name == name).Json;

        var template = FormTemplateCatalog.Parse(name, json);

        FormTemplateValidator.Validate(template).Should().BeEmpty();
    }

    [Fact]
    public void Files_CoverEveryFormExactlyOnce()
    {
        var forms = FormTemplateCatalog.Files().Select(f => FormTemplateCatalog.Parse(f.Name, f.Json).Form);

        forms.Should().BeEquivalentTo(Enum.GetValues<FormKind>()).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("01-receipt.json", "{applicantName}", "{applicantNickname}", "unknown value 'applicantNickname'")]
    [InlineData("01-receipt.json", "{receivedAt}", "{receivedAt:long}", "value 'receivedAt' (Time) has no format 'long'")]
    [InlineData("01-receipt.json", "{sets:00}", "{sets:date}", "value 'sets' (Number) has no format 'date'")]
    [InlineData("01-receipt.json", "{quantity:00}", "{quantity:00}{issuingUnit}", "unknown value 'issuingUnit'")]
    [InlineData("01-receipt.json", "\"table\": \"documents\"", "\"table\": \"papers\"", "no table named 'papers'")]
    [InlineData("01-receipt.json", "\"A5 portrait\"", "\"Letter\"", "paper: 'Letter'")]
    [InlineData("01-receipt.json", "Liên 1: Lưu", "Liên 1: {Lưu", "Unbalanced brace")]
    [InlineData("01-receipt.json", "\"width\": \"8%\"", "\"width\": \"8%;color:red\"", "is not a length")]
    [InlineData("01-receipt.json", "\"title\": \"GIẤY", "\"titel\": \"GIẤY", "titel")]
    [InlineData("02-supplement-request.json", "\"style\": \"indent\"", "\"style\": \"indent blink\"", "unknown style 'blink'")]
    [InlineData("06-control-slip.json", "{sideNumber}. {side}", "{sideNumber}. {side} {applicantName}", "unknown value 'applicantName'")]
    [InlineData("07-logbook.json", "Năm {year}", "Năm {year} {dossierCode}", "unknown value 'dossierCode'")]
    public void Parse_BrokenTemplate_IsAnErrorNamingTheProblem(string file, string original, string broken, string message)
    {
        var json = Json(file);
        json.Should().Contain(original, "the mutation must hit the template");

        var act = () => FormTemplateCatalog.Parse(file, json.Replace(original, broken, StringComparison.Ordinal));

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{file}*{message}*");
    }

    [Fact]
    public void Parse_LineThatIsBothTextAndField_IsAnError()
    {
        var json = Json("01-receipt.json").Replace(
            "{ \"label\": \"Địa chỉ\", \"value\": \"{applicantAddress}\" }",
            "{ \"label\": \"Địa chỉ\", \"value\": \"{applicantAddress}\", \"text\": \"x\" }",
            StringComparison.Ordinal);

        var act = () => FormTemplateCatalog.Parse("01-receipt.json", json);

        act.Should().Throw<InvalidOperationException>().WithMessage("*exactly one of*");
    }

    [Fact]
    public void Write_TemplateWithAnAddedAndARenamedField_PrintsThemWithoutCodeChanges()
    {
        var json = Json("01-receipt.json")
            .Replace("\"Địa chỉ\"", "\"Địa chỉ thường trú\"", StringComparison.Ordinal)
            .Replace(
                "{ \"label\": \"Địa chỉ thường trú\"",
                "{ \"label\": \"Thủ tục số\", \"value\": \"{procedureCode}\" },\n    { \"label\": \"Địa chỉ thường trú\"",
                StringComparison.Ordinal);
        var template = FormTemplateCatalog.Parse("01-receipt.json", json);

        var html = FormDocumentWriter.Write(template, FormBindings.Dossier, FormSamples.Dossier(FormKind.Receipt));

        html.Should().Contain("Thủ tục số:</span> <span class=\"value\">1.001193</span>")
            .And.Contain("Địa chỉ thường trú:</span> <span class=\"value\">Thôn Tân Thành, xã Cốc San, tỉnh Lào Cai</span>");
    }

    private static string Json(string file) => FormTemplateCatalog.Files().Single(f => f.Name == file).Json;
}
