using TthcEngine.National.Portal;

namespace TthcEngine.National.Tests;

public sealed class PortalAnswerTests
{
    [Theory]
    [InlineData("0", "Đồng bộ thành công", PortalAnswerKind.Accepted)]
    [InlineData("00", null, PortalAnswerKind.Accepted)]
    [InlineData("-3", "Hồ sơ đã tồn tại", PortalAnswerKind.AlreadyExists)]
    [InlineData("3", "", PortalAnswerKind.AlreadyExists)]
    [InlineData("-1", "Mã hồ sơ đã tồn tại trong hệ thống", PortalAnswerKind.AlreadyExists)]
    [InlineData("-1", "Sai định dạng", PortalAnswerKind.Refused)]
    [InlineData("", null, PortalAnswerKind.Refused)]
    public void From_ErrorCodeAndMessage_MeansWhatTheConventionsSay(string code, string? message, PortalAnswerKind expected) =>
        PortalAnswer.From(code, message).Kind.Should().Be(expected);

    [Fact]
    public void Reply_WithANumericErrorCode_ReadsAsText()
    {
        var reply = System.Text.Json.JsonSerializer.Deserialize<National.Portal.Wire.PortalReply>("""{"error_code":0,"message":"ok"}""")!;

        reply.ErrorCode.Should().Be("0");
    }
}
