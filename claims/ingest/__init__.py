"""Getting text into the desk: decoding uploads, extracting articles from HTML,
fetching URLs safely. Plain Python; the import service stores the results."""


class IngestError(Exception):
    """Input the desk cannot take; the message says why, for the editor."""
