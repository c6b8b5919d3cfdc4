using FluentAssertions;
using TthcEngine.Contracts;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using Xunit;

namespace TthcEngine.IntegrationTests.Persistence;

public sealed class StoredJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void HistoryEvent_VietnameseText_StoredAsWrittenAndReadBack()
    {
        var returned = new StepReturned(At, new StepRef("tham-dinh", 1), "tiep-nhan", "cb.hoa", "Thiếu bản chính giấy chứng sinh <mục 2> & chữ ký");

        var (type, payload) = WorkflowEventJson.Write(returned);

        payload.Should().Contain("Thiếu bản chính giấy chứng sinh").And.NotContain("\\u1EBF");
        payload.Should().Contain("\\u003Cmục 2\\u003E \\u0026 chữ ký", "the characters HTML reads stay escaped");
        WorkflowEventJson.Read(type, payload).Should().Be(returned);
    }

    [Fact]
    public void HistoryEvent_WrittenWithEscapes_StillRead()
    {
        var payload = """{"step":{"stepId":"tham-dinh","activation":1},"toStepId":"tiep-nhan","officer":"cb.hoa","reason":"Thi\u1EBFu gi\u1EA5y","at":"2026-03-10T09:00:00+07:00"}""";

        WorkflowEventJson.Read(nameof(StepReturned), payload).Should().BeOfType<StepReturned>().Which.Reason.Should().Be("Thiếu giấy");
    }

    [Fact]
    public void OutboxMessage_VietnameseText_StoredAsWrittenAndReadBack()
    {
        var expedited = new StepExpedited
        {
            DossierId = Guid.CreateVersion7(At),
            OccurredAt = At,
            DossierCode = "000.00.12.H56-260310-0001",
            StepId = "tham-dinh",
            Unit = "phong-tai-nguyen",
            FocalPoint = "dm.lan",
            Message = "Đề nghị hoàn thành thẩm định trước 16 giờ",
            EscalateToHead = false,
        };

        var record = OutboxMessages.Create(expedited, expedited.DossierId, 3, At);

        record.Payload.Should().Contain("Đề nghị hoàn thành thẩm định trước 16 giờ");
        record.Payload.Should().Contain("\"EscalateToHead\":false", "the contracts keep their own property names");
        OutboxMessages.Read(record).Message.Should().Be(expedited);
    }
}
