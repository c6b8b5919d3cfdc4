using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The portal's wire rules, checked on everything received (shared/national-api.md §1.2-1.5): a record is an object
/// whose every value is a string, except its lists, which hold objects of strings; dates are <c>yyyyMMddHHmmss</c>
/// or empty; statuses are 1 to 10.
/// </summary>
public static class WireCheck
{
    private static readonly string[] DossierLists =
        ["DinhDanhCHS", "DSKetNoiCSDL", "TaiLieuNop", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua"];

    private static readonly string[] DossierDates = ["NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi"];

    private static readonly string[] DossierRequired = ["MaHoSo", "MaTTHC", "TrangThaiHoSo", "ChuHoSo", "KenhThucHien", "DonViXuLy"];

    private static readonly string[] ProgressDates = ["ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"];

    /// <summary>What is wrong with a dossier record; null when nothing is.</summary>
    public static string? Dossier(JsonNode? node) =>
        node is not JsonObject record ? "a dossier record must be a JSON object"
        : Strings(record, DossierLists)
            ?? Required(record, DossierRequired)
            ?? Dates(record, DossierDates)
            ?? Status(record, "TrangThaiHoSo")
            ?? Receipt(record)
            ?? OneOf(record, "KenhThucHien", "1", "2", "3")
            ?? OneOf(record, "LoaiDoiTuong", "", "1", "2", "3", "4");

    /// <summary>What is wrong with a processing-history record; null when nothing is.</summary>
    public static string? Progress(JsonNode? node) =>
        node is not JsonObject record ? "a history record must be a JSON object"
        : Strings(record, [])
            ?? Required(record, ["MaHoSo", "ThoiDiemXuLy", "TrangThai", "NoiDungXuLy"])
            ?? Dates(record, ProgressDates)
            ?? Status(record, "TrangThai")
            ?? (Text(record, "NguoiXuLy").Length > 50 ? "NguoiXuLy is longer than 50 characters" : null);

    public static string Text(JsonObject record, string name) =>
        record[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    private static string? Strings(JsonObject record, string[] lists)
    {
        foreach (var (name, value) in record)
        {
            if (lists.Contains(name))
            {
                if (value is not JsonArray array || array.Any(e => e is not JsonObject entry || entry.Any(p => !IsString(p.Value))))
                {
                    return $"{name} must be a list of objects whose values are strings";
                }
            }
            else if (!IsString(value))
            {
                return $"{name} must be a string";
            }
        }

        return null;
    }

    private static bool IsString(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static string? Required(JsonObject record, string[] names) =>
        names.FirstOrDefault(n => Text(record, n).Length == 0) is { } missing ? $"{missing} is required" : null;

    /// <summary>
    /// A received dossier has its NgayTiepNhan; one not received has none: still registered (1), or refused at receipt
    /// (3, with its NgayTuChoi).
    /// </summary>
    private static string? Receipt(JsonObject record) => Text(record, "TrangThaiHoSo") switch
    {
        "1" => null,
        "3" => Text(record, "NgayTiepNhan").Length > 0 ? "NgayTiepNhan must be empty for a dossier not received (status 3)"
            : Text(record, "NgayTuChoi").Length == 0 ? "NgayTuChoi is required for a dossier not received (status 3)"
            : null,
        _ => Required(record, ["NgayTiepNhan"]),
    };

    private static string? Dates(JsonObject record, string[] names) =>
        names.FirstOrDefault(n => Text(record, n) is { Length: > 0 } text
            && !DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) is { } bad
            ? $"{bad} is not a yyyyMMddHHmmss date"
            : null;

    private static string? Status(JsonObject record, string name) =>
        int.TryParse(Text(record, name), NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 1 and <= 10
            ? null
            : $"{name} must be a status from 1 to 10";

    private static string? OneOf(JsonObject record, string name, params string[] allowed) =>
        record.ContainsKey(name) && !allowed.Contains(Text(record, name)) ? $"{name} '{Text(record, name)}' is not one of {string.Join(", ", allowed)}" : null;
}
