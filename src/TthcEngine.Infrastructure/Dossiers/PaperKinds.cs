namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>The kinds of a paper handed in or asked for, as the one-stop forms name them.</summary>
public static class PaperKinds
{
    /// <summary>The Vietnamese name of a kind (<c>original</c>, <c>copy</c>, <c>certifiedCopy</c>, <c>electronic</c>, <c>populationDatabase</c>); an unknown kind as it is.</summary>
    public static string Name(string kind) => kind switch
    {
        "original" => "Bản chính",
        "copy" => "Bản sao",
        "certifiedCopy" => "Bản sao chứng thực",
        "electronic" => "Bản điện tử",
        "populationDatabase" => "Khai thác từ CSDL quốc gia về dân cư",
        _ => kind,
    };
}
