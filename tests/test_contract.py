"""The emulator against the real API contract (`tests/data/contract.json`, extracted from the OpenAPI specs).

- every served route is a spec operation (same method, same path template);
- parameters and request bodies the emulator declares are the spec's, exactly;
- response models declare only spec fields, typed as in the spec;
- a scripted session covering every operation sends spec-valid bodies and gets spec-valid responses (one
  per API family: `contract_sessions/<family>.py`, run in the registry's order);
- bodies the spec rejects (one field broken at a time) are rejected with 422;
- the committed contract is what the specs in ../shared/specs give today (skipped without them).
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from pulumi_langsmith.emulator import Family, create_app, registered_families, served_routes
from pulumi_langsmith.testing import LangSmithEmulator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

REPO_ROOT = Path(__file__).resolve().parent.parent
CONTRACT_FILE = REPO_ROOT / "tests" / "data" / "contract.json"
SPECS_DIR = REPO_ROOT.parent / "shared" / "specs"
#: OpenAPI ignores header parameters with these names (FastAPI leaves them out of its schema).
IGNORED_HEADER_PARAMETERS = {"accept", "content-type", "authorization"}
#: An error the spec does not declare for an operation (401/403/404/409) has FastAPI's shape.
FASTAPI_ERROR = {"type": "object", "required": ["detail"], "properties": {"detail": {"type": "string"}}}


def load_extractor() -> Any:
    spec = importlib.util.spec_from_file_location("extract_contract", REPO_ROOT / "scripts" / "extract_contract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


extractor = load_extractor()
CONTRACT: dict[str, Any] = json.loads(CONTRACT_FILE.read_text())
OPERATIONS: dict[tuple[str, str, str], dict[str, Any]] = {
    (op["spec"], op["method"], op["path"]): op for op in CONTRACT["operations"]
}

# ------------------------------------------------------------------ JSON Schema over the contract

format_checker = FormatChecker()


@format_checker.checks("date-time", raises=ValueError)
def is_rfc3339_date_time(value: object) -> bool:
    """RFC 3339 date-time: a full date and time with a zone offset (jsonschema only checks it with extras)."""
    if not isinstance(value, str):
        return True
    return re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value) is not None and bool(
        datetime.fromisoformat(value)
    )


def contract_uri(spec: str) -> str:
    return f"urn:langsmith-contract:{spec}"


REGISTRY: Registry = Registry().with_resources(
    (contract_uri(spec), DRAFT202012.create_resource({"components": {"schemas": schemas}}))
    for spec, schemas in CONTRACT["schemas"].items()
)


def anchored(schema: Any, spec: str) -> Any:
    """The schema with `#/components/...` references pointing into the contract resource of `spec`."""
    if isinstance(schema, dict):
        return {
            key: contract_uri(spec) + value if key == "$ref" and value.startswith("#/") else anchored(value, spec)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [anchored(item, spec) for item in schema]
    return schema


def validator(schema: Any, spec: str = "ls") -> Draft202012Validator:
    return Draft202012Validator(anchored(schema, spec), registry=REGISTRY, format_checker=format_checker)


def spec_errors(instance: Any, schema: Any, spec: str = "ls") -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema, spec).iter_errors(instance)]


def json_schema(part: dict[str, Any] | None) -> Any:
    """The application/json schema of a request body or response object."""
    return (part or {}).get("content", {}).get("application/json", {}).get("schema")


def dereferenced(schema: Any, schemas: dict[str, Any]) -> Any:
    """The schema with component references inlined (the schemas involved have no cycles)."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            target = dereferenced(schemas[schema["$ref"].rsplit("/", 1)[-1]], schemas)
            return {**target, **dereferenced({k: v for k, v in schema.items() if k != "$ref"}, schemas)}
        return {key: dereferenced(value, schemas) for key, value in schema.items()}
    if isinstance(schema, list):
        return [dereferenced(item, schemas) for item in schema]
    return schema


def comparable(schema: Any, schemas: dict[str, Any]) -> Any:
    return extractor.without_prose(dereferenced(schema, schemas))


# ------------------------------------------------------------------ served routes ↔ spec operations


@cache
def emulator_openapi() -> dict[str, Any]:
    app = create_app()
    try:
        return app.openapi()
    finally:
        app.state.store.close()


def spec_operation(method: str, route_path: str) -> dict[str, Any] | None:
    for spec, path in extractor.spec_locations(route_path):
        if (spec, method, path) in OPERATIONS:
            return OPERATIONS[(spec, method, path)]
    return None


def served_operations() -> list[tuple[str, str]]:
    app = create_app()
    try:
        return served_routes(app)
    finally:
        app.state.store.close()


def test_every_served_route_is_a_spec_operation() -> None:
    unknown = [
        f"{method} {path}"
        for method, path in served_operations()
        if spec_operation(method, path) is None and extractor.specless_checker(path) is None
    ]
    assert not unknown, f"routes the real API does not have: {unknown}"


def test_routes_without_a_spec_are_only_the_exempted_families_and_have_their_own_checks() -> None:
    """SCIM (`/scim/v2`) has no LangSmith spec: it is exempt here and held to RFC 7644 by its own test."""
    specless = {path for _, path in served_operations() if extractor.specless_checker(path)}
    assert specless, "the SCIM routes are served"
    assert all(path.startswith("/scim/v2/") for path in specless)
    for test_file in set(extractor.SPECLESS_PREFIXES.values()):
        assert (REPO_ROOT / test_file).is_file(), f"{test_file} must check the routes no spec describes"


def test_every_contract_operation_is_served() -> None:
    served = {
        (op["spec"], op["method"], op["path"])
        for method, path in served_operations()
        if (op := spec_operation(method, path)) is not None
    }
    client_only = set(extractor.CLIENT_ONLY_OPERATIONS)
    assert set(OPERATIONS) - client_only <= served


def test_platform_routes_are_served_at_saas_and_self_hosted_paths() -> None:
    paths = {path for _, path in served_operations()}
    for path in paths:
        if path.startswith("/v1/platform/"):
            assert "/api" + path in paths
        if path.startswith("/api/v1/platform/"):
            assert path.removeprefix("/api") in paths


def emulator_operations() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in emulator_openapi()["paths"].items():
        for method, operation in item.items():
            spec_op = spec_operation(method.upper(), path)
            assert spec_op is not None, f"{method.upper()} {path}"
            yield method.upper(), path, operation, spec_op


def parameters(operation: dict[str, Any], schemas: dict[str, Any]) -> dict[tuple[str, str], Any]:
    return {
        (p["name"], p["in"]): (p.get("required", False), comparable(p["schema"], schemas))
        for p in operation.get("parameters", [])
        if not (p["in"] == "header" and p["name"].lower() in IGNORED_HEADER_PARAMETERS)
    }


def test_parameters_are_the_specs() -> None:
    ours = emulator_openapi()["components"]["schemas"]
    for method, path, operation, spec_op in emulator_operations():
        theirs = CONTRACT["schemas"][spec_op["spec"]]
        assert parameters(operation, ours) == parameters(spec_op, theirs), f"{method} {path}"


def test_request_bodies_are_the_specs() -> None:
    ours = emulator_openapi()["components"]["schemas"]
    for method, path, operation, spec_op in emulator_operations():
        theirs = CONTRACT["schemas"][spec_op["spec"]]
        assert ("requestBody" in operation) == ("requestBody" in spec_op), f"{method} {path}"
        if "requestBody" in spec_op:
            assert operation["requestBody"].get("required") == spec_op["requestBody"].get("required")
            assert comparable(json_schema(operation["requestBody"]), ours) == comparable(
                json_schema(spec_op["requestBody"]), theirs
            ), f"{method} {path}"


def test_response_models_declare_only_spec_fields_typed_as_in_the_spec() -> None:
    ours = emulator_openapi()["components"]["schemas"]
    for method, path, operation, spec_op in emulator_operations():
        theirs = CONTRACT["schemas"][spec_op["spec"]]
        success = next(code for code in operation["responses"] if code.startswith("2"))
        assert success in spec_op["responses"], f"{method} {path}: the spec has no {success} response"
        mine = comparable(json_schema(operation["responses"][success]), ours)
        spec = comparable(json_schema(spec_op["responses"][success]), theirs)
        if spec is None:  # e.g. 204 No Content
            assert mine is None, f"{method} {path}: the spec's {success} has no body"
            continue
        if spec.get("type") == "array":
            mine, spec = mine["items"], spec["items"]
        for name, field in mine.get("properties", {}).items():
            assert name in spec["properties"], f"{method} {path}: {name} is not in the spec"
            if "properties" in field:  # a nested object the emulator fills partially
                for sub_name, sub_field in field["properties"].items():
                    assert sub_field == spec["properties"][name]["properties"][sub_name], f"{path}: {name}.{sub_name}"
            else:
                assert field == spec["properties"][name], f"{method} {path}: {name}"
        assert set(spec.get("required", [])) <= set(mine.get("required", [])), f"{method} {path}"


# ------------------------------------------------------------------ a scripted session, checked at runtime


def find_operation(method: str, url_path: str) -> dict[str, Any]:
    for spec, path in extractor.spec_locations(url_path):
        for (op_spec, op_method, op_path), op in OPERATIONS.items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op_path)) + "$"
            if op_spec == spec and op_method == method and re.match(pattern, path):
                return op
    raise AssertionError(f"no contract operation for {method} {url_path}")


class ContractCheckedClient:
    """An httpx client that checks every exchange against the contract and records the operations covered."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.covered: set[tuple[str, str, str]] = set()

    def call(self, method: str, url: str, expect: int, *, json: Any = None, **kwargs: Any) -> Any:
        # Matched as sent: a parameter may hold an encoded `/` (`%2F`), which the decoded path would split.
        op = find_operation(method, httpx.URL(url).raw_path.decode("ascii").split("?", 1)[0])
        if json is not None and expect < 400:
            assert not spec_errors(json, json_schema(op["requestBody"]), op["spec"]), f"request {method} {url}"
        response = self.http.request(method, url, json=json, **kwargs)
        assert response.status_code == expect, f"{method} {url}: {response.status_code} {response.text}"
        declared = op["responses"].get(str(response.status_code))
        schema = json_schema(declared) if declared else None
        if schema is None:  # undeclared, or declared without a schema ("any"): FastAPI's error shape
            schema = FASTAPI_ERROR
        if not response.content and declared is not None and json_schema(declared) is None:  # 204 No Content
            self.covered.add((op["spec"], op["method"], op["path"]))
            return None
        body = response.json()
        errors = spec_errors(body, schema, op["spec"])
        assert not errors, f"response of {method} {url} ({response.status_code}): {errors}"
        if response.status_code < 300:
            self.covered.add((op["spec"], op["method"], op["path"]))
        return body


def contract_session(family: Family) -> Callable[..., None] | None:
    """The family's scripted session, `contract_sessions/<family name>.py` `session(call, emulator)`, if any."""
    try:
        module = importlib.import_module(f"contract_sessions.{family.name}")
    except ModuleNotFoundError as error:
        if error.name != f"contract_sessions.{family.name}":
            raise
        return None
    return module.session


def test_every_family_with_spec_routes_has_a_contract_session() -> None:
    """A family without a session is one no spec describes (SCIM), held to its standard by its own test."""
    for family in registered_families():
        paths = {
            prefix + str(getattr(route, "path", ""))
            for mount in family.mounts
            for prefix in mount.prefixes
            for route in mount.router.routes
        }
        specless = all(extractor.specless_checker(path) for path in paths)
        assert (contract_session(family) is None) == specless, family.name


@pytest.fixture
def checked(langsmith_emulator: LangSmithEmulator) -> Iterator[ContractCheckedClient]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as http:
        yield ContractCheckedClient(http)


def test_scripted_session_covers_every_operation_and_conforms(
    checked: ContractCheckedClient, langsmith_emulator: LangSmithEmulator
) -> None:
    for family in registered_families():
        session = contract_session(family)
        if session is not None:
            session(checked.call, langsmith_emulator)

    missing = set(OPERATIONS) - set(extractor.CLIENT_ONLY_OPERATIONS) - checked.covered
    assert not missing, f"operations the scripted session did not exercise successfully: {sorted(missing)}"


# ------------------------------------------------------------------ bodies the spec rejects are rejected

#: Values tried in place of a field; those the field's spec schema accepts are skipped. None is one that
#: pydantic (which the real API runs on too) coerces into a valid value, like "1" for an integer, except
#: numbers for date-time fields (read as Unix timestamps), which `coerced_by_pydantic` leaves out.
WRONG_VALUES: list[Any] = [None, 12345, 1.5, "not-a-uuid", "!!", "", {"x": 1}, ["x"], [1], "not-a-date", "__bogus__"]


def coerced_by_pydantic(wrong: Any, field: dict[str, Any], spec: str) -> bool:
    """Whether the real API (pydantic, lax mode) accepts this value although the spec's schema does not."""
    formats = {branch.get("format") for branch in resolve(field, spec).get("anyOf", [resolve(field, spec)])}
    return "date-time" in formats and isinstance(wrong, (int, float)) and not isinstance(wrong, bool)


def mutations(value: Any, schema: dict[str, Any], spec: str) -> Iterator[Any]:
    """Copies of `value` (valid for `schema`) with one field replaced, removed or broken one level down."""
    resolved = resolve(schema, spec)
    branches = resolved.get("anyOf", [resolved])
    branch = next((resolve(b, spec) for b in branches if not spec_errors(value, b, spec)), resolved)
    if isinstance(value, dict) and "properties" in branch:
        for name, field in branch["properties"].items():
            for wrong in [*WRONG_VALUES, many_items(field, spec)]:
                if not coerced_by_pydantic(wrong, field, spec):
                    yield {**value, name: wrong}
            if name in value:
                for broken in mutations(value[name], field, spec):
                    yield {**value, name: broken}
        for name in branch.get("required", []):
            yield {k: v for k, v in value.items() if k != name}
    elif isinstance(value, list) and value and "items" in branch:
        for broken in mutations(value[0], branch["items"], spec):
            yield [broken, *value[1:]]


def resolve(schema: dict[str, Any], spec: str) -> dict[str, Any]:
    while "$ref" in schema:
        schema = CONTRACT["schemas"][spec][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def many_items(field: dict[str, Any], spec: str) -> list[str] | None:
    """One item more than an array field's maxItems allows, if it has one."""
    for branch in resolve(field, spec).get("anyOf", [field]):
        if "maxItems" in branch:
            return [str(uuid.uuid4()) for _ in range(branch["maxItems"] + 1)]
    return None


def valid_bodies(api: httpx.Client) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, url, a spec-valid body using every field) for every operation that takes a body."""
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Fuzz"}).json()
    dataset = api.post("/api/v1/datasets", json={"name": "fuzz dataset"}).json()
    project = api.post("/api/v1/sessions", json={"name": "fuzz project"}).json()
    transformations = [{"path": ["inputs", "q"], "transformation_type": "convert_to_openai_message"}]
    yield "POST", "/api/v1/workspaces", {"id": str(uuid.uuid4()), "display_name": "Fuzz 2", "tenant_handle": None}
    yield "PATCH", f"/api/v1/workspaces/{workspace['id']}", {"display_name": "Fuzz renamed"}
    yield "POST", "/api/v1/datasets", {
        "id": str(uuid.uuid4()), "name": "fuzz 2", "description": "d", "created_at": "2026-01-01T00:00:00Z",
        "inputs_schema_definition": {}, "outputs_schema_definition": {}, "externally_managed": True,
        "transformations": transformations, "extra": {}, "data_type": "llm", "tag_value_ids": [str(uuid.uuid4())],
    }  # fmt: skip
    yield "PATCH", f"/api/v1/datasets/{dataset['id']}", {
        "name": "fuzz renamed", "description": "d", "inputs_schema_definition": {}, "outputs_schema_definition": {},
        "transformations": transformations, "metadata": {}, "patch_examples": {},
        "baseline_experiment_id": project["id"],
    }  # fmt: skip
    yield "POST", "/api/v1/sessions", {
        "id": str(uuid.uuid4()), "name": "fuzz project 2", "description": "d", "start_time": "2026-01-01T00:00:00Z",
        "end_time": "2026-01-02T00:00:00Z", "extra": {}, "default_dataset_id": dataset["id"],
        "reference_dataset_id": dataset["id"], "trace_tier": "shortlived", "tag_value_ids": [str(uuid.uuid4())],
        "num_examples": 1, "num_repetitions": 1, "evaluator_keys": ["k"], "kicked_off_by": "me",
    }  # fmt: skip
    yield "PATCH", f"/api/v1/sessions/{project['id']}", {
        "name": "fuzz project renamed", "description": "d", "default_dataset_id": dataset["id"],
        "end_time": "2026-01-02T00:00:00Z", "extra": {}, "trace_tier": "longlived",
    }  # fmt: skip
    webhook = api.post("/api/v1/prompt-webhooks", json={"url": "https://hooks.example.com/fuzz"}).json()
    yield "POST", "/api/v1/prompt-webhooks", {
        "id": str(uuid.uuid4()), "url": "https://hooks.example.com/a", "headers": {"X-A": "1"},
        "include_prompts": [str(uuid.uuid4())], "exclude_prompts": [str(uuid.uuid4())], "triggers": ["commit"],
    }  # fmt: skip
    yield "PATCH", f"/api/v1/prompt-webhooks/{webhook['id']}", {
        "url": "https://hooks.example.com/b", "headers": {}, "include_prompts": [], "exclude_prompts": [],
        "triggers": ["tag:create", "tag:update"],
    }  # fmt: skip

    rule = api.post(
        "/api/v1/runs/rules", json={"display_name": "fuzz", "session_id": project["id"], "sampling_rate": 1}
    ).json()
    rule_body = {
        "display_name": "fuzz rule", "is_enabled": True, "sampling_rate": 0.5, "filter": "eq(is_root, true)",
        "trace_filter": "eq(error, true)", "tree_filter": "eq(name, 'x')", "backfill_from": "2026-01-01T00:00:00Z",
        "use_corrections_dataset": False, "num_few_shot_examples": 1, "extend_only": False, "transient": False,
        "add_to_dataset_id": dataset["id"], "add_to_dataset_prefer_correction": True,
        "code_evaluators": [{"code": "def perform_eval(run, example): ...", "language": "python"}],
        "alerts": [{"type": "pagerduty", "routing_key": "rk", "summary": "s", "severity": "info"}],
        "webhooks": [{"url": "https://hooks.example.com/r", "headers": {"X-A": "1"}}], "evaluator_version": 1,
        "create_alignment_queue": False, "include_extended_stats": False, "group_by": "thread_id",
        "spend_limit": {"limit_usd": 10, "window": "weekly"},
    }  # fmt: skip
    yield "POST", "/api/v1/runs/rules", {**rule_body, "session_id": project["id"]}
    yield "PATCH", f"/api/v1/runs/rules/{rule['id']}", rule_body


def test_bodies_the_spec_rejects_are_rejected(langsmith_emulator: LangSmithEmulator) -> None:
    tried = 0
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        for method, url, body in valid_bodies(api):
            op = find_operation(method, url)
            schema = json_schema(op["requestBody"])
            assert not spec_errors(body, schema, op["spec"]), f"the sample body of {method} {url} is not spec-valid"
            for broken in mutations(copy.deepcopy(body), schema, op["spec"]):
                if not spec_errors(broken, schema, op["spec"]):
                    continue
                tried += 1
                response = api.request(method, url, json=broken)
                assert response.status_code == 422, f"{method} {url} accepted {broken}: {response.text}"
                assert not spec_errors(response.json(), {"$ref": "#/components/schemas/HTTPValidationError"})
            response = api.request(method, url, json=body)
            assert response.status_code == 200, f"{method} {url} rejected its valid sample: {response.text}"
    assert tried > 100


# ------------------------------------------------------------------ the committed contract is current


@pytest.mark.skipif(not SPECS_DIR.is_dir(), reason="the OpenAPI specs (../shared/specs) are not available")
def test_committed_contract_matches_the_specs() -> None:
    regenerated = extractor.render(extractor.build_contract(SPECS_DIR))
    assert regenerated == CONTRACT_FILE.read_text(), "contract.json is stale: run scripts/extract_contract.py"
