"""The documentation site builds with mkdocs-material in strict mode (a warning, such as a broken link or
a page missing from the nav, fails), with a page per registered kind; LICENSE and CHANGELOG are there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pulumi_langsmith import __version__
from pulumi_langsmith.framework.registry import all_kinds

ROOT = Path(__file__).resolve().parent.parent


def test_site_builds_strictly_with_a_page_per_kind(tmp_path):
    pytest.importorskip("mkdocs", reason="the docs extra (make venv installs it)")
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for kind in all_kinds():
        assert (site / "reference" / kind.name.lower() / "index.html").exists(), kind.name
    assert f"pulumi-langsmith <strong>{__version__}</strong>" in (site / "index.html").read_text()
    assert "Unreleased" in (site / "changelog" / "index.html").read_text()


def test_license_is_the_apache_2_text_and_the_changelog_names_this_version():
    license_text = (ROOT / "LICENSE").read_text()
    assert license_text.lstrip().startswith("Apache License")
    assert "END OF TERMS AND CONDITIONS" in license_text
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert "## [Unreleased]" in changelog and f"## [{__version__}]" in changelog
