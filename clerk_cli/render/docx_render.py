"""The action log as a Word document (python-docx), ready to drop into an agenda pack.

Landscape A4; the organisation, agenda item and appendix from [action_log] settings;
one table per earlier meeting whose grid (w:gridCol) and cells carry the same widths,
so Word and LibreOffice agree; the header row repeated on every page (w:tblHeader);
no row split across pages (w:cantSplit); overdue and due-soon rows shaded with a
marker word that survives black-and-white printing, and a key; "Page X of Y" in the
footer (PAGE and NUMPAGES fields); in the restricted version, the RESTRICTED marking
in the header and footer of every page.
"""

from __future__ import annotations

import io

from clerk_cli.views.papers import ActionLog

# Landscape A4 less 1.5 cm margins leaves 26.7 cm; Action and Latest note widest.
OPEN_WIDTHS_CM = (2.0, 1.7, 5.4, 3.0, 2.4, 2.4, 1.3, 2.5, 2.4, 3.6)
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
DONE_WIDTHS_CM = (2.0, 1.7, 6.9, 4.1, 1.8, 2.5, 2.5, 5.2)
SHADES = {"overdue": "FDE2E2", "due-soon": "FFF1D6"}
EMU_PER_CM = 360000
TWIPS_PER_CM = 567


def action_log_docx(log: ActionLog, settings=None) -> bytes:
    """The Word document's bytes."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    from clerk_cli.render import actionlog as paper
    from clerk_cli.render import owner_text

    style = settings.date_style if settings is not None else "long"
    doc = Document()
    doc.core_properties.title = log.title
    doc.core_properties.author = (settings.organisation if settings else None) or "clerk"
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    # Sober headings: Arial, black, not Word's blue theme.
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11), ("Title", 16)):
        h = doc.styles[name]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.font.bold = True
        _set_ascii_font(h, "Arial")

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))

    head = section.header.paragraphs[0]
    labels = paper.pack_labels(settings)
    if labels:
        head.add_run(labels)
    if log.restricted:
        if labels:
            head.add_run("    ")
        head.add_run(log.restricted_mark).bold = True
    foot = section.footer.paragraphs[0]
    if log.restricted:
        foot.add_run(log.restricted_mark + "    ").bold = True
    foot.add_run("Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")

    if settings is not None and settings.logo is not None:
        doc.add_picture(str(settings.logo), height=Cm(1.6))
    if settings is not None and settings.organisation:
        p = doc.add_paragraph()
        p.add_run(settings.organisation).bold = True
    doc.add_heading(log.title, level=1)
    doc.add_paragraph(paper.paper_context(log, style))
    if log.notice:
        doc.add_paragraph(log.notice).runs[0].italic = True

    doc.add_heading("Summary", level=2)
    summary = doc.add_paragraph()
    for i, line in enumerate(paper.summary_lines(log)):
        if i:
            summary.add_run().add_break()
        summary.add_run(line)
    key = doc.add_paragraph()
    key.add_run("Key: ")
    for i, (cls, word, meaning) in enumerate(paper.LEGEND):
        run = key.add_run(f" {word} ")
        run.bold = True
        _shade_run(run, SHADES[cls])
        key.add_run(f" {meaning}" + ("; " if i < len(paper.LEGEND) - 1 else "."))
    rating = doc.add_paragraph()
    rating.add_run("Rating: ").bold = True
    for i, line in enumerate(paper.rating_key(log)):
        if i:
            rating.add_run().add_break()
        rating.add_run(line)

    doc.add_heading("Outstanding actions", level=2)
    if not log.groups:
        doc.add_paragraph("None.")
    for g in log.groups:
        _keep_with_next(doc.add_heading(paper.paper_group_heading(g, style), level=3))
        rows = []
        for a in g.rows:
            marker = paper.paper_marker(a)
            rows.append(
                (
                    (
                        a.ref,
                        paper.minute_ref(a),
                        paper.action_cell(a),
                        owner_text(a),
                        paper.paper_original_due(a, style),
                        paper.paper_current_due(a, style),
                        paper.slips(a),
                        (marker + " " if marker else "") + paper.status_cell(a),
                        paper.rating_cell(a),
                        a.latest_note or "",
                    ),
                    paper.paper_class(a),
                    marker,
                )
            )
        _table(doc, paper.OPEN_COLUMNS, OPEN_WIDTHS_CM, rows, status_col=7)

    _keep_with_next(doc.add_heading(log.completed_heading, level=2))
    if not log.completed:
        doc.add_paragraph("None.")
    else:
        rows = [
            (
                (
                    a.ref,
                    paper.minute_ref(a),
                    paper.action_cell(a),
                    owner_text(a),
                    paper.completed_status(a),
                    paper.paper_completed(a, style),
                    paper.paper_meeting(a, style),
                    a.latest_note or "",
                ),
                "",
                "",
            )
            for a in log.completed
        ]
        _table(doc, DONE_COLUMNS, DONE_WIDTHS_CM, rows, status_col=4)

    if settings is not None and settings.prepared_by:
        doc.add_paragraph(f"Prepared by: {settings.prepared_by}")

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc, columns, widths_cm, rows, *, status_col: int) -> None:
    """A table whose grid and cells share the widths; rows kept whole; marker words bold."""
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    _fixed_layout(table, widths_cm)
    header = table.rows[0]
    _row_props(header, header=True)
    for cell, name in zip(header.cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        _shade_cell(cell, "E6E6E6")
    for values, cls, marker in rows:
        row = table.add_row()
        _row_props(row)
        for i, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            text = _xml_safe(str(value))
            p = cell.paragraphs[0]
            if i == status_col and marker and text.startswith(marker):
                p.add_run(marker).bold = True
                p.add_run(text[len(marker) :])
            else:
                p.add_run(text)
            if cls:
                _shade_cell(cell, SHADES[cls])
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _fixed_layout(table, widths_cm) -> None:
    """w:gridCol widths (what LibreOffice lays out by), the table width and a fixed layout."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl = table._tbl
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(round(width * TWIPS_PER_CM)))
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(round(sum(widths_cm) * TWIPS_PER_CM)))
    tbl_w.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)


def _row_props(row, *, header: bool = False) -> None:
    """cantSplit on every row (no row broken across pages); tblHeader on the header row."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    tr_pr.append(cant_split)
    if header:
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        tr_pr.append(flag)


def _shade_cell(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _shade_run(run, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().append(shd)


def _keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def _set_ascii_font(style, name: str) -> None:
    """Headings take their font from the theme unless rFonts says otherwise."""
    from docx.oxml.ns import qn

    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        return
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)


def _field(paragraph, instruction: str) -> None:
    """A field (PAGE, NUMPAGES) as begin / instrText / separate / placeholder / end runs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld_char(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld_char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld_char("separate")
    paragraph.add_run("1")
    fld_char("end")


def _xml_safe(text: str) -> str:
    # XML 1.0 forbids most control characters; python-docx would raise on them.
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
