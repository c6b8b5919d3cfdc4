namespace TthcEngine.National.Catalogue;

/// <summary>A catalogue call got no usable answer (no connection, an HTTP error, an open circuit, an unreadable reply). The message names the failure only.</summary>
public sealed class CatalogueUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
