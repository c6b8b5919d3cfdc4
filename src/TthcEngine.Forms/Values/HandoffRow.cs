namespace TthcEngine.Forms.Values;

/// <summary>
/// One side of a hand-off on the control slip (Form 06): each hand-off prints as two rows, "1. Giao" (the giving unit)
/// and "2. Nhận" (the receiving unit). The receiving side fills the result column (forms.md, Form 06), so the result is
/// on the receiving row only; the hand-off's note is on the giving row.
/// </summary>
internal sealed record HandoffRow(int Step, bool Giving, FormHandoff Handoff)
{
    public static readonly ValueScope<HandoffRow> Scope = new(
    [
        new("step", ValueKind.Number, r => r.Step),
        new("sideNumber", ValueKind.Number, r => r.Giving ? 1 : 2),
        new("side", ValueKind.Text, r => r.Giving ? "Giao" : "Nhận"),
        new("unit", ValueKind.Text, r => r.Giving ? r.Handoff.FromUnit : r.Handoff.ToUnit),
        new("officer", ValueKind.Text, r => r.Giving ? r.Handoff.FromOfficer : r.Handoff.ToOfficer),
        new("signRole", ValueKind.Text, r => r.Giving ? "Người giao" : "Người nhận"),
        new("at", ValueKind.Time, r => r.Handoff.At),
        new("result", ValueKind.Text, r => r.Giving ? null : VietnameseFormat.Timeliness(r.Handoff.Timeliness)),
        new("note", ValueKind.Text, r => r.Giving ? r.Handoff.Note : null),
    ]);

    public string CssClass => Giving ? "give" : "receive";

    public static IEnumerable<HandoffRow> Split(IReadOnlyList<FormHandoff> handoffs) =>
        handoffs.SelectMany((handoff, i) => new[] { new HandoffRow(i + 1, true, handoff), new HandoffRow(i + 1, false, handoff) });
}
