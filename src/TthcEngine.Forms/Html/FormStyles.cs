namespace TthcEngine.Forms.Html;

/// <summary>The inline stylesheet of every form: print first (@page), with a plain sheet look on screen.</summary>
internal static class FormStyles
{
    /// <summary>The CSS class of the body for a paper size: A5 prints smaller, landscape registers smaller still.</summary>
    public static string BodyClass(string paper) => paper switch
    {
        "A5 portrait" => "paper-a5",
        _ when paper.EndsWith("landscape", StringComparison.Ordinal) => "paper-landscape",
        _ => "paper-a4",
    };

    // System fonts only: the document must print offline, so nothing is fetched.
    public static string Css(string paper) => $$"""
        @page { size: {{paper}}; margin: {{(paper == "A5 portrait" ? "8mm 9mm 8mm 11mm" : "15mm 15mm 15mm 20mm")}}; }
        * { box-sizing: border-box; }
        html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        body { margin: 0; color: #000; font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt; line-height: 1.35; }
        body.paper-a5 { font-size: 10pt; line-height: 1.25; }
        body.paper-a5 p { margin-bottom: 0.12em; }
        body.paper-landscape { font-size: 10pt; }
        p { margin: 0 0 0.25em; }
        .marker { text-align: right; font-style: italic; font-size: 0.9em; }
        .header { display: flex; justify-content: space-between; gap: 4mm; text-align: center; }
        .header-left { flex: 0 0 42%; }
        .header-right { flex: 1 1 auto; }
        .parent { text-transform: uppercase; margin: 0; }
        .unit, .nation, .motto { font-weight: bold; margin: 0; }
        .nation { white-space: nowrap; }
        body.paper-a5 .header { font-size: 0.9em; }
        .unit { text-transform: uppercase; }
        .rule { width: 36%; margin: 2px auto 6px; border-top: 1px solid #000; }
        .motto + .rule { width: 62%; }
        .number { margin-top: 0.2em; }
        .date-line { font-style: italic; margin-top: 0.4em; }
        h1.title { font-size: 1.12em; font-weight: bold; text-align: center; margin: 1em 0 0.2em; }
        .identity { display: flex; justify-content: center; align-items: center; gap: 6mm; margin-bottom: 0.6em; text-align: center; }
        .subtitle { font-weight: bold; }
        .copy { font-style: italic; }
        .qr { text-align: center; font-size: 0.75em; }
        .qr-code { display: block; width: 22mm; height: 22mm; margin: 0 auto; }
        body.paper-a5 .qr-code { width: 19mm; height: 19mm; }
        .body .field .label { font-weight: normal; }
        .blank { letter-spacing: 1px; }
        .indent { text-indent: 1.5em; }
        .center { text-align: center; }
        .bold { font-weight: bold; }
        .italic { font-style: italic; }
        table.data { width: 100%; border-collapse: collapse; margin: 0.3em 0 0.6em; }
        table.data thead { display: table-header-group; }
        table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
        table.data th { font-weight: bold; text-align: center; vertical-align: middle; }
        table.data tr { break-inside: avoid; }
        table.data tr.col-numbers th { font-weight: normal; font-style: italic; }
        table.data tr.give { break-after: avoid; page-break-after: avoid; }
        table.data tr.give td { border-bottom-style: dotted; }
        table.data tr.receive td { border-top-style: dotted; }
        table.data td.empty { text-align: center; font-style: italic; }
        .closing { display: flex; justify-content: space-between; gap: 6mm; margin-top: 0.6em; break-inside: avoid; }
        .recipients { flex: 0 0 42%; font-size: 0.85em; }
        .recipients-heading { font-weight: bold; font-style: italic; }
        .signatures { flex: 1 1 auto; display: flex; justify-content: space-around; gap: 6mm; }
        .signature { flex: 1 1 0; text-align: center; }
        .sig-caption, .sig-title { font-weight: bold; margin: 0; }
        .sig-note { font-style: italic; font-size: 0.9em; }
        .sig-space { height: 20mm; }
        body.paper-a5 .sig-space { height: 13mm; }
        body.paper-a5 h1.title { margin-top: 0.6em; }
        body.paper-a5 .notes { margin-top: 0.5em; font-size: 0.8em; line-height: 1.2; }
        .sig-name { font-weight: bold; }
        .notes { margin-top: 1em; font-size: 0.85em; font-style: italic; }
        @media screen {
          body { background: #e6e6e6; }
          .sheet { background: #fff; max-width: 210mm; margin: 12px auto; padding: 15mm 15mm 15mm 20mm; box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
          body.paper-a5 .sheet { max-width: 148mm; padding: 8mm 9mm 8mm 11mm; }
          body.paper-landscape .sheet { max-width: 297mm; }
          .unconfirmed { max-width: 210mm; margin: 12px auto; padding: 6px 10px; background: #fff3cd; border: 1px solid #c9a227; font-family: sans-serif; font-size: 10pt; }
        }
        @media print {
          .screen-only { display: none; }
          .sheet { break-after: page; }
          .sheet:last-child { break-after: auto; }
        }
        """;
}
