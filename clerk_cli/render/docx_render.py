"""The action log as a Word document (python-docx), ready to drop into an agenda pack.

Landscape A4, a heading, one table per earlier meeting with its header row
repeated on every page (w:tblHeader), and, in the restricted version, the
RESTRICTED marking in the header and footer of every page.
"""

from __future__ import annotations

import io

from clerk_cli.views import ActionLog

OPEN_WIDTHS_CM = (1.8, 1.6, 6.0, 3.6, 2.1, 2.6, 1.1, 2.4, 4.5)
DONE_COLUMNS = (
    "Ref",
    "Minute",
    "Action",
    "Owner",
    "Status",
    "Completed",
    "From meeting",
    "Latest note",
)
DONE_WIDTHS_CM = (1.8, 1.6, 6.6, 3.8, 1.8, 2.1, 3.0, 5.0)


def action_log_docx(log: ActionLog) -> bytes:
    """The Word document's bytes."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from clerk_cli.render import owner_text
    from clerk_cli.render.actionlog import (
        OPEN_COLUMNS,
        action_cell,
        completed_cell,
        context_line,
        minute_ref,
        open_row,
        summary_lines,
    )
    from clerk_cli.rules.status import status_words

    doc = Document()
    doc.core_properties.title = log.title
    doc.core_properties.author = "clerk"
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))

    if log.restricted:
        for part in (section.header, section.footer):
            p = part.paragraphs[0]
            run = p.add_run(log.restricted_mark)
            run.bold = True

    doc.add_heading(log.title, level=1)
    doc.add_paragraph(context_line(log))
    if log.notice:
        doc.add_paragraph(log.notice).runs[0].italic = True

    doc.add_heading("Summary", level=2)
    for line in summary_lines(log):
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Outstanding actions", level=2)
    if not log.groups:
        doc.add_paragraph("None.")
    for g in log.groups:
        doc.add_heading(g.heading + (f" ({g.meeting})" if g.meeting else ""), level=3)
        _table(doc, OPEN_COLUMNS, OPEN_WIDTHS_CM, [open_row(a) for a in g.rows])

    doc.add_heading(log.completed_heading, level=2)
    if not log.completed:
        doc.add_paragraph("None.")
    else:
        rows = [
            (
                a.ref,
                minute_ref(a),
                action_cell(a),
                owner_text(a),
                status_words(a.status),
                completed_cell(a),
                a.meeting or "",
                a.latest_note or "",
            )
            for a in log.completed
        ]
        _table(doc, DONE_COLUMNS, DONE_WIDTHS_CM, rows)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc, columns, widths_cm, rows) -> None:
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = _xml_safe(str(value))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _repeat_as_header(row) -> None:
    """Mark a row as a header row, repeated at the top of each page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)
    # Keep the header row on one page with the first data row.
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    tr_pr.append(cant_split)


def _xml_safe(text: str) -> str:
    # XML 1.0 forbids most control characters; python-docx would raise on them.
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
