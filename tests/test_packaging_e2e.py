"""What users install: build the sdist and the wheel, check their contents, install the wheel (with the
`emulator` extra) into a clean virtualenv, and run examples/quickstart with the real Pulumi CLI against an
emulator started from that install. Catches files missing from the wheel and dependencies missing from
its metadata, which the editable install of the other tests hides.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject, require_pulumi

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

PACKAGE_DIR = REPO_ROOT / "provider" / "pulumi_langsmith"
EXAMPLE = REPO_ROOT / "examples" / "quickstart"
CONSTRAINTS = REPO_ROOT / "tests" / "constraints.txt"
API_KEY = "lsv2_sk_packaging_e2e_0123456789abcdef"
# The banner hides the admin key unless --show-key: the test passes its own with --api-key.
EMULATOR_EXPORT = re.compile(r"export LANGSMITH_ENDPOINT=(\S+) LANGSMITH_WORKSPACE_ID=(\S+)")


def clean_environment(**extra: str) -> dict[str, str]:
    """This process's environment without anything that points Python at the test run's virtualenv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"} and not k.startswith("LANGSMITH_")
    }
    env.update({"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}, **extra)
    return env


def run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run([str(c) for c in command], capture_output=True, text=True, **kwargs)
    assert completed.returncode == 0, (
        f"{command} failed ({completed.returncode}):\n{completed.stdout}{completed.stderr}"
    )
    return completed


def package_files() -> set[str]:
    """What the wheel must hold: every module and data file of the package in the source tree."""
    return {
        "pulumi_langsmith/" + path.relative_to(PACKAGE_DIR).as_posix()
        for path in PACKAGE_DIR.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".json", ".typed"}
    }


def check_wheel(wheel: Path, expected: set[str]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(f"{dist_info}/METADATA").decode()
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
    assert {n.split("/")[0] for n in names} == {"pulumi_langsmith", dist_info}, "only the package and its metadata"
    missing = expected - names
    assert not missing, f"missing from the wheel: {sorted(missing)}"
    assert {"pulumi_langsmith/pulumi-plugin.json", "pulumi_langsmith/py.typed"} <= names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n]
    assert not [n for n in names if n.endswith("contract.json")], "the API contract is test data, not package data"

    requires = re.findall(r"^Requires-Dist: (.+)$", metadata, re.MULTILINE)
    assert any(re.fullmatch(r"pulumi(<4,>=|>=)3\.\d+\.\d+(,<4)?", r.replace(" ", "")) for r in requires), requires
    server = [r.replace('"', "'") for r in requires if r.startswith(("fastapi", "uvicorn"))]
    assert all("; extra == " in r for r in server), f"fastapi/uvicorn must only come with an extra: {server}"
    assert {r.split(">")[0] for r in server if r.endswith("extra == 'emulator'")} == {"fastapi", "uvicorn"}, server
    assert "Provides-Extra: emulator" in metadata
    assert f"{dist_info}/licenses/LICENSE" in names, "the Apache-2.0 text ships in the wheel"
    assert "pulumi-langsmith = pulumi_langsmith.cli:app" in entry_points
    assert "pulumi_langsmith = pulumi_langsmith.testing" in entry_points


def check_sdist(sdist: Path, expected: set[str]) -> None:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "provider/pulumi_langsmith/__init__.py"):
        assert required in names, f"{required} missing from the sdist"
    assert {"provider/pulumi_langsmith/" + f.split("/", 1)[1] for f in expected} <= names
    assert not [n for n in names if n.startswith(("tests/", ".venv/", ".pulumi-cli/", "examples/"))]


def start_emulator(venv: Path, workdir: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    """`pulumi-langsmith emulator` of the clean install on a free port; its base URL and admin key."""
    log = workdir / "emulator.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(venv / "bin" / "pulumi-langsmith"), "emulator", "--port", "0", "--api-key", API_KEY]
            + ["--log-level", "warning", "--deployment-stage-seconds", "0"],
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=clean_environment(PYTHONUNBUFFERED="1", COLUMNS="300", NO_COLOR="1"),
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = EMULATOR_EXPORT.search(log.read_text(errors="replace"))
        if found:
            return process, found.group(1), API_KEY
        if process.poll() is not None:
            break
        time.sleep(0.2)
    process.kill()
    pytest.fail(f"the installed emulator did not start:\n{log.read_text(errors='replace')}")


def test_the_wheel_installs_cleanly_and_runs_the_quickstart(tmp_path):
    pulumi = require_pulumi()

    # 1. sdist, then the wheel built from that sdist (so the sdist must be complete), as `python -m build` does:
    # with `make dist`'s own recipe (docs/install.md tells users to run it), this Python instead of .venv's.
    dist = tmp_path / "dist"
    before = package_files()
    run(
        [
            "make",
            "-C",
            REPO_ROOT,
            "--no-print-directory",
            "build-dist",
            f"BUILD_PYTHON={sys.executable}",
            f"DIST={dist}",
        ],
        env=clean_environment(),
        timeout=300,
    )
    expected = before & package_files()  # files present throughout the build (a working tree may be edited)
    (wheel,) = dist.glob("pulumi_langsmith-*.whl")
    (sdist,) = dist.glob("pulumi_langsmith-*.tar.gz")
    check_wheel(wheel, expected)
    check_sdist(sdist, expected)

    # 2. A clean virtualenv (no system site-packages) with the wheel and its emulator extra, nothing else.
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], env=clean_environment())
    python = venv / "bin" / "python"
    run(
        [python, "-m", "pip", "install", "-q", "-c", CONSTRAINTS, f"{wheel}[emulator]"],
        env=clean_environment(),
        timeout=600,
    )
    located = run(
        [python, "-c", "import pulumi_langsmith, pulumi; print(pulumi_langsmith.__file__)"],
        cwd=tmp_path,
        env=clean_environment(),
    )
    assert Path(located.stdout.strip()).is_relative_to(venv), located.stdout

    # 3. examples/quickstart, unchanged, with that virtualenv as its `venv`, against the installed emulator.
    emulator, base_url, api_key = start_emulator(venv, tmp_path)
    try:
        path = os.pathsep.join([str(Path(pulumi).parent), str(venv / "bin"), "/usr/bin", "/bin"])
        project = PulumiProject.create(tmp_path, EXAMPLE, name="langsmith-quickstart", PATH=path)
        (project.directory / "Pulumi.yaml").write_text((EXAMPLE / "Pulumi.yaml").read_text())
        (project.directory / "venv").symlink_to(venv, target_is_directory=True)
        project.config("langsmith:endpoint", base_url)
        project.config("langsmith:apiKey", api_key, secret=True)

        project.up()
        outputs = project.outputs()
        with httpx.Client(base_url=base_url, headers={"X-Api-Key": api_key}, timeout=10) as api:
            workspaces = {w["display_name"]: w["id"] for w in api.get("/api/v1/workspaces").json()}
            assert workspaces.get(f"{project.stack} ML Platform") == outputs["workspace_id"]
            tenant = {"X-Tenant-Id": outputs["workspace_id"]}
            names = {d["name"] for d in api.get("/api/v1/datasets", headers=tenant).json()}
            assert {f"{project.stack}-golden-answers", f"{project.stack}-chat-regressions"} <= names

            # The installed `drift` command (automation API) sees what `up` made, unchanged.
            drift = subprocess.run(
                [str(venv / "bin" / "pulumi-langsmith"), "drift", "--stack", project.stack, "--json"],
                cwd=project.directory,
                env=project.environment(),
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert drift.returncode == 0, drift.stdout + drift.stderr

            project.run("destroy", "--skip-preview")
            workspaces = {w["display_name"] for w in api.get("/api/v1/workspaces").json()}
            assert f"{project.stack} ML Platform" not in workspaces
    finally:
        emulator.terminate()
        try:
            emulator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait()
