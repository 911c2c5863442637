"""The minutes extractor: read a minutes file, find the meeting, resolutions and actions.

Pure: text in, data out.  No database, no Click, no Rich.

    from clerk_cli.minutes import read_document, extract
    ex = extract(read_document("2023-03-14-highways.txt"), known_owners=["Clerk"])
    ex.to_json()
"""

from .extract import extract
from .model import Extraction, FoundAction, FoundResolution, Meeting
from .reader import read_document

__all__ = ["Extraction", "FoundAction", "FoundResolution", "Meeting", "extract", "read_document"]
