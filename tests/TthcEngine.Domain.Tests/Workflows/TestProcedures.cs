using TthcEngine.Domain.Workflows;

namespace TthcEngine.Domain.Tests.Workflows;

/// <summary>A procedure with every construct, written in the file format.</summary>
internal static class TestProcedures
{
    public const string PermitJson = """
        {
          "code": "9.000001", "name": "Cấp giấy phép thử nghiệm", "field": "Hoạt động xây dựng", "level": "province", "version": 1,
          "statutoryLimit": { "amount": 10, "unit": "workingDays" },
          "source": "Luật thử nghiệm Điều 1", "excludedPhases": [ "financialObligation" ],
          "legalBasis": [ { "document": "Luật thử nghiệm Điều 1", "role": "limit" } ],
          "documents": [ { "id": "don", "name": "Đơn đề nghị", "originals": 1, "copies": 0, "reusable": false } ],
          "units": [
            { "id": "mot-cua", "name": "Bộ phận Một cửa" }, { "id": "phong", "name": "Phòng chuyên môn" },
            { "id": "lanh-dao", "name": "Lãnh đạo Sở" }, { "id": "thue", "name": "Cơ quan Thuế", "external": true },
            { "id": "so-xd", "name": "Sở Xây dựng", "external": true }, { "id": "so-mt", "name": "Sở Nông nghiệp và Môi trường", "external": true }
          ],
          "flow": [
            { "step": "receive", "name": "Tiếp nhận", "role": "desk", "unit": "mot-cua", "budget": { "amount": 4, "unit": "workingHours" } },
            { "step": "appraise", "name": "Thẩm định", "role": "specialist", "unit": "phong", "budget": { "amount": 2, "unit": "workingDays" },
              "consults": [ { "unit": "thue", "budget": { "amount": 1, "unit": "workingDays" } } ] },
            { "parallel": "opinions", "name": "Lấy ý kiến", "branches": [
              [ { "step": "xay-dung", "name": "Ý kiến Sở Xây dựng", "role": "specialist", "unit": "so-xd", "kind": "consultation", "budget": { "amount": 3, "unit": "workingDays" } } ],
              [ { "step": "moi-truong", "name": "Ý kiến Sở NN&MT", "role": "specialist", "unit": "so-mt", "kind": "consultation", "budget": { "amount": 1, "unit": "workingDays" } },
                { "step": "check", "name": "Tổng hợp", "role": "specialist", "unit": "phong", "budget": { "amount": 1, "unit": "workingDays" }, "returnsTo": [ "moi-truong" ] } ]
            ] },
            { "pause": "pay", "name": "Chờ nộp lệ phí", "reason": "financialObligation" },
            { "step": "approve", "name": "Phê duyệt", "role": "leader", "unit": "lanh-dao", "budget": { "amount": 1, "unit": "workingDays" }, "returnsTo": [ "appraise" ] },
            { "step": "return", "name": "Trả kết quả", "role": "desk", "unit": "mot-cua", "budget": { "amount": 4, "unit": "workingHours" } }
          ],
          "greenLane": {
            "statutoryLimit": { "amount": 5, "unit": "workingDays" }, "source": "Kế hoạch luồng xanh",
            "focalPoint": { "role": "focalPoint", "unit": "lanh-dao" },
            "flow": [
              { "step": "receive", "name": "Tiếp nhận", "role": "desk", "unit": "mot-cua", "budget": { "amount": 4, "unit": "workingHours" } },
              { "parallel": "together", "name": "Thẩm định và lấy ý kiến đồng thời", "branches": [
                [ { "step": "appraise", "name": "Thẩm định", "role": "specialist", "unit": "phong", "budget": { "amount": 2, "unit": "workingDays" } } ],
                [ { "step": "xay-dung", "name": "Ý kiến Sở Xây dựng", "role": "specialist", "unit": "so-xd", "kind": "consultation", "budget": { "amount": 2, "unit": "workingDays" } } ],
                [ { "step": "moi-truong", "name": "Ý kiến Sở NN&MT", "role": "specialist", "unit": "so-mt", "kind": "consultation", "budget": { "amount": 1, "unit": "workingDays" } } ]
              ] },
              { "step": "approve", "name": "Phê duyệt", "role": "leader", "unit": "lanh-dao", "budget": { "amount": 1, "unit": "workingDays" } },
              { "step": "return", "name": "Trả kết quả", "role": "desk", "unit": "mot-cua", "budget": { "amount": 4, "unit": "workingHours" } }
            ]
          }
        }
        """;

    public static ProcedureDefinition Permit { get; } = Parse(PermitJson);

    public static ProcedureDefinition Parse(string json)
    {
        var (definition, errors) = ProcedureDocument.Parse(json, "9.000001.json");
        errors.Should().BeEmpty();
        return definition!;
    }
}
