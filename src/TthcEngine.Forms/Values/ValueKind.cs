namespace TthcEngine.Forms.Values;

/// <summary>How a named value prints, and which formats a template may ask of it.</summary>
internal enum ValueKind
{
    /// <summary>Text as given (user input: always HTML-encoded).</summary>
    Text,

    /// <summary>A whole number; a format of zeros pads it ("{sets:00}" prints 01).</summary>
    Number,

    /// <summary>An amount in VND: "50.000 đồng".</summary>
    Money,

    /// <summary>An instant, printed in Vietnam civil time; formats "date" and "short".</summary>
    Time,

    /// <summary>A list of texts, printed joined by "; ".</summary>
    List,
}
