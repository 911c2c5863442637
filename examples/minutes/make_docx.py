"""Generate audit_committee_july_2023.docx, the Word example for the minutes extractor.

Run from the repository root:  /work/venv/bin/python examples/minutes/make_docx.py
The document mixes paragraphs, a bulleted list and an action tracker table so the
reader's "paragraphs and tables in document order" rule is exercised.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

OUT = Path(__file__).with_name("audit_committee_july_2023.docx")

TRACKER = [
    ("Action", "Owner", "Due", "Status"),
    (
        "Bring the follow-up review of procurement cards to the November meeting",
        "Head of Internal Audit",
        "November meeting",
        "Open",
    ),
    (
        "Share the void property management report with the Housing Scrutiny Panel",
        "Democratic Services",
        "31/08/2023",
        "Open",
    ),
    ("Publish the annual governance statement", "Section 151 Officer", "30/06/2023", "Complete"),
    ("Refresh the anti-fraud and corruption policy", "Ian Beck", "end of December 2023", "Open"),
]


def build(path: Path = OUT) -> Path:
    """Write the example document and return its path."""
    doc = Document()
    doc.add_heading("West Vale District Council", level=1)
    doc.add_paragraph("Audit and Governance Committee")
    doc.add_paragraph("Minutes of the meeting held on Thursday 27 July 2023 at 2.00 pm")
    doc.add_paragraph(
        "Present: Councillor Imran Qureshi (Chair), Councillor Beth Lowe, "
        "Councillor Carl Dunn, Mr Peter Orme (Independent Member)"
    )
    doc.add_paragraph(
        "Officers: Sarah Knowles (Section 151 Officer), Ian Beck (Head of Internal Audit), "
        "Louise Hart (Democratic Services)"
    )
    doc.add_heading("AG/19 Statement of Accounts 2022/23", level=2)
    doc.add_paragraph(
        "The Section 151 Officer reported that the draft accounts had been published on 31 May. "
        "External audit fieldwork would start in September."
    )
    doc.add_paragraph("RESOLVED that the draft Statement of Accounts 2022/23 be noted.")
    doc.add_heading("AG/20 Internal Audit Progress Report", level=2)
    doc.add_paragraph(
        "The Head of Internal Audit reported that 14 of 22 planned audits were complete. "
        "Two limited assurance opinions had been issued:"
    )
    doc.add_paragraph("procurement cards;", style="List Bullet")
    doc.add_paragraph("void property management.", style="List Bullet")
    doc.add_paragraph(
        "Action: Head of Internal Audit to bring the follow-up review of procurement cards "
        "to the November meeting."
    )
    doc.add_paragraph(
        "Members asked for the void property management report to be shared with the "
        "Housing Scrutiny Panel."
    )
    doc.add_paragraph("Action: Democratic Services")
    doc.add_heading("AG/21 Risk Management", level=2)
    doc.add_paragraph(
        "RESOLVED (1) that the updated corporate risk register be approved; (2) that the "
        "Section 151 Officer review the cyber security risk score with the ICT Manager by "
        "30 September 2023."
    )
    doc.add_heading("Action tracker", level=2)
    table = doc.add_table(rows=0, cols=4)
    for row in TRACKER:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    doc.add_paragraph("The meeting closed at 3.40 pm.")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
