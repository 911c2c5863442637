"""The agenda-pack action log (Word and HTML): settings, column widths, rows kept whole,
page numbers, the overdue and due-soon markers and their key."""

from __future__ import annotations

import io

import pytest

from .conftest import AS_OF

LOG = ("action-log", "CSSC", "--as-of", AS_OF)


@pytest.fixture
def config(tmp_path):
    """A config file with an [action_log] section (and a 1x1 PNG logo beside it)."""
    import base64

    (tmp_path / "logo.png").write_bytes(
        base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
        )
    )
    path = tmp_path / "config.toml"
    path.write_text(
        "[action_log]\n"
        'organisation = "Example Borough Council"\n'
        'logo = "logo.png"\n'
        "agenda_item = 6\n"
        'appendix = "A"\n'
        'prepared_by = "Dee Pike, Democratic Services, 01234 567890"\n',
        encoding="utf-8",
    )
    return path


def _docx(cli, tmp_path, *extra, env=None):
    import docx

    target = tmp_path / "log.docx"
    result = cli(*LOG, "-o", str(target), *extra, env=env)
    assert result.exit_code == 0, result.output
    return docx.Document(io.BytesIO(target.read_bytes()))


def test_docx_grid_gives_action_and_note_the_widest_columns(cli, dataset, tmp_path):
    """Bug 25: the w:gridCol widths (which LibreOffice lays out by) match the cells'."""
    from docx.oxml.ns import qn

    doc = _docx(cli, tmp_path)
    for table in doc.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert len(set(grid)) > 2
        header = [c.text for c in table.rows[0].cells]
        widest = sorted(zip(grid, header, strict=True), reverse=True)[:2]
        assert {name for _, name in widest} == {"Action", "Latest note"}
        cells = [c.width.twips for c in table.rows[1].cells]
        assert [abs(a - b) <= 1 for a, b in zip(grid, cells, strict=True)] == [True] * len(grid)
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_docx_rows_never_split_and_the_header_repeats(cli, dataset, tmp_path):
    from docx.oxml.ns import qn

    doc = _docx(cli, tmp_path, "--include-confidential")
    for table in doc.tables:
        for n, row in enumerate(table.rows):
            props = row._tr.trPr
            assert props.find(qn("w:cantSplit")).get(qn("w:val")) == "true"
            assert (props.find(qn("w:tblHeader")) is not None) == (n == 0)


def test_docx_footer_has_page_x_of_y(cli, dataset, tmp_path):
    from docx.oxml.ns import qn

    doc = _docx(cli, tmp_path)
    footer = doc.sections[0].footer.paragraphs[0]
    fields = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Page ")


def test_docx_marks_overdue_and_due_soon_in_words_and_shade(cli, dataset, tmp_path):
    from docx.oxml.ns import qn

    doc = _docx(cli, tmp_path)
    rows = {r.cells[0].text: r for t in doc.tables for r in t.rows[1:]}
    overdue, soon = rows["CSSC-1"], rows["CSSC-3"]
    assert overdue.cells[7].text.startswith("OVERDUE ")
    assert soon.cells[7].text.startswith("DUE SOON ")
    fill = overdue.cells[2]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert fill == "FDE2E2"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Key:" in body and "OVERDUE" in body and "due within 7 days" in body
    # Dates are UK long dates by default, in the table and the line under the title.
    assert (
        "For the meeting of 20 September 2022" in body and "report date 13 September 2022" in body
    )
    assert overdue.cells[5].text == "31 August 2022"


def test_settings_put_the_pack_furniture_on_the_paper(cli, dataset, tmp_path, config):
    env = {"CLERK_CONFIG": str(config)}
    doc = _docx(cli, tmp_path, env=env)
    assert doc.sections[0].header.paragraphs[0].text == "Agenda item 6 \u00b7 Appendix A"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Example Borough Council" in body
    assert "Prepared by: Dee Pike, Democratic Services, 01234 567890" in body
    assert len(doc.inline_shapes) == 1  # the logo
    html = tmp_path / "log.html"
    assert cli(*LOG, "-o", str(html), env=env).exit_code == 0
    page = html.read_text(encoding="utf-8")
    for text in (
        "Example Borough Council",
        "Agenda item 6 \u00b7 Appendix A",
        "Prepared by: Dee Pike",
        'src="data:image/png;base64,',
    ):
        assert text in page


def test_date_style_setting(cli, dataset, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[action_log]\ndate_style = "iso"\n', encoding="utf-8")
    doc = _docx(cli, tmp_path, env={"CLERK_CONFIG": str(config)})
    rows = {r.cells[0].text: r for t in doc.tables for r in t.rows[1:]}
    assert rows["CSSC-1"].cells[5].text == "2022-08-31"
    config.write_text('[action_log]\ndate_style = "short"\n', encoding="utf-8")
    doc = _docx(cli, tmp_path, env={"CLERK_CONFIG": str(config)})
    rows = {r.cells[0].text: r for t in doc.tables for r in t.rows[1:]}
    assert rows["CSSC-1"].cells[5].text == "31/08/2022"


def test_a_bad_date_style_is_one_line(cli, dataset, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[action_log]\ndate_style = "american"\n', encoding="utf-8")
    result = cli(*LOG, "--format", "html", env={"CLERK_CONFIG": str(config)})
    assert result.exit_code != 0
    assert "action_log.date_style" in result.output and "long" in result.output


def test_html_markers_key_and_print_page_numbers(cli, dataset):
    result = cli(*LOG, "--format", "html")
    html = result.output
    assert '<tr class="overdue"><th scope="row">CSSC-1</th>' in html
    assert '<span class="marker">OVERDUE</span>' in html
    assert '<span class="marker">DUE SOON</span>' in html
    assert "Key:" in html
    assert 'counter(page) " of " counter(pages)' in html
    assert '<td data-label="Current due" class="date">31 August 2022</td>' in html


def test_restricted_html_is_marked_on_every_printed_page(cli, dataset):
    html = cli(*LOG, "--format", "html", "--include-confidential").output
    assert '@top-center { content: "RESTRICTED \u2013 contains confidential actions"' in html
    assert html.count("for the committee to agree to remove") == 1  # bug 29
