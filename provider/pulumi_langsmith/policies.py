"""Guard rails for LangSmith stacks: pulumi-policy validations matched on this package's type tokens.

The policies are importable and unit-testable; nothing here starts a policy server. `build_policy_pack()`
constructs the `PolicyPack` (which serves and blocks) and is called only from the pack's `__main__.py`
(`policy/` at the repository root).

Values unknown during preview are never guessed at: a rule that needs one skips that check, and
`pulumi up` (which runs the policies again with known values) enforces it. Messages never quote the value
of an environment variable, secret or header.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import os
import re
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Final
from urllib.parse import urlsplit

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)
from pulumi_policy import proxy as _proxy
from pulumi_policy.proxy import UnknownValueError

TYPE_PREFIX: Final = "pulumi-python:dynamic/langsmith:"
PACK_NAME: Final = "langsmith-guardrails"


def type_token(kind: str) -> str:
    """`Dataset` → `pulumi-python:dynamic/langsmith:Dataset`."""
    return TYPE_PREFIX + kind


class _Unknown:
    """A value that is unknown during preview."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = _Unknown()
_UNKNOWN_SENTINELS: Final = frozenset(
    {
        _proxy.UNKNOWN_BOOLEAN_VALUE,
        _proxy.UNKNOWN_NUMBER_VALUE,
        _proxy.UNKNOWN_STRING_VALUE,
        _proxy.UNKNOWN_ARRAY_VALUE,
        _proxy.UNKNOWN_ASSET_VALUE,
        _proxy.UNKNOWN_ARCHIVE_VALUE,
        _proxy.UNKNOWN_OBJECT_VALUE,
    }
)


def plain(value: Any) -> Any:
    """Plain dicts/lists of a (possibly unknown-checking) property bag, with `UNKNOWN` for unknown values."""
    if isinstance(value, str):
        return UNKNOWN if value in _UNKNOWN_SENTINELS else value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key in value:
            try:
                out[str(key)] = plain(value[key])
            except UnknownValueError:
                out[str(key)] = UNKNOWN
        return out
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        items: list[Any] = []
        for index in range(len(value)):
            try:
                items.append(plain(value[index]))
            except UnknownValueError:
                items.append(UNKNOWN)
        return items
    return value


def resource_props(props: Mapping[str, Any]) -> dict[str, Any]:
    """The plain props a policy sees: the dynamic provider's own keys (`__provider`, the pickled provider, and
    `__identity`) are left out, so no rule can read, match or quote them."""
    return {key: value for key, value in plain(props).items() if not key.startswith("__")}


def dig(props: Mapping[str, Any], *path: str) -> Any:
    """The value at `path` of plain props: `None` when absent, `UNKNOWN` when it (or a parent) is unknown."""
    value: Any = props
    for key in path:
        if value is UNKNOWN:
            return UNKNOWN
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def stack_of(urn: str) -> str:
    """The stack name in a URN `urn:pulumi:<stack>::<project>::<type>::<name>`."""
    head = urn.split("::", 1)[0]
    return head.split(":", 2)[2] if head.count(":") >= 2 else ""


def _settings(args: Any, schema: PolicyConfigSchema) -> dict[str, Any]:
    """The policy's config with the schema's defaults filled in (the engine does too; unit tests need not)."""
    config = dict(args.get_config() or {})
    for name, prop in schema.properties.items():
        if name not in config and "default" in prop:
            config[name] = prop["default"]
    return config


ResourceRule = Callable[[Mapping[str, Any], dict[str, Any], ResourceValidationArgs], Iterable[str]]

_RESOURCE_POLICY_KINDS: dict[str, frozenset[str]] = {}
"""The kinds each resource policy applies to, by policy name (for the generated docs)."""


def _resource_policy(
    name: str,
    description: str,
    kinds: Iterable[str],
    rule: ResourceRule,
    enforcement_level: EnforcementLevel,
    config_schema: PolicyConfigSchema | None = None,
) -> ResourceValidationPolicy:
    """A validation applying `rule(plain_props, config, args)` to resources of the given kinds."""
    kinds = frozenset(kinds)
    _RESOURCE_POLICY_KINDS[name] = kinds
    types = frozenset(type_token(kind) for kind in kinds)
    schema = config_schema or PolicyConfigSchema({})

    def validate(args: ResourceValidationArgs, report_violation: ReportViolation) -> None:
        if args.resource_type not in types:
            return
        for message in rule(resource_props(args.props), _settings(args, schema), args):
            report_violation(message, None)

    return ResourceValidationPolicy(
        name=name,
        description=description,
        validate=validate,
        enforcement_level=enforcement_level,
        config_schema=config_schema,
    )


# -- deployments ------------------------------------------------------------------------------------


def _deployment_type(props: Mapping[str, Any]) -> Any:
    return dig(props, "source_config", "deployment_type")


PROD_MIN_REPLICAS_SCHEMA = PolicyConfigSchema(
    {"min_replicas": {"type": "integer", "minimum": 1, "default": 2, "description": "Lowest allowed `min_scale`."}}
)


def _prod_min_replicas(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    if _deployment_type(props) != "prod":
        return
    wanted = int(config["min_replicas"])
    min_scale = dig(props, "source_config", "resource_spec", "min_scale")
    if min_scale is UNKNOWN:
        return
    if min_scale is None:
        yield (
            f"production deployment must set source_config.resource_spec.min_scale to at least {wanted} "
            "(it is unset, so the server default applies)"
        )
    elif isinstance(min_scale, (int, float)) and min_scale < wanted:
        yield (
            f"production deployment has source_config.resource_spec.min_scale {int(min_scale)}; "
            f"at least {wanted} required"
        )


PROD_PROTECTED_SCHEMA = PolicyConfigSchema(
    {
        "deployment_types": {
            "type": "array",
            "items": {"type": "string", "enum": ["dev_free", "dev", "dev_zero", "dev_free_zero", "prod"]},
            "default": ["prod"],
            "description": "Deployment types that must be protected.",
        }
    }
)


def _prod_protected(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    kind = _deployment_type(props)
    if kind is UNKNOWN or kind not in set(config["deployment_types"]):
        return
    if not getattr(args.opts, "protect", False):
        yield f"{kind} deployment must be protected: pass opts=pulumi.ResourceOptions(protect=True)"


DEV_IN_PROD_SCHEMA = PolicyConfigSchema(
    {
        "stack_patterns": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["prod*", "production*"],
            "description": "Stack-name glob patterns (case-insensitive) where dev deployments are refused.",
        },
        "refused_types": {
            "type": "array",
            "items": {"type": "string", "enum": ["dev_free", "dev", "dev_zero", "dev_free_zero", "prod"]},
            "default": ["dev_free", "dev", "dev_zero", "dev_free_zero"],
            "description": "Deployment types refused in those stacks.",
        },
    }
)


def _dev_in_prod_stack(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    kind = _deployment_type(props)
    if kind is UNKNOWN or kind not in set(config["refused_types"]):
        return
    stack = stack_of(args.urn) or os.environ.get("PULUMI_STACK", "")
    for pattern in config["stack_patterns"]:
        if fnmatch.fnmatchcase(stack.lower(), str(pattern).lower()):
            yield f"deployment_type {kind!r} is not allowed in stack {stack!r} (matches {pattern!r}); use 'prod'"
            return


SECRET_ENV_SCHEMA = PolicyConfigSchema(
    {
        "key_patterns": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["*KEY*", "*TOKEN*", "*SECRET*", "*PASSWORD*"],
            "description": "Glob patterns (case-insensitive) of variable names that look secret.",
        },
        "allowed_keys": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Variable names allowed in plain environment_variables despite matching.",
        },
    }
)


def _secret_looking_env(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    env = props.get("environment_variables")
    if not isinstance(env, Mapping):
        return
    patterns = [str(p).upper() for p in config["key_patterns"]]
    allowed = {str(k).upper() for k in config["allowed_keys"]}
    flagged = sorted(
        key for key in env if key.upper() not in allowed and any(fnmatch.fnmatchcase(key.upper(), p) for p in patterns)
    )
    if flagged:
        yield (
            f"environment_variables {', '.join(flagged)} look like secrets (patterns "
            f"{', '.join(config['key_patterns'])}); move them to `secrets`, which is stored encrypted"
        )


PROD_STACK_PATTERNS: Final = {
    "type": "array",
    "items": {"type": "string"},
    "default": ["prod*", "production*"],
    "description": "Stack-name glob patterns (case-insensitive) of production stacks.",
}


def is_prod_stack(urn: str, config: Mapping[str, Any]) -> bool:
    stack = stack_of(urn) or os.environ.get("PULUMI_STACK", "")
    return any(fnmatch.fnmatchcase(stack.lower(), str(p).lower()) for p in config["stack_patterns"])


STORE_SECRET_SCHEMA = PolicyConfigSchema(
    {
        "key_patterns": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["*KEY*", "*TOKEN*", "*SECRET*", "*PASSWORD*"],
            "description": "Glob patterns (case-insensitive) of field names in a store value that look secret.",
        },
        "value_prefixes": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["lsv2_", "sk-", "ghp_", "github_pat_", "xox", "AKIA"],
            "description": "Prefixes of string values that look like credentials.",
        },
    }
)


def _secret_paths(value: Any, patterns: list[str], prefixes: tuple[str, ...], path: str = "value") -> Iterable[str]:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            inner_path = f"{path}.{key}"
            if any(fnmatch.fnmatchcase(str(key).upper(), p) for p in patterns) and isinstance(inner, str) and inner:
                yield inner_path
            else:
                yield from _secret_paths(inner, patterns, prefixes, inner_path)
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _secret_paths(inner, patterns, prefixes, f"{path}[{i}]")
    elif isinstance(value, str) and value.startswith(prefixes):
        yield path


def _secret_looking_store_value(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    patterns = [str(p).upper() for p in config["key_patterns"]]
    prefixes = tuple(str(p) for p in config["value_prefixes"])
    flagged = sorted(set(_secret_paths(props.get("value"), patterns, prefixes)))
    if flagged:
        yield (
            f"StoreItem {', '.join(flagged)} look like secrets: a store value is plain in state and readable by "
            "every graph of the deployment; keep credentials in the deployment's `secrets` instead"
        )


PROD_AGENT_SERVER_SCHEMA = PolicyConfigSchema({"stack_patterns": PROD_STACK_PATTERNS})


def _prod_cron_ends(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    end_time, no_end = props.get("end_time"), props.get("no_end_time")
    if UNKNOWN in (end_time, no_end) or end_time or no_end is True or not is_prod_stack(args.urn, config):
        return
    yield (
        f"Cron in production stack {stack_of(args.urn)!r} sets no end_time: set one, or no_end_time=True to say "
        "the schedule deliberately runs until it is removed"
    )


def _prod_assistant_pinned(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    pinned = props.get("pinned_version")
    if pinned is UNKNOWN or pinned is not None or not is_prod_stack(args.urn, config):
        return
    yield (
        f"Assistant in production stack {stack_of(args.urn)!r} pins no version: set pinned_version (the version "
        "the server serves; its latest_version output shows the newest), so a rollout is a reviewed change"
    )


# -- model configurations ---------------------------------------------------------------------------

MODEL_SECRET_SCHEMA = PolicyConfigSchema(
    {
        "key_patterns": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["*KEY*", "*TOKEN*", "*SECRET*", "*PASSWORD*", "*AUTHORIZATION*", "*CREDENTIAL*"],
            "description": "Glob patterns (case-insensitive) of parameter and header names whose string values "
            "look like literal keys.",
        },
        "value_prefixes": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["lsv2_", "sk-", "sk_", "ghp_", "github_pat_", "xox", "AKIA", "AIza", "Bearer ", "Basic "],
            "description": "Prefixes of string values (anywhere in parameters and headers, and of secret_name) "
            "that look like credentials.",
        },
        "allowed_keys": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Parameter or header names allowed despite matching `key_patterns`.",
        },
        "require_secret_name": {
            "type": "boolean",
            "default": True,
            "description": "Whether a configuration without OAuth must name the workspace secret holding its key.",
        },
    }
)


def _model_configuration_secrets(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    patterns = [str(p).upper() for p in config["key_patterns"]]
    prefixes = tuple(str(p) for p in config["value_prefixes"])
    allowed = {str(k).upper() for k in config["allowed_keys"]}
    flagged = [
        path
        for path in _secret_paths(props.get("parameters"), patterns, prefixes, "parameters")
        if path.rsplit(".", 1)[-1].split("[", 1)[0].upper() not in allowed
    ]
    headers = props.get("oauth_headers")
    for name, values in (headers if isinstance(headers, Mapping) else {}).items():
        strings = [v for v in (values if isinstance(values, list) else [values]) if isinstance(v, str) and v]
        named = name.upper() not in allowed and any(fnmatch.fnmatchcase(name.upper(), p) for p in patterns)
        if (named and strings) or any(v.startswith(prefixes) for v in strings):
            flagged.append(f"oauth_headers.{name}")
    secret_name = props.get("secret_name")
    if isinstance(secret_name, str) and secret_name.startswith(prefixes):
        flagged.append("secret_name")
    if flagged:
        yield (
            f"ModelConfiguration {', '.join(sorted(flagged))} look like literal keys: keep the key in a workspace "
            "secret (WorkspaceSecret) and name it in `secret_name`; parameters and headers are plain in state"
        )
    elif secret_name is None and props.get("oauth_token_url") is None and config["require_secret_name"]:
        yield (
            "ModelConfiguration names no `secret_name`: reference the workspace secret (WorkspaceSecret) that holds "
            "the provider's key"
        )


# -- credentials ------------------------------------------------------------------------------------

#: SCIM tokens are not here: the LangSmith API gives them no expiry (`scim.CreateScimTokenPayload` has only a
#: description), so `ScimToken` refuses `expires_at` and a policy demanding one could never pass.
EXPIRING_KINDS: Final = ("ServiceKey", "PersonalAccessToken", "ApiKey")
KEY_EXPIRY_SCHEMA = PolicyConfigSchema(
    {
        "max_days": {
            "type": "integer",
            "minimum": 1,
            "default": 90,
            "description": "Longest allowed lifetime, in days from now, of `expires_at`.",
        }
    }
)


def parse_timestamp(value: str) -> datetime | None:
    """An ISO 8601 timestamp (a date means its midnight, naive means UTC), or None when unparseable."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _key_expiry(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    expires_at = props.get("expires_at")
    max_days = int(config["max_days"])
    if expires_at is UNKNOWN:
        return
    if expires_at in (None, ""):
        yield f"credential must expire: set expires_at within {max_days} days"
        return
    when = parse_timestamp(str(expires_at))
    if when is None:
        yield f"expires_at {expires_at!r} is not an ISO 8601 timestamp"
        return
    limit = datetime.now(timezone.utc) + timedelta(days=max_days)
    if when > limit:
        yield f"expires_at {when.isoformat()} is more than {max_days} days away; at most {limit.date().isoformat()}"


# -- webhooks ---------------------------------------------------------------------------------------

WEBHOOK_SCHEMA = PolicyConfigSchema(
    {
        "allowed_hosts": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Host names exempt from the address checks (https is still required).",
        }
    }
)


#: The IPv4 spellings `inet_aton` (and so the resolvers HTTP clients use) accepts besides dotted quads:
#: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), e.g. `127.1`, `0x7f000001`, `0177.0.0.1`.
_NAT64: Final = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_SHORTHAND: Final = re.compile(r"(?i)^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}$")


def _ip_of(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a literal host denotes (dotted, bracketed IPv6, or an inet_aton shorthand), else None."""
    candidate = host.strip("[]")
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        if _IPV4_SHORTHAND.match(candidate):
            try:
                return ipaddress.IPv4Address(socket.inet_aton(candidate))
            except OSError:
                return None
        return None
    if isinstance(address, ipaddress.IPv6Address):
        for embedded in (address.ipv4_mapped, address.sixtofour):
            if embedded is not None:
                return embedded
        if address in _NAT64:  # 64:ff9b::/96 carries an IPv4 address in its last 32 bits
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def webhook_url_problem(url: str, allowed_hosts: Iterable[str] = ()) -> str | None:
    """Why a webhook URL is refused (not https, or a loopback/private/link-local target), or None."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "https":
        return f"webhook url must use https (got scheme {parts.scheme or 'none'!r})"
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return "webhook url has no host"
    if host in {h.lower() for h in allowed_hosts}:
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return f"webhook url targets loopback host {host!r}"
    address = _ip_of(host)
    if address is None:
        return None
    for label, flag in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("reserved", address.is_reserved or address.is_multicast),
        ("non-public", not address.is_global),  # e.g. 100.64.0.0/10, shared (carrier-grade NAT) space
    ):
        if flag:
            return f"webhook url targets a {label} address ({address})"
    return None


def _webhook_target(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    url = props.get("url")
    if url is UNKNOWN or url is None:
        return
    problem = webhook_url_problem(str(url), config["allowed_hosts"])
    if problem:
        yield problem


# -- access -----------------------------------------------------------------------------------------

ORG_ADMIN_SCHEMA = PolicyConfigSchema(
    {
        "allowed_emails": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Emails that may hold an organization admin role.",
        },
        "allowed_domains": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Email domains whose members may hold an organization admin role.",
        },
        "admin_roles": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["ORGANIZATION_ADMIN"],
            "description": "Role names (`role`) that count as organization admin.",
        },
        "admin_role_ids": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Role ids (`role_id`) that count as organization admin.",
        },
    }
)


def _org_admin_allowlist(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    role, role_id, email = props.get("role"), props.get("role_id"), props.get("email")
    if role is UNKNOWN or role_id is UNKNOWN:
        return
    admin_roles = {str(r).upper() for r in config["admin_roles"]}
    is_admin = (isinstance(role, str) and role.upper() in admin_roles) or (
        role_id is not None and str(role_id).lower() in {str(r).lower() for r in config["admin_role_ids"]}
    )
    if not is_admin or email is UNKNOWN:
        return
    if not email_allowed(email, config):
        shown = str(email or "").strip().lower() or "(no email)"
        yield (
            f"{shown} may not be an organization admin: allow-list the email (allowed_emails) or its domain "
            "(allowed_domains) in the policy config"
        )


def email_allowed(email: Any, config: Mapping[str, Any]) -> bool:
    """Whether an email is on the allow-list (`allowed_emails`, or its domain in `allowed_domains`)."""
    address = str(email or "").strip().lower()
    domain = address.rpartition("@")[2]
    emails = {str(e).strip().lower() for e in config["allowed_emails"]}
    domains = {str(d).strip().lower().lstrip("@") for d in config["allowed_domains"]}
    return bool(address) and (address in emails or domain in domains)


SCIM_ADMIN_SCHEMA = PolicyConfigSchema(
    {name: ORG_ADMIN_SCHEMA.properties[name] for name in ("allowed_emails", "allowed_domains")}
)


def _validate_scim_admin_groups(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    """SCIM groups named `<prefix>Organization Admin(s)` make their members organization admins: every member
    must be a `ScimUser` of the stack (found through the `members` dependencies, known even during preview)
    whose email is allow-listed."""
    from .resources.scim_group import parse_group_name

    config = _settings(args, SCIM_ADMIN_SCHEMA)
    for resource in args.resources:
        if resource.resource_type != type_token("ScimGroup"):
            continue
        props = resource_props(resource.props)
        name, separator = props.get("display_name"), props.get("name_separator") or ":"
        if not isinstance(name, str) or not isinstance(separator, str):
            continue  # unknown during preview
        try:
            if parse_group_name(name, separator).organization_role != "Organization Admin":
                continue
        except ValueError:
            continue  # the provider's own check refuses the name
        users = [
            user
            for user in (resource.property_dependencies or {}).get("members", [])
            if user.resource_type == type_token("ScimUser")
        ]
        for user in users:
            email = resource_props(user.props).get("email")
            if email is not UNKNOWN and not email_allowed(email, config):
                shown = str(email or "").strip().lower() or "(no email)"
                report_violation(
                    f"ScimUser {user.name!r} ({shown}) is a member of organization admin group {name!r}: allow-list "
                    "the email (allowed_emails) or its domain (allowed_domains) in the policy config",
                    resource.urn,
                )
        members = props.get("members")
        if isinstance(members, list) and len(members) > len(users):
            report_violation(
                f"organization admin group {name!r} has {len(members) - len(users)} member(s) that are not ScimUser "
                "resources of this stack, so their emails cannot be checked against the allow-list",
                resource.urn,
            )


# -- naming and documentation -------------------------------------------------------------------------

DESCRIPTION_SCHEMA = PolicyConfigSchema(
    {
        "min_length": {
            "type": "integer",
            "minimum": 1,
            "default": 1,
            "description": "Fewest non-blank characters a description must have.",
        }
    }
)


def _has_description(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    description = props.get("description")
    if description is UNKNOWN:
        return
    wanted = int(config["min_length"])
    if len(str(description or "").strip()) < wanted:
        kind = args.resource_type.removeprefix(TYPE_PREFIX).lower()
        yield f"{kind} needs a description of at least {wanted} character(s) saying what it is for"


WORKSPACE_NAME_SCHEMA = PolicyConfigSchema(
    {
        "pattern": {
            "type": "string",
            "default": r"^[A-Za-z0-9]([A-Za-z0-9 _-]*[A-Za-z0-9])?$",
            "description": "Regular expression the whole `display_name` must match.",
        }
    }
)


def _workspace_name(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    name = props.get("display_name")
    if name is UNKNOWN or name is None:
        return
    pattern = str(config["pattern"])
    if re.fullmatch(pattern, str(name)) is None:
        yield f"workspace display_name {name!r} does not match the pattern {pattern!r}"


# -- dataset shares ---------------------------------------------------------------------------------

PUBLIC_SHARE_SCHEMA = PolicyConfigSchema(
    {
        "allowed_dataset_ids": {
            "type": "array",
            "items": {"type": "string"},
            "default": [],
            "description": "Datasets that may be shared publicly (their ids).",
        }
    }
)


def _public_dataset_share(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    dataset_id = props.get("dataset_id")
    if dataset_id is UNKNOWN:
        return
    if str(dataset_id) not in {str(d) for d in config.get("allowed_dataset_ids") or ()}:
        yield (
            f"dataset {dataset_id} is shared publicly: anyone with the share token can read its examples; "
            "add it to allowed_dataset_ids if that is intended"
        )


# -- stack-level ------------------------------------------------------------------------------------

WORKSPACE_SCOPED_DEFAULT_KINDS: Final = (
    "Dataset",
    "Project",
    "Deployment",
    "WorkspaceMember",
    "PromptWebhook",
    "WorkspaceSecret",
)
"""Workspace-scoped kinds assumed when the installed provider does not define them (an older package)."""


def workspace_scoped_kinds() -> frozenset[str]:
    """Kinds whose inputs take `workspace_id`: from the provider's own kinds, else the defaults above."""
    from .framework.summary import summarize
    from .resources import ALL_PROVIDERS

    summaries = [summarize(provider) for provider in ALL_PROVIDERS]
    known = {s.name for s in summaries}
    scoped = {s.name for s in summaries if s.scope == "workspace" and "workspace_id" in s.inputs.model_fields}
    return frozenset(scoped | (set(WORKSPACE_SCOPED_DEFAULT_KINDS) - known))


STACK_CONFIG: dict[str, str] = {}
"""Stack config the engine sent the served pack (`ConfigureStack`); empty outside `pulumi preview/up`."""


def _capture_stack_config() -> None:
    """Keep the stack config of pulumi-policy's `ConfigureStack` call (it only keeps the stack's tags)."""
    from pulumi_policy import policy as policy_module

    servicer = getattr(policy_module, "_PolicyAnalyzerServicer", None)
    original = getattr(servicer, "ConfigureStack", None)
    if servicer is None or original is None or getattr(original, "captures_stack_config", False):
        return

    def configure_stack(self: Any, request: Any, context: Any) -> Any:
        STACK_CONFIG.clear()
        STACK_CONFIG.update({str(k): str(v) for k, v in request.config.items()})
        return original(self, request, context)

    configure_stack.captures_stack_config = True  # type: ignore[attr-defined]
    servicer.ConfigureStack = configure_stack


def provider_default_workspace(environ: Mapping[str, str] | None = None) -> str | None:
    """The provider's default workspace as this process sees it: `langsmith:workspaceId` or its env fallbacks."""
    import pulumi.runtime

    configured = STACK_CONFIG.get("langsmith:workspaceId")
    if not configured:
        try:
            configured = pulumi.runtime.get_config("langsmith:workspaceId")
        except Exception:
            configured = None
    if configured:
        return str(configured)
    env = os.environ if environ is None else environ
    for name in ("LANGSMITH_WORKSPACE_ID", "LANGSMITH_TENANT_ID"):
        if env.get(name, "").strip():
            return env[name].strip()
    return None


EXPLICIT_WORKSPACE_SCHEMA = PolicyConfigSchema(
    {
        "provider_sets_workspace": {
            "type": "boolean",
            "default": False,
            "description": "Declare that `langsmith:workspaceId` is set for the stack (it is also detected from "
            "the stack config and LANGSMITH_WORKSPACE_ID when the policy process sees them).",
        }
    }
)


def _validate_explicit_workspace(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    config = _settings(args, EXPLICIT_WORKSPACE_SCHEMA)
    if config["provider_sets_workspace"] or provider_default_workspace():
        return
    kinds = workspace_scoped_kinds()
    for resource in args.resources:
        if not resource.resource_type.startswith(TYPE_PREFIX):
            continue
        kind = resource.resource_type.removeprefix(TYPE_PREFIX)
        if kind not in kinds:
            continue
        workspace = dig(resource_props(resource.props), "workspace_id")
        if workspace is UNKNOWN or workspace:
            continue
        report_violation(
            f"{kind} {resource.name!r} sets no workspace_id and the provider has no langsmith:workspaceId, so it "
            "lands in whatever workspace the API key defaults to; set one of them",
            resource.urn,
        )


# -- governance -----------------------------------------------------------------------------------

SSO_ONLY_SCHEMA = PolicyConfigSchema({"stack_patterns": PROD_STACK_PATTERNS})


def _sso_only_in_prod(props: Mapping[str, Any], config: dict[str, Any], args: Any) -> Iterable[str]:
    sso_only = props.get("sso_only")
    if sso_only is UNKNOWN or not is_prod_stack(args.urn, config) or sso_only is True:
        return
    yield (
        f"OrganizationSettings in production stack {stack_of(args.urn)!r} must set sso_only=True "
        f"(it is {sso_only!r}): members log in only through SSO"
    )


TTL_MAX_SCHEMA = PolicyConfigSchema(
    {
        "max_days": {
            "type": "integer",
            "minimum": 1,
            "default": 400,
            "description": "Longest allowed long-lived trace retention, in days (`longlived_ttl_days`).",
        }
    }
)


def _ttl_at_most(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    days, limit = props.get("longlived_ttl_days"), int(config["max_days"])
    if isinstance(days, (int, float)) and not isinstance(days, bool) and days > limit:
        yield f"longlived_ttl_days is {int(days)}; traces may be kept at most {limit} days (policy max_days)"


USAGE_LIMITS_SCHEMA = PolicyConfigSchema({"stack_patterns": PROD_STACK_PATTERNS})


def _validate_prod_usage_limits(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    """In production stacks, each Workspace of the stack has a UsageLimit of the stack on it (its workspace_id
    depends on the Workspace, so this is known even during preview)."""
    config = _settings(args, USAGE_LIMITS_SCHEMA)
    limited: set[str] = set()
    for resource in args.resources:
        if resource.resource_type != type_token("UsageLimit"):
            continue
        for workspace in (resource.property_dependencies or {}).get("workspace_id", []):
            limited.add(workspace.urn)
    for resource in args.resources:
        if resource.resource_type == type_token("Workspace") and is_prod_stack(resource.urn, config):
            if resource.urn not in limited:
                report_violation(
                    f"workspace {resource.name!r} of production stack {stack_of(resource.urn)!r} has no UsageLimit: "
                    "add one whose workspace_id is this workspace's id",
                    resource.urn,
                )


SPEND_CAP_SCHEMA = PolicyConfigSchema(
    {
        "workspace_patterns": {
            "type": "array",
            "items": {"type": "string"},
            "default": [r"(?i)\bprod(uction)?\b"],
            "description": "Regular expressions (searched in `display_name`) that mark a production workspace.",
        }
    }
)


def _caps_workspace(resource: Any) -> tuple[bool, list[str]]:
    """Whether a GatewaySpendCap / spend-cap GatewayPolicy is a workspace default (covers every workspace),
    and the URNs of the Workspace resources its subject depends on."""
    props = resource_props(resource.props)
    deps = resource.property_dependencies or {}
    if props.get("enabled") is False:
        return False, []
    if resource.resource_type == type_token("GatewaySpendCap"):
        if props.get("subject_key") != "workspace_id":
            return False, []
        return False, [d.urn for d in deps.get("subject_value", []) if d.resource_type == type_token("Workspace")]
    if props.get("policy_type") not in ("spend_cap", "default_spend_cap"):
        return False, []
    matchers = props.get("subject_matchers")
    if not isinstance(matchers, list) or not any(
        isinstance(m, Mapping) and m.get("key") == "workspace_id" for m in matchers
    ):
        return False, []
    if props.get("policy_type") == "default_spend_cap":
        return True, []
    return False, [d.urn for d in deps.get("subject_matchers", []) if d.resource_type == type_token("Workspace")]


def _validate_prod_spend_caps(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    """Every production Workspace of the stack (by `display_name`) has an enabled spend cap whose subject is
    that workspace (a GatewaySpendCap or a spend_cap GatewayPolicy taking its id), or the stack has a
    workspace `default_spend_cap`."""
    config = _settings(args, SPEND_CAP_SCHEMA)
    patterns = [re.compile(str(p)) for p in config["workspace_patterns"]]
    capped: set[str] = set()
    for resource in args.resources:
        if resource.resource_type in (type_token("GatewaySpendCap"), type_token("GatewayPolicy")):
            every, urns = _caps_workspace(resource)
            if every:
                return
            capped.update(urns)
    for resource in args.resources:
        if resource.resource_type != type_token("Workspace") or resource.urn in capped:
            continue
        name = resource_props(resource.props).get("display_name")
        if isinstance(name, str) and any(p.search(name) for p in patterns):
            report_violation(
                f"production workspace {name!r} has no spend cap: add a GatewaySpendCap with subject_key "
                "workspace_id and subject_value=<the workspace>.id (or a workspace default_spend_cap)",
                resource.urn,
            )


PROMOTION_SCHEMA = PolicyConfigSchema(
    {
        "stack_patterns": PROD_STACK_PATTERNS,
        "tag_names": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["prod", "production"],
            "description": "Names of the PromptTags that promote a prompt to production.",
        },
        "require_tag": {
            "type": "boolean",
            "default": True,
            "description": "Whether every Prompt of a production stack must have a promotion tag.",
        },
    }
)


def _validate_prompts_promoted_by_tag(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    """In production stacks, a prompt reaches production only by a reviewed tag move: each promotion tag
    (`tag_names`) names a literal commit hash (not `latest`, not a Prompt's `commit_hash`, which would move the
    tag with every template change), and with `require_tag` every Prompt of the stack has one."""
    config = _settings(args, PROMOTION_SCHEMA)
    names = {str(n) for n in config["tag_names"]}
    tagged: set[str] = set()
    for resource in args.resources:
        if resource.resource_type != type_token("PromptTag") or not is_prod_stack(resource.urn, config):
            continue
        props = resource_props(resource.props)
        if props.get("tag_name") not in names:
            continue
        handle_deps = (resource.property_dependencies or {}).get("repo_handle", [])
        tagged.update(d.urn for d in handle_deps)
        tagged.add(f"handle:{props.get('repo_handle')}")
        follows = [
            d.name
            for d in (resource.property_dependencies or {}).get("commit", [])
            if d.resource_type == type_token("Prompt")
        ]
        commit = props.get("commit")
        if follows or commit is UNKNOWN:
            report_violation(
                f"PromptTag {resource.name!r} ({props.get('tag_name')}) follows the latest commit of "
                f"{', '.join(repr(f) for f in follows) or 'a computed value'}: in production stack {stack_of(resource.urn)!r} "
                "promotion is a reviewed tag move, so set commit to the literal hash to promote",
                resource.urn,
            )
        elif commit == "latest":
            report_violation(
                f"PromptTag {resource.name!r} ({props.get('tag_name')}) points at 'latest': in production stack "
                f"{stack_of(resource.urn)!r} set commit to the literal hash to promote (get_prompt(..., "
                "ref='latest') shows it)",
                resource.urn,
            )
    if not config["require_tag"]:
        return
    for resource in args.resources:
        if resource.resource_type != type_token("Prompt") or not is_prod_stack(resource.urn, config):
            continue
        handle = resource_props(resource.props).get("repo_handle")
        if resource.urn not in tagged and f"handle:{handle}" not in tagged:
            report_violation(
                f"prompt {resource.name!r} of production stack {stack_of(resource.urn)!r} has no promotion tag "
                f"({', '.join(sorted(names))}): add a PromptTag with a literal commit hash, which consumers pull",
                resource.urn,
            )


ACCESS_POLICY_SCHEMA = PolicyConfigSchema(
    {
        "allowed_effects": {
            "type": "array",
            "items": {"type": "string", "enum": ["allow", "deny"]},
            "default": ["deny"],
            "description": "Effects an AccessPolicy may have. By default only deny: LangSmith's allow policies can "
            "grant access the role's permissions do not.",
        },
        "conditions_required": {
            "type": "boolean",
            "default": True,
            "description": "Every condition group names at least one tag condition (a group without conditions "
            "applies to every resource of its type).",
        },
    }
)

#: Operators that also hold for resources lacking the tag key: in an allow policy they open untagged resources.
_IF_EXISTS_SUFFIX: Final = "_if_exists"


def _access_policy_denies_by_default(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    effect = props.get("effect")
    allowed = [str(e) for e in config["allowed_effects"]]
    if isinstance(effect, str) and effect not in allowed:
        yield f"access policy effect {effect!r} is not allowed (allowed: {', '.join(allowed) or 'none'})"
    groups = props.get("condition_groups")
    if not isinstance(groups, list):
        return
    for index, group in enumerate(groups):
        if not isinstance(group, Mapping):
            continue
        conditions = group.get("conditions")
        if config["conditions_required"] and isinstance(conditions, list) and not conditions:
            yield f"condition_groups[{index}] has no conditions: it applies to every {group.get('resource_type')}"
        if effect == "allow" and isinstance(conditions, list):
            for condition in conditions:
                operator = condition.get("operator") if isinstance(condition, Mapping) else None
                if isinstance(operator, str) and operator.endswith(_IF_EXISTS_SUFFIX):
                    yield (
                        f"condition_groups[{index}] of an allow policy uses {operator!r}, which also allows resources "
                        "without the tag; use the operator without _if_exists"
                    )


EXPORT_ENCRYPTION_SCHEMA = PolicyConfigSchema(
    {
        "allowed_server_side_encryption": {
            "type": "array",
            "items": {"type": "string"},
            "default": ["AES256", "aws:kms", "aws:kms:dsse"],
            "description": "Values `config.s3_additional_kwargs.ServerSideEncryption` may have (S3's SSE modes).",
        },
        "require_kms_key": {
            "type": "boolean",
            "default": False,
            "description": "With `aws:kms` encryption, also name the key (`SSEKMSKeyId`) instead of the "
            "account's default S3 key.",
        },
        "require_https_endpoint": {
            "type": "boolean",
            "default": True,
            "description": "A custom `config.endpoint_url` (S3-compatible services) must be https, so exports are "
            "encrypted in transit.",
        },
    }
)


def _export_destination_encryption(props: Mapping[str, Any], config: dict[str, Any], _args: Any) -> Iterable[str]:
    # The API has no encryption setting of its own: `BulkExportDestinationS3Config.s3_additional_kwargs` is what
    # LangSmith passes to every S3 write, where S3's server-side encryption arguments go.
    kwargs = dig(props, "config", "s3_additional_kwargs")
    if kwargs is not UNKNOWN and dig(props, "config") is not UNKNOWN:
        allowed = [str(v) for v in config["allowed_server_side_encryption"]]
        sse = kwargs.get("ServerSideEncryption") if isinstance(kwargs, Mapping) else None
        if sse is None:
            yield (
                "export destination without server-side encryption: set config.s3_additional_kwargs."
                f"ServerSideEncryption to one of {', '.join(allowed)}"
            )
        elif sse is not UNKNOWN and str(sse) not in allowed:
            yield f"ServerSideEncryption {sse!r} is not allowed (allowed: {', '.join(allowed)})"
        elif config["require_kms_key"] and str(sse).startswith("aws:kms") and not kwargs.get("SSEKMSKeyId"):
            yield "aws:kms encryption without SSEKMSKeyId: name the KMS key (policy require_kms_key)"
    endpoint = dig(props, "config", "endpoint_url")
    if config["require_https_endpoint"] and isinstance(endpoint, str) and urlsplit(endpoint).scheme != "https":
        yield f"endpoint_url must be https (exports would travel unencrypted), got scheme {urlsplit(endpoint).scheme!r}"


# -- the policies -----------------------------------------------------------------------------------

PROD_MIN_REPLICAS = _resource_policy(
    "langsmith-prod-deployment-min-replicas",
    "Production deployments (deployment_type prod) keep at least `min_replicas` replicas (resource_spec.min_scale).",
    ["Deployment"],
    _prod_min_replicas,
    EnforcementLevel.MANDATORY,
    PROD_MIN_REPLICAS_SCHEMA,
)
PROD_PROTECTED = _resource_policy(
    "langsmith-prod-deployment-protected",
    "Production deployments (`deployment_types`) are protected (`protect=True`) against accidental deletion.",
    ["Deployment"],
    _prod_protected,
    EnforcementLevel.MANDATORY,
    PROD_PROTECTED_SCHEMA,
)
NO_DEV_DEPLOYMENTS_IN_PROD_STACKS = _resource_policy(
    "langsmith-no-dev-deployments-in-prod-stacks",
    "Development deployments (dev_free, dev and their scale-to-zero variants) are not allowed in stacks whose "
    "name matches `stack_patterns`.",
    ["Deployment"],
    _dev_in_prod_stack,
    EnforcementLevel.MANDATORY,
    DEV_IN_PROD_SCHEMA,
)
NO_SECRETS_IN_ENVIRONMENT = _resource_policy(
    "langsmith-no-secrets-in-environment-variables",
    "A deployment's plain environment_variables hold no secret-looking keys; those belong in `secrets`.",
    ["Deployment"],
    _secret_looking_env,
    EnforcementLevel.MANDATORY,
    SECRET_ENV_SCHEMA,
)
KEYS_EXPIRE = _resource_policy(
    "langsmith-credentials-expire",
    "Service keys, personal access tokens and API keys expire within `max_days` (SCIM tokens cannot expire).",
    EXPIRING_KINDS,
    _key_expiry,
    EnforcementLevel.MANDATORY,
    KEY_EXPIRY_SCHEMA,
)
WEBHOOKS_HTTPS_PUBLIC = _resource_policy(
    "langsmith-webhooks-https-public",
    "Webhooks use https and do not target loopback, private or link-local addresses.",
    ["PromptWebhook"],
    _webhook_target,
    EnforcementLevel.MANDATORY,
    WEBHOOK_SCHEMA,
)
ORG_ADMINS_ALLOWLISTED = _resource_policy(
    "langsmith-org-admins-allowlisted",
    "Organization admin roles go only to allow-listed emails or email domains.",
    ["OrgMember"],
    _org_admin_allowlist,
    EnforcementLevel.MANDATORY,
    ORG_ADMIN_SCHEMA,
)
DESCRIPTIONS_REQUIRED = _resource_policy(
    "langsmith-descriptions-required",
    "Datasets and projects carry a description.",
    ["Dataset", "Project"],
    _has_description,
    EnforcementLevel.ADVISORY,
    DESCRIPTION_SCHEMA,
)
SCIM_ORG_ADMINS_ALLOWLISTED = StackValidationPolicy(
    name="langsmith-scim-org-admins-allowlisted",
    description="Members of SCIM organization admin groups (`<prefix>Organization Admin(s)`) are ScimUsers of the "
    "stack with allow-listed emails or email domains.",
    validate=_validate_scim_admin_groups,
    enforcement_level=EnforcementLevel.MANDATORY,
    config_schema=SCIM_ADMIN_SCHEMA,
)
ACCESS_POLICIES_DENY_BY_DEFAULT = _resource_policy(
    "langsmith-access-policies-deny-by-default",
    "ABAC access policies fail closed: only `allowed_effects` (deny by default), every condition group has tag "
    "conditions, and allow policies never use `*_if_exists` operators (which also allow untagged resources).",
    ["AccessPolicy"],
    _access_policy_denies_by_default,
    EnforcementLevel.MANDATORY,
    ACCESS_POLICY_SCHEMA,
)
WORKSPACE_NAMING = _resource_policy(
    "langsmith-workspace-naming",
    "Workspace display names match `pattern`.",
    ["Workspace"],
    _workspace_name,
    EnforcementLevel.MANDATORY,
    WORKSPACE_NAME_SCHEMA,
)
EXPLICIT_WORKSPACE = StackValidationPolicy(
    name="langsmith-explicit-workspace",
    description="Every workspace-scoped resource names its workspace_id, or the provider config sets "
    "langsmith:workspaceId.",
    validate=_validate_explicit_workspace,
    enforcement_level=EnforcementLevel.ADVISORY,
    config_schema=EXPLICIT_WORKSPACE_SCHEMA,
)
PROD_WORKSPACES_SPEND_CAPPED = StackValidationPolicy(
    name="langsmith-prod-workspaces-spend-capped",
    description="Production workspaces (display_name matching `workspace_patterns`) have a gateway spend cap.",
    validate=_validate_prod_spend_caps,
    enforcement_level=EnforcementLevel.MANDATORY,
    config_schema=SPEND_CAP_SCHEMA,
)

NO_SECRETS_IN_STORE_ITEMS = _resource_policy(
    "langsmith-no-secrets-in-store-items",
    "StoreItem values hold no secret-looking fields or credential-shaped strings (reported without values).",
    ["StoreItem"],
    _secret_looking_store_value,
    EnforcementLevel.MANDATORY,
    STORE_SECRET_SCHEMA,
)
PROD_CRONS_END = _resource_policy(
    "langsmith-prod-crons-end",
    "In production stacks (`stack_patterns`), a Cron sets an end_time, or no_end_time=True to say it "
    "deliberately never ends.",
    ["Cron"],
    _prod_cron_ends,
    EnforcementLevel.MANDATORY,
    PROD_AGENT_SERVER_SCHEMA,
)
PROD_ASSISTANTS_PINNED = _resource_policy(
    "langsmith-prod-assistants-pinned",
    "In production stacks (`stack_patterns`), an Assistant pins the version it serves (pinned_version).",
    ["Assistant"],
    _prod_assistant_pinned,
    EnforcementLevel.MANDATORY,
    PROD_AGENT_SERVER_SCHEMA,
)
SSO_ONLY_IN_PROD = _resource_policy(
    "langsmith-sso-only-in-prod",
    "In production stacks (`stack_patterns`), OrganizationSettings sets sso_only=True.",
    ["OrganizationSettings"],
    _sso_only_in_prod,
    EnforcementLevel.MANDATORY,
    SSO_ONLY_SCHEMA,
)
TTL_AT_MOST = _resource_policy(
    "langsmith-trace-retention-at-most",
    "A workspace keeps long-lived traces at most `max_days` days (WorkspaceTtlSettings.longlived_ttl_days).",
    ["WorkspaceTtlSettings"],
    _ttl_at_most,
    EnforcementLevel.MANDATORY,
    TTL_MAX_SCHEMA,
)
NO_PUBLIC_DATASET_SHARES = _resource_policy(
    "langsmith-no-public-dataset-shares",
    "Datasets are not shared publicly (DatasetShare), unless listed in `allowed_dataset_ids`.",
    ["DatasetShare"],
    _public_dataset_share,
    EnforcementLevel.ADVISORY,
    PUBLIC_SHARE_SCHEMA,
)
PROD_PROMPTS_PROMOTED_BY_TAG = StackValidationPolicy(
    name="langsmith-prod-prompts-promoted-by-tag",
    description="In production stacks (`stack_patterns`), prompts are promoted only by a reviewed tag move: every "
    "promotion PromptTag (`tag_names`) names a literal commit hash (not `latest`, not a Prompt's commit_hash), and "
    "with `require_tag` every Prompt has one.",
    validate=_validate_prompts_promoted_by_tag,
    enforcement_level=EnforcementLevel.MANDATORY,
    config_schema=PROMOTION_SCHEMA,
)
EXPORT_DESTINATIONS_ENCRYPTED = _resource_policy(
    "langsmith-export-destination-encryption",
    "A BulkExportDestination asks S3 for server-side encryption (`config.s3_additional_kwargs.ServerSideEncryption`, "
    "one of `allowed_server_side_encryption`) and writes over https.",
    ["BulkExportDestination"],
    _export_destination_encryption,
    EnforcementLevel.MANDATORY,
    EXPORT_ENCRYPTION_SCHEMA,
)
USAGE_LIMITS_ON_PROD_WORKSPACES = StackValidationPolicy(
    name="langsmith-usage-limits-on-prod-workspaces",
    description="In production stacks (`stack_patterns`), every Workspace of the stack has a UsageLimit.",
    validate=_validate_prod_usage_limits,
    enforcement_level=EnforcementLevel.MANDATORY,
    config_schema=USAGE_LIMITS_SCHEMA,
)

MODEL_CONFIGURATIONS_REFERENCE_SECRETS = _resource_policy(
    "langsmith-model-configurations-reference-secrets",
    "Model configurations name the workspace secret holding their key (`secret_name`); no literal-looking key in "
    "their parameters, OAuth headers or secret name (reported without values).",
    ["ModelConfiguration"],
    _model_configuration_secrets,
    EnforcementLevel.MANDATORY,
    MODEL_SECRET_SCHEMA,
)
POLICIES: Final[tuple[ResourceValidationPolicy | StackValidationPolicy, ...]] = (
    NO_PUBLIC_DATASET_SHARES,
    PROD_MIN_REPLICAS,
    PROD_PROTECTED,
    NO_DEV_DEPLOYMENTS_IN_PROD_STACKS,
    NO_SECRETS_IN_ENVIRONMENT,
    NO_SECRETS_IN_STORE_ITEMS,
    PROD_CRONS_END,
    PROD_ASSISTANTS_PINNED,
    KEYS_EXPIRE,
    WEBHOOKS_HTTPS_PUBLIC,
    ORG_ADMINS_ALLOWLISTED,
    SCIM_ORG_ADMINS_ALLOWLISTED,
    DESCRIPTIONS_REQUIRED,
    ACCESS_POLICIES_DENY_BY_DEFAULT,
    WORKSPACE_NAMING,
    EXPLICIT_WORKSPACE,
    SSO_ONLY_IN_PROD,
    TTL_AT_MOST,
    USAGE_LIMITS_ON_PROD_WORKSPACES,
    PROD_WORKSPACES_SPEND_CAPPED,
    PROD_PROMPTS_PROMOTED_BY_TAG,
    EXPORT_DESTINATIONS_ENCRYPTED,
    MODEL_CONFIGURATIONS_REFERENCE_SECRETS,
)


def policy_kinds(policy_name: str) -> frozenset[str]:
    """The kinds a policy looks at: a resource policy's own, a stack policy's by what it checks."""
    if policy_name in _RESOURCE_POLICY_KINDS:
        return _RESOURCE_POLICY_KINDS[policy_name]
    if policy_name == SCIM_ORG_ADMINS_ALLOWLISTED.name:
        return frozenset({"ScimGroup", "ScimUser"})
    if policy_name == EXPLICIT_WORKSPACE.name:
        return workspace_scoped_kinds()
    if policy_name == PROD_PROMPTS_PROMOTED_BY_TAG.name:
        return frozenset({"Prompt", "PromptTag"})
    if policy_name == USAGE_LIMITS_ON_PROD_WORKSPACES.name:
        return frozenset({"Workspace", "UsageLimit"})
    return frozenset()


def build_policy_pack(name: str = PACK_NAME) -> Any:
    """Construct (and so serve: this blocks) the policy pack. Call only from a pack's `__main__.py`."""
    from pulumi_policy import PolicyPack

    _capture_stack_config()
    return PolicyPack(name=name, policies=list(POLICIES), description=__doc__.splitlines()[0])
