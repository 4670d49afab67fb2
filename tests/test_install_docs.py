"""The install the docs give works today: the wheel `make dist` builds, named with the current version, and
no made-up git host. Tutorial 1's shell blocks are all run by tests/test_tutorial_e2e.py, and the README's
short version of it runs nothing the tutorial does not."""

from __future__ import annotations

import re
import subprocess

from e2e_support import REPO_ROOT
from pulumi_langsmith import __version__
from test_tutorial_e2e import TUTORIAL, tutorial_steps

WHEEL = re.compile(r"pulumi_langsmith-(?P<version>[^-\s/'\[]+)-py3-none-any\.whl")
FENCE = re.compile(r"(?P<marker><!-- tutorial: [^>]*-->\n)?```(?P<lang>[a-z]*)\n(?P<body>.*?)```", re.S)


def tracked_text_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return [f for f in listed.stdout.splitlines() if f.endswith((".md", ".txt", ".yml", ".yaml", ".py", ".toml"))]


def commands(shell: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comments and blank lines dropped."""
    joined = shell.replace("\\\n", " ")
    return [" ".join(line.split("#")[0].split()) for line in joined.splitlines() if line.split("#")[0].strip()]


def test_no_placeholder_git_host_remains():
    offenders = [
        f"{path}:{number}"
        for path in tracked_text_files()
        if path != "tests/test_install_docs.py"
        for number, line in enumerate((REPO_ROOT / path).read_text(errors="replace").splitlines(), 1)
        if "<git host>" in line or "<owner>/pulumi-langsmith" in line  # (`<owner>/<repo>` of a prompt is fine)
    ]
    assert not offenders, f"placeholder hosts (use `git+<URL of your clone or fork>`): {offenders}"


def test_every_wheel_named_in_docs_examples_and_the_pack_is_this_version():
    named = {
        (path, found["version"])
        for path in tracked_text_files()
        if not path.startswith("tests/")
        for found in WHEEL.finditer((REPO_ROOT / path).read_text(errors="replace"))
    }
    assert {path for path, _ in named} >= {"README.md", "docs/install.md", "docs/tutorial-emulator.md"}
    stale = sorted((path, version) for path, version in named if version not in {__version__, "<version>"})
    assert not stale, f"wheel names with another version than {__version__}: {stale}"


def test_examples_and_the_policy_pack_say_how_to_install_outside_the_checkout():
    files = [*sorted(REPO_ROOT.glob("examples/*/requirements.txt")), REPO_ROOT / "policy" / "requirements.txt"]
    for requirements in files:
        text = requirements.read_text()
        assert WHEEL.search(text) and "git+<URL of your clone or fork>" in text, requirements
        # What pip installs from the file: the checkout (no registry serves pulumi-langsmith yet).
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        assert lines[0] in {"-e ../..", "-e .."}, (requirements, lines)


def test_make_dist_builds_with_python_build():
    makefile = (REPO_ROOT / "Makefile").read_text()
    assert re.search(r"^dist: venv\n", makefile, re.M)
    assert "$(BUILD_PYTHON) -m build --outdir $(DIST) ." in makefile
    assert re.search(r"^test: .*\bdist\b", makefile, re.M), "`make test` (CI) leaves the wheel in dist/"


def test_every_shell_block_and_file_of_tutorial_1_is_marked_for_the_e2e():
    text = TUTORIAL.read_text(encoding="utf-8")
    unmarked = [m["body"] for m in FENCE.finditer(text) if m["lang"] == "bash" and not m["marker"]]
    assert not unmarked, f"shell blocks tests/test_tutorial_e2e.py would not run: {unmarked}"
    # Each "`NAME`:" introducing a block is a file the user writes: the test writes it too.
    introduced = re.findall(r"^`([^`]+)`[^\n]*:\n\n<!-- tutorial: file (\S+) -->", text, re.M)
    files = [s.file for s in tutorial_steps() if s.action == "file"]
    assert [a for a, _ in introduced] == [b for _, b in introduced] == files


def test_readme_quick_start_runs_only_commands_of_the_tested_tutorial():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Five minutes against the emulator", 1)[1].split("\n## ", 1)[0]
    tested = {c for s in tutorial_steps() if s.action in {"run", "background"} for c in commands(s.body)}
    shown = [c for m in FENCE.finditer(section) if m["lang"] == "bash" for c in commands(m["body"])]
    assert shown and not [c for c in shown if c not in tested], [c for c in shown if c not in tested]
