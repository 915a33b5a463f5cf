"""Extraction: Vietnamese meeting reports in, frozen records out.

A pure package: nothing here imports Django (a test enforces it). The pipeline is
``intake`` (bytes → normalised text) → ``segment`` (title, publication line, body)
→ ``directives`` / ``units`` / ``people`` / ``meetings`` / ``tasks`` → ``assemble``.

>>> from reports.extraction import extract_text
>>> doc = extract_text("Hội nghị giao ban\\n\\nNgày 5/1/2024, Ban Tuyên giáo Tỉnh ủy tổ chức ...")
>>> doc.title
'Hội nghị giao ban'
"""

from reports.extraction.assemble import EXTRACTOR_VERSION, extract_bytes, extract_text
from reports.extraction.contract import to_contract
from reports.extraction.intake import IntakeError

__all__ = ["EXTRACTOR_VERSION", "IntakeError", "extract_bytes", "extract_text", "to_contract"]
