using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The fake catalogue's records at start (shared/national-api.md §2.2 shape, every value a string): three published
/// procedures modelled on the shipped files of Lào Cai (workflows/procedures/1.004873, 1.009994, 2.001610: names,
/// papers, legal basis), with a fee "Không", limits in "Ngày làm việc" and in plain "Ngày", a fee "50.000", and one
/// unpublished record. The amounts and the decision ids are illustrative, not copied from the national database.
/// </summary>
public static class CatalogueSeeds
{
    public static IReadOnlyList<JsonObject> Records() => [.. JsonNode.Parse(Json)!.AsArray().Select(r => (JsonObject)r!)];

    private const string Json = """
    [
      {
        "ID": "b6a3f0c2-1e55-4f1c-9a51-4873a0000001", "MATTHC": "1.004873", "TENTTHC": "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
        "LOAITTHC": "1", "TRANGTHAI": "1", "IDQUYETDINHCONGBO": "QD-1234-2025", "MACOQUANCONGBO": "000.00.00.G09",
        "CAPTHUCHIEN": [ { "CAPTHUCHIEN": "3", "MOTACOQUANTHUCHIEN": "Ủy ban nhân dân cấp xã", "DIACHITIEPNHAN": "Bộ phận Một cửa cấp xã" } ],
        "LINHVUCTHUCHIEN": [ { "MALINHVUC": "G09-TP03", "TENLINHVUC": "Hộ tịch" } ],
        "COQUANTHUCHIEN": [ { "MADONVI": "H56.31", "TENDONVI": "Ủy ban nhân dân xã" } ],
        "DOITUONGTHUCHIEN": [ { "TENDOITUONG": "Công dân Việt Nam" } ],
        "TRINHTUTHUCHIEN": [ { "TRUONGHOP": "", "TRINHTU": [ { "TENTRINHTU": "Nộp hồ sơ tại Bộ phận Một cửa cấp xã" }, { "TENTRINHTU": "Công chức tư pháp - hộ tịch kiểm tra, xác minh, trình Chủ tịch UBND cấp xã ký" } ] } ],
        "CACHTHUCTHUCHIEN": [
          { "KENH": "1", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "kể từ ngày nhận đủ hồ sơ hợp lệ",
            "PHILEPHI": [ { "MAPHILEPHI": "2", "SOTIEN": "Không", "DONVI": "", "MOTA": "Lệ phí", "URL": "" } ] } ] },
          { "KENH": "2", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "kể từ ngày nhận đủ hồ sơ hợp lệ",
            "PHILEPHI": [ { "MAPHILEPHI": "2", "SOTIEN": "Không", "DONVI": "", "MOTA": "Lệ phí", "URL": "" } ] } ] }
        ],
        "THANHPHANHOSO": [ { "TRUONGHOP": "", "GIAYTO": [
          { "MAGIAYTO": "GT-4873-01", "TENGIAYTO": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)", "TENMAUDON": "Mẫu TK", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "0" },
          { "MAGIAYTO": "GT-4873-02", "TENGIAYTO": "Bản án, quyết định ly hôn đã có hiệu lực hoặc giấy tờ chứng minh vợ/chồng đã chết (trường hợp đã từng kết hôn)", "TENMAUDON": "", "URL": "", "SOBANCHINH": "0", "SOBANSAO": "1" },
          { "MAGIAYTO": "GT-4873-03", "TENGIAYTO": "Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (trường hợp đề nghị cấp lại)", "TENMAUDON": "", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "0" }
        ] } ],
        "YEUCAU": "Không",
        "KETQUATHUCHIEN": [ { "MAKETQUA": "KQ-4873", "TENKETQUA": "Giấy xác nhận tình trạng hôn nhân" } ],
        "CANCUPHAPLY": [
          { "SOVANBAN": "123/2015/NĐ-CP", "TENVANBAN": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch" },
          { "SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch" }
        ]
      },
      {
        "ID": "b6a3f0c2-1e55-4f1c-9a51-9994a0000002", "MATTHC": "1.009994", "TENTTHC": "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        "LOAITTHC": "1", "TRANGTHAI": "1", "IDQUYETDINHCONGBO": "QD-2345-2025", "MACOQUANCONGBO": "000.00.00.G08",
        "CAPTHUCHIEN": [ { "CAPTHUCHIEN": "3", "MOTACOQUANTHUCHIEN": "Ủy ban nhân dân cấp xã", "DIACHITIEPNHAN": "" } ],
        "LINHVUCTHUCHIEN": [ { "MALINHVUC": "G08-XD02", "TENLINHVUC": "Hoạt động xây dựng" } ],
        "COQUANTHUCHIEN": [ { "MADONVI": "H56.31", "TENDONVI": "Ủy ban nhân dân xã" } ],
        "CACHTHUCTHUCHIEN": [
          { "KENH": "1", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "15", "DONVITINH": "Ngày", "MOTA": "kể từ ngày nhận đủ hồ sơ hợp lệ",
            "PHILEPHI": [ { "MAPHILEPHI": "2", "SOTIEN": "75.000", "DONVI": "đồng/giấy phép", "MOTA": "Lệ phí cấp giấy phép xây dựng", "URL": "" } ] } ] }
        ],
        "THANHPHANHOSO": [ { "TRUONGHOP": "", "GIAYTO": [
          { "MAGIAYTO": "GT-9994-01", "TENGIAYTO": "Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)", "TENMAUDON": "Mẫu số 01", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "0" },
          { "MAGIAYTO": "GT-9994-02", "TENGIAYTO": "Bản sao một trong những giấy tờ hợp pháp về đất đai", "TENMAUDON": "", "URL": "", "SOBANCHINH": "0", "SOBANSAO": "1" },
          { "MAGIAYTO": "GT-9994-03", "TENGIAYTO": "Bộ bản vẽ thiết kế xây dựng", "TENMAUDON": "", "URL": "", "SOBANCHINH": "2", "SOBANSAO": "0" },
          { "MAGIAYTO": "GT-9994-04", "TENGIAYTO": "Bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp có công trình liền kề)", "TENMAUDON": "", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "0" }
        ] } ],
        "KETQUATHUCHIEN": [ { "MAKETQUA": "KQ-9994", "TENKETQUA": "Giấy phép xây dựng" } ],
        "CANCUPHAPLY": [
          { "SOVANBAN": "50/2014/QH13", "TENVANBAN": "Luật Xây dựng" },
          { "SOVANBAN": "62/2020/QH14", "TENVANBAN": "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng" },
          { "SOVANBAN": "175/2024/NĐ-CP", "TENVANBAN": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng" }
        ]
      },
      {
        "ID": "b6a3f0c2-1e55-4f1c-9a51-1610a0000003", "MATTHC": "2.001610", "TENTTHC": "Đăng ký thành lập doanh nghiệp tư nhân",
        "LOAITTHC": "1", "TRANGTHAI": "1", "IDQUYETDINHCONGBO": "QD-3456-2025", "MACOQUANCONGBO": "000.00.00.G12",
        "CAPTHUCHIEN": [ { "CAPTHUCHIEN": "1", "MOTACOQUANTHUCHIEN": "Phòng Đăng ký kinh doanh", "DIACHITIEPNHAN": "Trung tâm Phục vụ hành chính công tỉnh" } ],
        "LINHVUCTHUCHIEN": [ { "MALINHVUC": "G12-DN01", "TENLINHVUC": "Thành lập và hoạt động của doanh nghiệp" } ],
        "COQUANTHUCHIEN": [ { "MADONVI": "H56.12", "TENDONVI": "Sở Tài chính" } ],
        "CACHTHUCTHUCHIEN": [
          { "KENH": "1", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "kể từ ngày nhận hồ sơ hợp lệ",
            "PHILEPHI": [ { "MAPHILEPHI": "2", "SOTIEN": "50.000", "DONVI": "Đồng/lần", "MOTA": "Lệ phí đăng ký doanh nghiệp", "URL": "" } ] } ] },
          { "KENH": "2", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "kể từ ngày nhận hồ sơ hợp lệ",
            "PHILEPHI": [ { "MAPHILEPHI": "2", "SOTIEN": "Không", "DONVI": "", "MOTA": "Miễn lệ phí khi đăng ký qua mạng", "URL": "" } ] } ] }
        ],
        "THANHPHANHOSO": [ { "TRUONGHOP": "", "GIAYTO": [
          { "MAGIAYTO": "GT-1610-01", "TENGIAYTO": "Giấy đề nghị đăng ký doanh nghiệp tư nhân (theo mẫu)", "TENMAUDON": "Phụ lục I-1", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "0" },
          { "MAGIAYTO": "GT-1610-02", "TENGIAYTO": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân", "TENMAUDON": "", "URL": "", "SOBANCHINH": "0", "SOBANSAO": "1" },
          { "MAGIAYTO": "GT-1610-03", "TENGIAYTO": "Văn bản ủy quyền cho người nộp hồ sơ (trường hợp nộp thay)", "TENMAUDON": "", "URL": "", "SOBANCHINH": "1", "SOBANSAO": "1" }
        ] } ],
        "KETQUATHUCHIEN": [ { "MAKETQUA": "KQ-1610", "TENKETQUA": "Giấy chứng nhận đăng ký doanh nghiệp" } ],
        "CANCUPHAPLY": [
          { "SOVANBAN": "59/2020/QH14", "TENVANBAN": "Luật Doanh nghiệp" },
          { "SOVANBAN": "168/2025/NĐ-CP", "TENVANBAN": "Nghị định về đăng ký doanh nghiệp" },
          { "SOVANBAN": "47/2019/TT-BTC", "TENVANBAN": "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí đăng ký doanh nghiệp" }
        ]
      },
      {
        "ID": "b6a3f0c2-1e55-4f1c-9a51-1022a0000004", "MATTHC": "1.001022", "TENTTHC": "Thủ tục đăng ký nhận cha, mẹ, con",
        "LOAITTHC": "1", "TRANGTHAI": "0", "IDQUYETDINHCONGBO": "", "MACOQUANCONGBO": "000.00.00.G09",
        "CAPTHUCHIEN": [ { "CAPTHUCHIEN": "3", "MOTACOQUANTHUCHIEN": "Ủy ban nhân dân cấp xã", "DIACHITIEPNHAN": "" } ],
        "LINHVUCTHUCHIEN": [ { "MALINHVUC": "G09-TP03", "TENLINHVUC": "Hộ tịch" } ],
        "COQUANTHUCHIEN": [ { "MADONVI": "H56.31", "TENDONVI": "Ủy ban nhân dân xã" } ],
        "CACHTHUCTHUCHIEN": [ { "KENH": "1", "THOIGIAN": [ { "THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "", "PHILEPHI": [] } ] } ],
        "THANHPHANHOSO": [], "KETQUATHUCHIEN": [], "CANCUPHAPLY": []
      }
    ]
    """;
}
