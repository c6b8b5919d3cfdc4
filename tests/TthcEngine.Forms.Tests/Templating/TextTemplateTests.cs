using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms.Tests.Templating;

public sealed class TextTemplateTests
{
    private static string? Print(string name, string? format) => name switch
    {
        "name" => format is null ? "A & B" : $"A:{format}",
        _ => null,
    };

    [Fact]
    public void RenderHtml_Placeholders_AreEncodedAndFormatsPassed()
    {
        var rendered = TextTemplate.Parse("Tên: {name} <{name:00}>").RenderHtml(Print, "...");

        rendered.Html.Should().Be("Tên: A &amp; B &lt;A:00&gt;");
        rendered.HasValue.Should().BeTrue();
    }

    [Fact]
    public void RenderHtml_AllValuesEmpty_PrintsBlanksAndHasNoValue()
    {
        var rendered = TextTemplate.Parse("{missing}, {other}").RenderHtml(Print, "…");

        rendered.Html.Should().Be("…, …");
        rendered.HasValue.Should().BeFalse();
    }

    [Fact]
    public void RenderHtml_LiteralOnly_HasValue()
    {
        TextTemplate.Parse("Trân trọng./.").RenderHtml(Print, "…").HasValue.Should().BeTrue();
    }

    [Fact]
    public void RenderPlain_EmptyValue_PrintsNothing()
    {
        TextTemplate.Parse("x{missing}y{name}").RenderPlain(Print).Should().Be("xyA & B");
    }

    [Theory]
    [InlineData("a { b")]
    [InlineData("a } b")]
    [InlineData("a {b{c}}")]
    [InlineData("{}")]
    [InlineData("{name:}")]
    public void Parse_MalformedPlaceholder_Throws(string text)
    {
        var act = () => TextTemplate.Parse(text);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Placeholders_ListNamesAndFormatsInOrder()
    {
        TextTemplate.Parse("{a} và {b:date}").Placeholders.Select(p => (p.Name, p.Format))
            .Should().Equal(("a", null), ("b", "date"));
    }
}
