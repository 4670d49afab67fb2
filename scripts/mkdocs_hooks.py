"""mkdocs hooks: the resource reference is generated from the kind registry at build time.

`pulumi_langsmith.docs.site_pages()` gives one page per registered kind (and the reference index); they are
added to the build and to the "Resource reference" section of the nav, so a new kind appears without any
edit here. Hand-written pages may hold `<!-- BEGIN <SECTION> --> <!-- END <SECTION> -->` markers (config
and policy reference, version), filled the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from pulumi_langsmith.docs import REFERENCE_SECTION, fill_markers, site_pages


def on_config(config: Any) -> Any:
    pages = site_pages()
    for entry in config["nav"]:
        if isinstance(entry, dict) and REFERENCE_SECTION in entry:
            entry[REFERENCE_SECTION] = [{title: path} for path, (title, _) in pages.items()]
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, (_, content) in site_pages().items():
        files.append(File.generated(config, path, content=content))
    # The changelog page is the repository's CHANGELOG.md, not a copy.
    changelog = Path(config["config_file_path"]).parent / "CHANGELOG.md"
    files.append(File.generated(config, "changelog.md", content=changelog.read_text(encoding="utf-8")))
    return files


def on_page_markdown(markdown: str, **_: Any) -> str:
    return fill_markers(markdown)
