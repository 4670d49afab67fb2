"""The emulator's API families are plug-ins: every package under `emulator/families/` registers a family,
its tables exist in a fresh store, its routes are served under each prefix it declares, and no two
families declare the same table."""

from __future__ import annotations

import pkgutil
from collections import Counter

import pytest
from pulumi_langsmith.emulator import Family, Mount, Table, create_app, register, registered_families, served_routes
from pulumi_langsmith.emulator import families as families_package
from pulumi_langsmith.emulator.registry import family_packages
from pulumi_langsmith.emulator.store import Store


def test_every_family_package_is_registered() -> None:
    packages = sorted(info.name for info in pkgutil.iter_modules(families_package.__path__) if info.ispkg)
    assert packages == list(family_packages())
    assert {"langsmith", "access", "webhooks", "scim", "control_plane"} <= set(packages)
    assert [family.name for family in registered_families()] == packages


def test_no_two_families_declare_the_same_table() -> None:
    counts = Counter(table.name for family in registered_families() for table in family.tables)
    assert not [name for name, count in counts.items() if count > 1]


def test_a_family_cannot_take_another_familys_table() -> None:
    taken = registered_families()[0].tables[0]
    with pytest.raises(ValueError, match="other families own"):
        register(Family(name="intruder", tables=(Table(taken.name),), mounts=()))
    assert "intruder" not in {family.name for family in registered_families()}


def test_the_tables_of_every_family_exist_in_a_fresh_store() -> None:
    store = Store()
    try:
        created = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for family in registered_families():
            assert family.tables, family.name
            for table in family.tables:
                assert table.name in created, (family.name, table.name)
                assert store.list(table) == []
    finally:
        store.close()


def test_names_are_unique_per_scope_exactly_in_the_tables_that_say_so() -> None:
    store = Store()
    try:
        for family in registered_families():
            for table in family.tables:
                store.insert(table, {"id": f"{table.name}-1"}, scope="s", name="same")
                if table.unique_names:
                    with pytest.raises(Exception, match="UNIQUE"):
                        store.insert(table, {"id": f"{table.name}-2"}, scope="s", name="same")
                else:
                    store.insert(table, {"id": f"{table.name}-2"}, scope="s", name="same")
        unique = {table.name for family in registered_families() for table in family.tables if table.unique_names}
        hub = {"prompt_repos", "prompt_commits", "prompt_tags", "prompt_repo_owners", "hub_environments"}
        tools = {"tools", "mcp_vendor_settings", "sandbox_registries"}  # a handle, a vendor slug, a name
        models = {"feature_models"}  # one record per workspace and feature
        assert unique == {"datasets", "sessions", *hub, "tag_keys", "tag_values", "taggings", *tools, *models}
    finally:
        store.close()


def test_every_router_is_served_under_each_declared_prefix() -> None:
    served = set(served_routes(create_app()))
    for family in registered_families():
        assert family.mounts, family.name
        for mount in family.mounts:
            assert isinstance(mount, Mount) and mount.prefixes, family.name
            for prefix in mount.prefixes:
                for route in mount.router.routes:
                    path = getattr(route, "path_format", None) or route.path  # `{x:path}` is `{x}`
                    for method in getattr(route, "methods", None) or {"*"}:
                        assert (method, prefix + path) in served, (family.name, method, prefix + path)


def test_dual_host_prefixes_are_declared() -> None:
    prefixes = {family.name: set(family.prefixes) for family in registered_families()}
    assert {"/v1/platform", "/api/v1/platform"} <= prefixes["langsmith"]
    assert {"/v1/platform", "/api/v1/platform"} <= prefixes["access"]
    assert {"/v2", "/api-host/v2", "/v1/integrations", "/api-host/v1/integrations"} <= prefixes["control_plane"]
    assert prefixes["scim"] == {"/scim/v2"}


def test_an_app_serves_only_the_families_it_is_given() -> None:
    scim = next(family for family in registered_families() if family.name == "scim")
    paths = {path for _, path in served_routes(create_app(families=[scim]))}
    assert paths and all(path.startswith("/scim/v2/") for path in paths)
