"""Tutorial 1 (docs/tutorial-emulator.md) as a fresh user runs it: its shell blocks, in order and as written,
in one bash session in an empty directory, with the wheel built from this checkout, a fresh virtualenv, the
real Pulumi CLI and the emulator the tutorial starts "in a second terminal" (in the background here, its
export line copied as the tutorial says). Only the wheel's directory (`/path/to/dist`) is replaced.

The blocks are marked in the markdown: `<!-- tutorial: run -->` (run in the session),
`<!-- tutorial: background -->` (the second terminal) and `<!-- tutorial: file NAME -->` (a file to write).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from e2e_support import REPO_ROOT, kill_processes_in, require_pulumi

TUTORIAL = REPO_ROOT / "docs" / "tutorial-emulator.md"
WHEEL_DIR = "/path/to/dist"
"""The placeholder the tutorial uses for wherever the user's wheel is."""
BLOCK = re.compile(
    r"<!-- tutorial: (?P<action>run|background|file (?P<file>\S+)) -->\n```[a-z]*\n(?P<body>.*?)```", re.S
)
FAILED = re.compile(r"^<<failed (?P<status>\d+) (?P<command>.*?)>>$", re.M | re.S)


@dataclass(frozen=True)
class Step:
    action: str  # run, background or file
    body: str
    file: str | None = None


def tutorial_steps(text: str | None = None) -> list[Step]:
    """The marked blocks of the tutorial, in order."""
    text = TUTORIAL.read_text(encoding="utf-8") if text is None else text
    return [Step(m["action"].split()[0], m["body"], m["file"]) for m in BLOCK.finditer(text)]


def session_script(steps: list[Step], logs: Path) -> str:
    """One bash script running the steps as a user in two terminals would. A failing command does not stop
    it (`drift` exits 2 by design): the ERR trap prints it, and the test checks which commands failed."""
    lines = [
        "set -m",  # job control: the background emulator gets its own process group, and Ctrl-C reaches it
        "trap 'echo \"<<failed $? $BASH_COMMAND>>\"' ERR",
    ]
    for number, step in enumerate(steps, 1):
        lines.append(f"echo '<<step {number} {step.action}>>'")
        if step.action == "file":
            lines.append(f"cat > {shlex.quote(step.file or '')} <<'TUTORIAL_FILE_EOF'\n{step.body}TUTORIAL_FILE_EOF")
        elif step.action == "background":
            log = shlex.quote(str(logs / "emulator.log"))
            lines += [
                f"( {step.body.strip()} ) > {log} 2>&1 &",
                "EMULATOR_PID=$!",
                'echo "<<emulator pid $EMULATOR_PID>>"',
                f"for _ in $(seq 600); do grep -q '^export LANGSMITH_ENDPOINT=' {log} && break; sleep 0.1; done",
                # "Copy that line into your first terminal."
                f"eval \"$(grep '^export LANGSMITH_ENDPOINT=' {log})\"",
            ]
        else:
            lines.append(step.body.replace(WHEEL_DIR, str(logs.parent / "dist")))
    lines += [
        "echo '<<after>>'",
        "trap - ERR",
        f'curl -s "$LANGSMITH_ENDPOINT/api/v1/datasets" -H "X-Api-Key: $LANGSMITH_API_KEY" '
        f'-H "X-Tenant-Id: $LANGSMITH_WORKSPACE_ID" > {shlex.quote(str(logs / "datasets-after.json"))}',
        "kill -INT -- -$EMULATOR_PID",  # Ctrl-C in the emulator's terminal
        "wait $EMULATOR_PID",
        'echo "<<emulator stopped $?>>"',
    ]
    return "\n".join(lines) + "\n"


def base_python() -> str:
    """The interpreter this test run's virtualenv was made from (a user's `python3`)."""
    return os.path.realpath(getattr(sys, "_base_executable", sys.executable))


def pip_cache_dir() -> str:
    found = subprocess.run(
        [sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True, timeout=60, check=False
    )
    return found.stdout.strip() or str(Path.home() / ".cache" / "pip")


@pytest.mark.e2e
@pytest.mark.timeout(1200)
def test_tutorial_1_runs_as_written_from_scaffold_to_destroy(tmp_path):
    pulumi = require_pulumi()
    steps = tutorial_steps()
    assert [s.action for s in steps].count("background") == 1, "the tutorial starts the emulator once"

    # The wheel a user downloads from CI or builds with `make dist`: the same recipe, from this checkout.
    dist, logs, home, tools, workdir = (tmp_path / d for d in ("dist", "logs", "home", "tools", "work"))
    for directory in (logs, home, tools, workdir):
        directory.mkdir()
    built = subprocess.run(
        ["make", "-C", str(REPO_ROOT), "--no-print-directory", "build-dist", f"BUILD_PYTHON={sys.executable}"]
        + [f"DIST={dist}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("pulumi_langsmith-*.whl")
    named = set(re.findall(r"pulumi_langsmith-[^\s/'\[]+\.whl", "".join(s.body for s in steps)))
    assert named == {wheel.name}, f"the tutorial names {named}; this checkout builds {wheel.name}"

    (tools / "python3").symlink_to(base_python())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "PULUMI_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(
        {
            # A fresh machine: an empty home and Pulumi home, the user's pip cache, the Pulumi CLI and Python on
            # PATH, and nothing of this test run's virtualenv.
            "HOME": str(home),
            "PULUMI_HOME": str(home / ".pulumi"),
            "PIP_CACHE_DIR": pip_cache_dir(),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "PATH": os.pathsep.join([str(Path(pulumi).parent), str(tools), "/usr/local/bin", "/usr/bin", "/bin"]),
            "PULUMI_SKIP_UPDATE_CHECK": "true",
            # Port 1984 may be taken on a shared machine: the emulator's own variable picks a free port.
            "LANGSMITH_EMULATOR_PORT": "0",
        }
    )
    script = logs / "tutorial.sh"
    script.write_text(session_script(steps, logs))
    demo = workdir / "langsmith-demo"
    try:
        completed = subprocess.run(
            ["bash", str(script)], cwd=workdir, env=env, capture_output=True, text=True, timeout=1100
        )
    finally:
        if demo.exists():  # the emulator and any plugin left by a failed step run in the demo directory
            kill_processes_in(demo)
    output = completed.stdout + completed.stderr
    emulator_log = (logs / "emulator.log").read_text(errors="replace") if (logs / "emulator.log").exists() else ""
    report = f"{output}\n--- emulator ---\n{emulator_log}"

    failures = [(int(m["status"]), m["command"].strip()) for m in FAILED.finditer(completed.stdout)]
    assert failures == [(2, "venv/bin/pulumi-langsmith drift")], report  # exit code 2: the drift step 4 makes
    assert "exit code 2" in completed.stdout, report
    drift_step = completed.stdout.split("exit code 2")[0].rsplit("<<step", 1)[1]
    assert "description" in drift_step, report  # drift names the field changed by hand
    assert completed.returncode == 0, report
    assert "golden-answers" not in (logs / "datasets-after.json").read_text(), "destroy removed the dataset"
    stopped = re.search(r"<<emulator stopped (\d+)>>", completed.stdout)
    assert stopped and stopped[1] in {"0", "130"}, report  # Ctrl-C stops the emulator (130: by SIGINT)
    assert "Traceback" not in output + emulator_log, report
    assert (demo / "state" / ".pulumi").is_dir(), "the state lived in the demo directory, as the tutorial says"


def test_tutorial_steps_are_parsed_in_order():
    steps = tutorial_steps()
    assert [s.action for s in steps][:5] == ["run", "file", "file", "file", "background"]
    assert [s.file for s in steps if s.action == "file"] == ["Pulumi.yaml", "requirements.txt", "__main__.py"]
    assert steps[-1].action == "run" and "pulumi destroy" in steps[-1].body


def test_session_script_records_failures_and_replaces_only_the_wheel_directory(tmp_path):
    script = session_script(
        [Step("run", f"cp {WHEEL_DIR}/x.whl .\nfalse\n"), Step("file", "a: 1\n", "Pulumi.yaml")], tmp_path / "logs"
    )
    assert f"cp {tmp_path / 'dist'}/x.whl ." in script and WHEEL_DIR not in script
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "x.whl").write_text("wheel")
    (tmp_path / "logs").mkdir()
    run = subprocess.run(
        ["bash", "-c", script.split("echo '<<after>>'")[0]], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert [m["command"] for m in FAILED.finditer(run.stdout)] == ["false"]
    assert (tmp_path / "x.whl").read_text() == "wheel" and (tmp_path / "Pulumi.yaml").read_text() == "a: 1\n"
