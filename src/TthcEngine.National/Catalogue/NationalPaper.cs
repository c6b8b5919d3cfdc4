namespace TthcEngine.National.Catalogue;

/// <summary>GIAYTO: one paper, with its originals (SOBANCHINH) and copies (SOBANSAO).</summary>
public sealed record NationalPaper(string Code, string Name, int Originals, int Copies);
