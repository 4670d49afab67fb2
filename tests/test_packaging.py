"""The core package works without the `emulator` extra (fastapi, uvicorn): imports, CLI and pytest plugin.

Each check runs in a subprocess whose import system refuses fastapi, starlette and uvicorn, as a
virtualenv with plain `pip install pulumi-langsmith` would.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKER = textwrap.dedent(
    """
    import sys

    class _EmulatorExtraMissing:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"fastapi", "starlette", "uvicorn"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, _EmulatorExtraMissing())
    """
)


def run_without_extra(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1"},
    )


def test_the_blocker_blocks():
    result = run_without_extra("import fastapi")
    assert result.returncode == 1 and "No module named 'fastapi'" in result.stderr


def test_every_module_outside_the_emulator_imports_without_fastapi_or_uvicorn():
    result = run_without_extra(
        """
        import importlib, json, pkgutil
        import pulumi_langsmith

        imported = []
        for module in pkgutil.walk_packages(pulumi_langsmith.__path__, "pulumi_langsmith."):
            if module.name.startswith("pulumi_langsmith.emulator"):
                continue
            importlib.import_module(module.name)
            imported.append(module.name)
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in {"fastapi", "starlette", "uvicorn"})
        print(json.dumps({"imported": imported, "leaked": leaked}))
        """
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"pulumi_langsmith.cli", "pulumi_langsmith.testing", "pulumi_langsmith.drift"} <= set(report["imported"])
    assert report["leaked"] == []


def test_the_cli_works_and_the_emulator_command_says_how_to_install_it():
    schema = run_without_extra(
        """
        sys.argv = ["pulumi-langsmith", "schema"]
        from pulumi_langsmith.cli import app
        app()
        """
    )
    assert schema.returncode == 0, schema.stderr
    assert json.loads(schema.stdout)["name"] == "langsmith"

    emulator = run_without_extra(
        """
        sys.argv = ["pulumi-langsmith", "emulator", "--port", "0"]
        from pulumi_langsmith.cli import app
        app()
        """
    )
    output = emulator.stdout + emulator.stderr
    assert emulator.returncode == 1, output
    assert "pip install 'pulumi-langsmith[emulator]'" in output
    assert "Traceback" not in output

    helped = run_without_extra(
        """
        sys.argv = ["pulumi-langsmith", "emulator", "--help"]
        from pulumi_langsmith.cli import app
        app()
        """
    )
    assert helped.returncode == 0, helped.stderr
    assert "pulumi-langsmith[emulator]" in helped.stdout


def test_the_pytest_plugin_loads_and_its_fixture_says_how_to_install_the_emulator(tmp_path):
    (tmp_path / "test_uses_emulator.py").write_text(
        "def test_plain():\n    pass\n\n\ndef test_emulator(langsmith_emulator):\n    pass\n"
    )
    result = run_without_extra(
        """
        import pytest
        sys.exit(pytest.main(["-p", "no:cacheprovider", "-p", "no:xdist", "-q", "test_uses_emulator.py"]))
        """,
        cwd=tmp_path,
    )
    assert "1 passed" in result.stdout and "1 error" in result.stdout, result.stdout + result.stderr
    assert "pip install 'pulumi-langsmith[emulator]'" in result.stdout
    assert "Traceback" not in result.stdout
