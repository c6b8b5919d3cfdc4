using TthcEngine.Forms.Html;
using TthcEngine.Forms.Templating;

namespace TthcEngine.Forms;

/// <summary>
/// Renders the one-stop forms of Circular 03/2025/TT-VPCP (Appendix I) as printable HTML5 documents in Vietnamese:
/// self-contained (inline style, QR code as inline SVG, nothing fetched), one @page size per form. The layouts are the
/// embedded templates under Templates/ (docs/forms.md). Stateless and thread-safe.
/// </summary>
public sealed class FormRenderer
{
    /// <summary>Renders form 01 to 06, chosen by <see cref="DossierFormData.Kind"/>.</summary>
    /// <exception cref="ArgumentException">The kind is the logbook (use <see cref="RenderLogbook"/>) or not a form, or a
    /// hand-off has an unknown timeliness.</exception>
    public string Render(DossierFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind == FormKind.Logbook || !Enum.IsDefined(data.Kind))
        {
            throw new ArgumentException(
                $"Render prints forms 01 to 06; {data.Kind} is not one of them (the logbook is RenderLogbook).", nameof(data));
        }

        return FormDocumentWriter.Write(FormTemplateCatalog.Get(data.Kind), FormBindings.Dossier, data);
    }

    /// <summary>Renders form 07, the logbook (Sổ theo dõi hồ sơ), its entries in number order.</summary>
    public string RenderLogbook(LogbookData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return FormDocumentWriter.Write(FormTemplateCatalog.Get(FormKind.Logbook), FormBindings.Logbook, data);
    }
}
