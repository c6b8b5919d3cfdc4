namespace TthcEngine.National.Catalogue.Import;

/// <summary>What <c>tthc catalogue import</c> did with one procedure.</summary>
public enum ImportAction
{
    /// <summary>No file: a draft was written.</summary>
    Written,

    /// <summary>A draft of the same national record is there: nothing done.</summary>
    Unchanged,

    /// <summary>A draft of an older national record was there: rewritten (a draft was never reviewed).</summary>
    Rewritten,

    /// <summary>A reviewed file of the same national record: nothing done.</summary>
    Kept,

    /// <summary>A reviewed file of another national record: kept as it is, a change report written beside it.</summary>
    Changed,

    /// <summary>A reviewed file that records no national fingerprint (or cannot be read): kept, not compared.</summary>
    NotCompared,

    /// <summary>The record is not published (TRANGTHAI is not 1).</summary>
    Skipped,

    /// <summary>No record, no answer, or a record no draft can be made of.</summary>
    Failed,
}
