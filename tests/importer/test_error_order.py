"""A missing file is reported as missing, even when nobody could have answered the review."""


def test_missing_file_is_named_before_the_terminal_check(cli, tmp_path):
    result = cli(
        "import-minutes", str(tmp_path / "nope.txt")
    )  # CliRunner's stdin is not a terminal
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert "not a terminal" not in result.output
