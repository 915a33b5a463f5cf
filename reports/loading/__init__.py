"""Loading: ``ExtractedDocument`` in, database rows out (the only writer of imports).

Natural keys, compare-before-set, one transaction per document, and counts of what was
created, updated and left unchanged. Records that staff have edited or verified are never
overwritten (style rule 4, after pupa's importers).
"""

from reports.loading.load import DocumentLoad, document_load, text_sha256

__all__ = ["DocumentLoad", "document_load", "text_sha256"]
