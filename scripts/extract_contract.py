#!/usr/bin/env python3
"""Extract the reduced API contract the emulator is held to from the real OpenAPI specs.

For every operation the emulator serves: its spec, method, spec path, operationId, security,
parameters, request body and responses, plus every schema they reference (transitively), with
prose (descriptions, summaries, titles, examples, `x-` extensions) removed. The result is committed
as `tests/data/contract.json` (read only by the tests, so it stays out of the package), and the contract
tests run without the specs.

    python scripts/extract_contract.py                # rewrite contract.json from ../shared/specs
    python scripts/extract_contract.py --check        # exit 1 if contract.json is out of date
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPECS_DIR = REPO_ROOT.parent / "shared" / "specs"
CONTRACT_PATH = REPO_ROOT / "tests" / "data" / "contract.json"

#: The spec files by key: `ls` is the newest LangSmith spec, `cp` the control plane's.
SPEC_FILES = {
    "ls": "langsmith-platform-openapi.docs.json",
    "cp": "control-plane-openapi.json",
}

#: Operations the provider's client uses that the emulator does not serve: (spec, METHOD, path).
CLIENT_ONLY_OPERATIONS: tuple[tuple[str, str, str], ...] = ()

#: Served path prefixes that no OpenAPI spec describes, each with the test that holds it to its standard
#: instead. They are left out of the contract explicitly, never silently.
SPECLESS_PREFIXES: dict[str, str] = {
    # LangSmith publishes no SCIM spec: the routes follow RFC 7643/7644, checked with scim2-models.
    "/scim/v2/": "tests/test_emulator_scim_rfc7644.py",
}


def specless_checker(route_path: str) -> str | None:
    """The test that checks a served path no spec describes (None for paths the specs cover)."""
    return next((test for prefix, test in SPECLESS_PREFIXES.items() if route_path.startswith(prefix)), None)


_CP_SECURITY = [{"API Key": []}, {"Tenant ID": []}, {"Bearer Auth": []}]
_CP_VALIDATION_ERROR = {
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}
}
_CP_NOT_FOUND = {"content": {"application/json": {}}}


def _uuid_path_parameter(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}


def _optional_query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema}


_NULLABLE_STRING = {"anyOf": [{"type": "string"}, {"type": "null"}]}
_NULLABLE_DATE_TIME = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]}

#: Control-plane operations documented on docs.langchain.com (per-endpoint pages of the newer
#: `api.host.langchain.com/openapi.json`) but missing from the saved `control-plane-openapi.json`; see
#: ../shared/reference/langsmith-api.md §1 ("Endpoints in the newer docs that are missing from this `cp`
#: snapshot") and ../shared/specs/SOURCES.md. Written out here from that documentation, exactly these two:
#: - `POST /v2/deployments/{deployment_id}/revisions`: "always creates a revision and returns the created
#:   `Revision`"; its body fields (source_config, source_revision_config, secrets, secret_references) are
#:   those of `DeploymentPatchRequest`; 201 like the spec's other creates.
#: - `GET /v2/deployments/{deployment_id}/revisions/{revision_id}/logs`: query `type` (required, build|deploy),
#:   `start_time`, `end_time`, `order` (asc|desc, default asc), `limit` (1..1000, default 50), `offset`
#:   (string cursor), `query`, `level` (DEBUG..CRITICAL), `run_id` → `LogsResponse {logs, next_offset}`.
DOCUMENTED_ONLY_OPERATIONS: dict[tuple[str, str, str], dict[str, Any]] = {
    ("cp", "POST", "/v2/deployments/{deployment_id}/revisions"): {
        "operationId": "create_revision_v2_deployments__deployment_id__revisions_post",
        "security": _CP_SECURITY,
        "parameters": [_uuid_path_parameter("deployment_id")],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DeploymentPatchRequest"}}},
        },
        "responses": {
            "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Revision"}}}},
            "404": _CP_NOT_FOUND,
            "422": _CP_VALIDATION_ERROR,
        },
    },
    ("cp", "GET", "/v2/deployments/{deployment_id}/revisions/{revision_id}/logs"): {
        "operationId": "get_revision_logs_v2_deployments__deployment_id__revisions__revision_id__logs_get",
        "security": _CP_SECURITY,
        "parameters": [
            _uuid_path_parameter("deployment_id"),
            _uuid_path_parameter("revision_id"),
            {
                "name": "type",
                "in": "query",
                "required": True,
                "schema": {"type": "string", "enum": ["build", "deploy"]},
            },
            _optional_query("start_time", _NULLABLE_DATE_TIME),
            _optional_query("end_time", _NULLABLE_DATE_TIME),
            _optional_query("order", {"type": "string", "enum": ["asc", "desc"], "default": "asc"}),
            _optional_query("limit", {"type": "integer", "maximum": 1000, "minimum": 1, "default": 50}),
            _optional_query("offset", _NULLABLE_STRING),
            _optional_query("query", _NULLABLE_STRING),
            _optional_query(
                "level",
                {
                    "anyOf": [
                        {"type": "string", "enum": ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]},
                        {"type": "null"},
                    ]
                },
            ),
            _optional_query("run_id", _NULLABLE_STRING),
        ],
        "responses": {
            "200": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["logs", "next_offset"],
                            "properties": {
                                "logs": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
                                "next_offset": _NULLABLE_STRING,
                            },
                        }
                    }
                }
            },
            "404": _CP_NOT_FOUND,
            "422": _CP_VALIDATION_ERROR,
        },
    },
}

_ABAC_ERROR = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/abac.ErrorResponse"}}}}

#: The detach of access policies from a role, which no spec describes: the official Terraform provider
#: (`langchain-ai/terraform-provider-langsmith`, `access_policy_attachment_resource.go@78f7d61`, see
#: ../shared/reference/terraform-anchors.md §2.2 "langsmith_access_policy and langsmith_access_policy_attachment")
#: sends `DELETE api/v1/platform/orgs/current/access-policies/roles/{role}/access-policies?access_policy_ids=<id>`,
#: the attach route's path with the ids as a query. Its responses are written after the attach route's (204, and
#: the Go service's `abac.ErrorResponse` for errors).
DOCUMENTED_ONLY_OPERATIONS[
    ("ls", "DELETE", "/v1/platform/orgs/current/access-policies/roles/{role_id}/access-policies")
] = {
    "operationId": "detach_access_policies_from_role",
    "security": [{"API Key": []}, {"Organization ID": []}, {"Bearer Auth": []}],
    "parameters": [
        {"name": "role_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {
            "name": "access_policy_ids",
            "in": "query",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    ],
    "responses": {"204": {}, "400": _ABAC_ERROR, "403": _ABAC_ERROR, "404": _ABAC_ERROR},
}

#: Where each documented-only operation is documented (the contract records it).
DOCUMENTED_ONLY_SOURCES: dict[tuple[str, str, str], str] = {
    ("ls", "DELETE", "/v1/platform/orgs/current/access-policies/roles/{role_id}/access-policies"): (
        "../shared/reference/terraform-anchors.md §2.2 (langsmith_access_policy_attachment)"
    ),
}

_NULLABLE_DEPLOYMENT_TYPE = {
    "anyOf": [
        {"type": "string", "enum": ["dev_free", "dev", "prod", "dev_zero", "dev_free_zero"]},
        {"type": "null"},
    ]
}

#: Schema properties of the newer control-plane API that the saved `control-plane-openapi.json` lacks, as
#: (spec, schema, property) → the property's schema; each replaces or adds that one property. Sources: the
#: official Terraform provider, which runs against the live API (../shared/reference/terraform-anchors.md,
#: `langsmith_deployment` and "Deployment object"):
#: - `deployment_type` also takes the scale-to-zero `dev_zero` and `dev_free_zero` (the provider's enum and
#:   its test `TestDeploymentCreatePreservesExplicitCloudSettings`, `deployment_regression_test.go@00e4c64`);
#: - `SourceConfig.repo_branch`: the branch of a github deployment, whose `repo_ref` the API may report
#:   resolved (`TestDeploymentImportFiltersRevisionInputsBySource`, same file);
#: - `display_name` of a deployment, set by PATCH (min length 1) and read back by GET
#:   (`deployment_offline_acceptance_test.go@00e4c64`).
DOCUMENTED_SCHEMA_ADDITIONS: dict[tuple[str, str, str], dict[str, Any]] = {
    ("cp", "SourceConfigRequest", "deployment_type"): _NULLABLE_DEPLOYMENT_TYPE,
    ("cp", "SourceConfig", "deployment_type"): _NULLABLE_DEPLOYMENT_TYPE,
    ("cp", "SourceConfig", "repo_branch"): _NULLABLE_STRING,
    ("cp", "Deployment", "display_name"): _NULLABLE_STRING,
    ("cp", "DeploymentPatchRequest", "display_name"): {"anyOf": [{"type": "string", "minLength": 1}, {"type": "null"}]},
}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "tags"})
#: Keys whose dict value maps names to objects (so its keys are names, never prose to drop).
NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "headers", "content", "responses"}
)
#: Keys whose value is data, not schema: kept verbatim.
DATA_KEYS = frozenset({"default", "enum", "const"})
SCHEMA_REF_PREFIX = "#/components/schemas/"


def spec_locations(route_path: str) -> list[tuple[str, str]]:
    """Where a served path lives in the specs, most likely first: `(spec key, spec path)`.

    Self-hosted forms map to the SaaS paths: `/api/v1/platform/X` is `/v1/platform/X` (ls), a Go root
    route `/api/X` (X not under `/v1/`) is `/X` (ls), and `/api-host/X` is `/X` (cp).
    """
    if route_path.startswith("/api/v1/platform/"):
        return [("ls", route_path.removeprefix("/api"))]
    if route_path.startswith("/api-host/"):
        return [("cp", route_path.removeprefix("/api-host"))]
    if route_path.startswith("/api/") and not route_path.startswith("/api/v1/"):
        return [("ls", route_path.removeprefix("/api"))]  # self-hosted form of a Go root route
    if route_path.startswith(("/v2/", "/v1/integrations/")):
        return [("cp", route_path), ("ls", route_path)]
    return [("ls", route_path)]


def served_operations() -> list[tuple[str, str]]:
    """(METHOD, path) of every route the emulator app serves."""
    try:
        from pulumi_langsmith.emulator import create_app, served_routes
    except ImportError:
        sys.path.insert(0, str(REPO_ROOT / "provider"))
        from pulumi_langsmith.emulator import create_app, served_routes

    app = create_app()
    try:
        return served_routes(app)
    finally:
        app.state.store.close()


def load_specs(specs_dir: Path) -> dict[str, dict[str, Any]]:
    return {key: json.loads((specs_dir / name).read_text()) for key, name in SPEC_FILES.items()}


def locate(specs: dict[str, dict[str, Any]], method: str, route_path: str) -> tuple[str, str] | None:
    """The (spec key, spec path) that declares this operation (or documents it, see `DOCUMENTED_ONLY_OPERATIONS`)."""
    for key, path in spec_locations(route_path):
        if method.lower() in specs[key].get("paths", {}).get(path, {}):
            return key, path
    for key, path in spec_locations(route_path):
        if (key, method.upper(), path) in DOCUMENTED_ONLY_OPERATIONS:
            return key, path
    return None


def spec_operation_of(specs: dict[str, dict[str, Any]], key: str, method: str, path: str) -> dict[str, Any]:
    """The operation object of the spec, or of `DOCUMENTED_ONLY_OPERATIONS`."""
    documented = DOCUMENTED_ONLY_OPERATIONS.get((key, method.upper(), path))
    if documented is not None:
        return documented
    return specs[key]["paths"][path][method.lower()]


def without_prose(node: Any, *, names: bool = False) -> Any:
    """A copy of an OpenAPI fragment without prose and `x-` extensions (name maps keep their keys)."""
    if isinstance(node, list):
        return [without_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: without_prose(value) for key, value in node.items()}
    return {
        key: value if key in DATA_KEYS else without_prose(value, names=key in NAME_MAPS)
        for key, value in node.items()
        if key not in PROSE_KEYS and not key.startswith("x-")
    }


def schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas referenced anywhere in `node`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            yield ref.removeprefix(SCHEMA_REF_PREFIX)
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from schema_refs(item)


def referenced_schemas(spec: dict[str, Any], roots: Iterable[Any], key: str = "") -> dict[str, Any]:
    """Every component schema reachable from `roots`, without prose (with `DOCUMENTED_SCHEMA_ADDITIONS`)."""
    components = copy.deepcopy(spec["components"]["schemas"])
    for (spec_key, schema, prop), addition in DOCUMENTED_SCHEMA_ADDITIONS.items():
        if spec_key == key and schema in components:
            components[schema].setdefault("properties", {})[prop] = addition
    found: dict[str, Any] = {}
    pending = [name for root in roots for name in schema_refs(root)]
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found[name] = without_prose(components[name])
        pending.extend(schema_refs(found[name]))
    return dict(sorted(found.items()))


def build_contract(specs_dir: Path = DEFAULT_SPECS_DIR) -> dict[str, Any]:
    """The contract for the operations the emulator serves (plus `CLIENT_ONLY_OPERATIONS`).

    Raises `LookupError` naming any served operation that no spec declares.
    """
    specs = load_specs(specs_dir)
    wanted: set[tuple[str, str, str]] = set(CLIENT_ONLY_OPERATIONS)
    missing = []
    for method, route_path in served_operations():
        if specless_checker(route_path) is not None:
            continue
        location = locate(specs, method, route_path)
        if location is None:
            missing.append(f"{method} {route_path}")
        else:
            wanted.add((location[0], method.upper(), location[1]))
    if missing:
        raise LookupError("served operations that no spec declares: " + ", ".join(missing))

    operations = []
    for key, method, path in sorted(wanted):
        op = spec_operation_of(specs, key, method, path)
        operations.append(
            {
                "spec": key,
                "method": method,
                "path": path,
                **without_prose({k: op[k] for k in ("operationId", "security", "parameters") if k in op}),
                **({"requestBody": without_prose(op["requestBody"])} if "requestBody" in op else {}),
                "responses": without_prose(op.get("responses", {}), names=True),
                **(
                    {
                        "documented_only": DOCUMENTED_ONLY_SOURCES.get(
                            (key, method, path), "../shared/reference/langsmith-api.md §1"
                        )
                    }
                    if (key, method, path) in DOCUMENTED_ONLY_OPERATIONS
                    else {}
                ),
            }
        )
    return {
        "about": "Reduced LangSmith API contract for the emulator; generated by scripts/extract_contract.py.",
        "sources": {
            key: {"file": name, "sha256": hashlib.sha256((specs_dir / name).read_bytes()).hexdigest()}
            for key, name in SPEC_FILES.items()
        },
        "securitySchemes": {
            key: without_prose(spec.get("components", {}).get("securitySchemes", {}), names=True)
            for key, spec in specs.items()
        },
        "operations": operations,
        "schemas": {
            key: referenced_schemas(specs[key], [op for op in operations if op["spec"] == key], key) for key in specs
        },
    }


def render(contract: dict[str, Any]) -> str:
    return json.dumps(contract, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS_DIR, help="folder holding the spec files")
    parser.add_argument("--out", type=Path, default=CONTRACT_PATH, help="where to write the contract")
    parser.add_argument("--check", action="store_true", help="only check that the file at --out is current")
    args = parser.parse_args(argv)
    try:
        text = render(build_contract(args.specs))
    except LookupError as error:
        print(error, file=sys.stderr)
        return 1
    if args.check:
        current = args.out.exists() and args.out.read_text() == text
        print(f"{args.out} is {'current' if current else 'OUT OF DATE: run scripts/extract_contract.py'}")
        return 0 if current else 1
    args.out.write_text(text)
    print(f"wrote {args.out} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
