using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The portal's store and rules: a dossier is keyed by MaHoSo; a second insert answers "đã tồn tại" (error_code -3);
/// an update or history of an unknown dossier answers error_code -2; a malformed record, error_code -1. Nothing is
/// deduplicated: a record sent twice is stored twice, as an unknown partner might.
/// </summary>
public sealed class FakePortal(FaultInjector faults)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeDossier> dossiers = new(StringComparer.Ordinal);

    public static JsonObject Reply(string code, string message) => new() { ["error_code"] = code, ["message"] = message };

    public JsonObject Insert(JsonArray records) => Apply(records, insert: true);

    public JsonObject Update(JsonArray records) => Apply(records, insert: false);

    public JsonObject AddHistory(JsonArray records, int limit)
    {
        if (records.Count == 0 || records.Count > limit)
        {
            return Reply("-1", $"Mỗi lần gửi từ 1 đến {limit} bản ghi tiến độ.");
        }

        if (records.Select(WireCheck.Progress).FirstOrDefault(e => e is not null) is { } error)
        {
            return Reply("-1", $"Sai định dạng: {error}.");
        }

        lock (gate)
        {
            var unknown = records.Select(r => WireCheck.Text((JsonObject)r!, "MaHoSo")).FirstOrDefault(c => !dossiers.ContainsKey(c));
            if (unknown is not null)
            {
                return Reply("-2", $"Hồ sơ {unknown} không tồn tại.");
            }

            foreach (var record in records.Cast<JsonObject>())
            {
                dossiers[WireCheck.Text(record, "MaHoSo")].History.Add((JsonObject)record.DeepClone());
            }
        }

        return Reply("0", "Cập nhật tiến độ thành công");
    }

    /// <summary>The lookup's answer: the dossier with its history (QuaTrinhXuLy), or an empty result.</summary>
    public JsonObject Lookup(string code)
    {
        lock (gate)
        {
            var result = new JsonArray();
            if (dossiers.TryGetValue(code, out var dossier))
            {
                var held = (JsonObject)dossier.Current.DeepClone();
                held["QuaTrinhXuLy"] = new JsonArray([.. dossier.History.Select(h => (JsonNode)h.DeepClone())]);
                result.Add(held);
            }

            var reply = Reply("0", result.Count == 0 ? "Không tìm thấy hồ sơ" : "Thành công");
            reply["result"] = result;
            return reply;
        }
    }

    /// <summary>A dossier as the control endpoint shows it, or null.</summary>
    public JsonObject? Inspect(string code)
    {
        lock (gate)
        {
            return dossiers.TryGetValue(code, out var d)
                ? new JsonObject
                {
                    ["code"] = code,
                    ["seeded"] = d.Seeded,
                    ["current"] = d.Current.DeepClone(),
                    ["received"] = new JsonArray([.. d.Received.Select(r => (JsonNode)r.DeepClone())]),
                    ["history"] = new JsonArray([.. d.History.Select(r => (JsonNode)r.DeepClone())]),
                }
                : null;
        }
    }

    public JsonObject Summary()
    {
        lock (gate)
        {
            return new JsonObject
            {
                ["dossiers"] = dossiers.Count,
                ["records"] = dossiers.Values.Sum(d => d.Received.Count),
                ["history"] = dossiers.Values.Sum(d => d.History.Count),
            };
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            dossiers.Clear();
        }
    }

    private JsonObject Apply(JsonArray records, bool insert)
    {
        if (records.Count == 0)
        {
            return Reply("-1", "Không có hồ sơ nào.");
        }

        if (records.Select(WireCheck.Dossier).FirstOrDefault(e => e is not null) is { } error)
        {
            return Reply("-1", $"Sai định dạng: {error}.");
        }

        lock (gate)
        {
            foreach (var record in records.Cast<JsonObject>())
            {
                var code = WireCheck.Text(record, "MaHoSo");
                var known = dossiers.TryGetValue(code, out var dossier);
                if (insert && !known && faults.AlreadyExists())
                {
                    // Registered online before it was accepted (status 1 Mới đăng ký), by the portal itself or another system.
                    var earlier = (JsonObject)record.DeepClone();
                    earlier["TrangThaiHoSo"] = "1";
                    dossiers[code] = new FakeDossier(earlier, seeded: true);
                    known = true;
                }

                if (insert && known)
                {
                    return Reply("-3", $"Hồ sơ {code} đã tồn tại");
                }

                if (!insert && !known)
                {
                    return Reply("-2", $"Hồ sơ {code} không tồn tại.");
                }

                dossier ??= dossiers[code] = new FakeDossier((JsonObject)record.DeepClone(), seeded: false);
                dossier.Current = (JsonObject)record.DeepClone();
                dossier.Received.Add((JsonObject)record.DeepClone());
            }
        }

        return Reply("0", "Đồng bộ thành công");
    }
}
