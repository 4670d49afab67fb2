"""`check` and `diff` of every kind: property-level failures before any request, no perpetual diffs."""

import pytest
import respx
from pulumi.runtime import rpc
from pulumi_langsmith.resources import DatasetProvider, ProjectProvider, WorkspaceProvider

UUID = "0f0e0d0c-0b0a-4908-8706-050403020100"


def check(provider, news):
    with respx.mock(assert_all_called=False):  # no route is mocked: any HTTP request would fail the test
        return provider.check({}, {"__provider": "x", **news})


BAD_INPUTS = [
    (DatasetProvider, {}, "name", "Field required"),
    (DatasetProvider, {"name": ""}, "name", "at least 1 character"),
    (DatasetProvider, {"name": "d", "data_type": "table"}, "data_type", "'kv', 'llm' or 'chat'"),
    (DatasetProvider, {"name": "d", "inputs_schema": "not a dict"}, "inputs_schema", "dictionary"),
    (DatasetProvider, {"name": "d", "workspace_id": "nope"}, "workspace_id", "at least 36 characters"),
    (
        DatasetProvider,
        {"name": "d", "transformations": [{"path": [], "transformation_type": "remove_extra_fields"}]},
        "transformations[0].path",
        "at least 1",
    ),
    (DatasetProvider, {"name": "d", "nmae": "typo"}, "nmae", "unknown property of Dataset"),
    (ProjectProvider, {"name": "p", "reference_dataset_id": "42"}, "reference_dataset_id", "at least 36 characters"),
    (ProjectProvider, {"name": "p", "trace_tier": "forever"}, "trace_tier", "'longlived' or 'shortlived'"),
    (WorkspaceProvider, {"display_name": "bad/name"}, "display_name", "pattern"),
    (WorkspaceProvider, {}, "display_name", "Field required"),
    (WorkspaceProvider, {"display_name": "ok", "adopt_existing": "perhaps"}, "adopt_existing", "boolean"),
]


@pytest.mark.parametrize(("provider_class", "news", "prop", "reason"), BAD_INPUTS)
def test_bad_input_is_a_check_failure_naming_the_property(provider_class, news, prop, reason):
    result = check(provider_class(), news)
    assert [f.property for f in result.failures] == [prop]
    assert reason in result.failures[0].reason


def test_valid_inputs_pass_with_defaults_filled():
    result = check(DatasetProvider(), {"name": "d"})
    assert result.failures == []
    assert result.inputs["data_type"] == "kv" and result.inputs["adopt_existing"] is False


def test_protobuf_floats_are_coerced_where_ints_are_expected():
    result = check(DatasetProvider(), {"name": "d", "metadata": {"n": 3.0}})
    assert result.failures == []


def test_unknown_values_during_preview_are_not_failures():
    result = check(ProjectProvider(), {"name": rpc.UNKNOWN, "reference_dataset_id": rpc.UNKNOWN})
    assert result.failures == []


def test_several_bad_properties_give_one_failure_each():
    result = check(DatasetProvider(), {"name": "", "data_type": "x"})
    assert sorted(f.property for f in result.failures) == ["data_type", "name"]


def outputs(**fields):
    base = {
        "__provider": "old-pickle",
        "name": "d",
        "description": None,
        "data_type": "kv",
        "metadata": None,
        "inputs_schema": None,
        "outputs_schema": None,
        "transformations": None,
        "workspace_id": None,
        "adopt_existing": False,
        "tenant_id": UUID,
        "created_at": "2026-01-01T00:00:00Z",
    }
    base.update(fields)
    return base


def test_no_change_means_no_diff_even_when_provider_pickle_differs():
    news = {**check(DatasetProvider(), {"name": "d"}).inputs, "__provider": "new-pickle"}
    result = DatasetProvider().diff("id", outputs(), news)
    assert result.changes is False and result.replaces == []


def test_none_and_missing_are_the_same():
    result = DatasetProvider().diff("id", outputs(description=None), {"name": "d", "data_type": "kv"})
    assert result.changes is False


def test_floats_from_protobuf_do_not_cause_a_diff():
    result = DatasetProvider().diff(
        "id", outputs(metadata={"n": 3}), {"name": "d", "data_type": "kv", "metadata": {"n": 3.0}}
    )
    assert result.changes is False


def test_mutable_change_updates_in_place():
    result = DatasetProvider().diff("id", outputs(), {"name": "d", "data_type": "kv", "description": "new"})
    assert result.changes is True and result.replaces == []


def test_replace_on_change_field_replaces_deleting_first():
    result = DatasetProvider().diff("id", outputs(), {"name": "d", "data_type": "chat"})
    assert result.changes is True and result.replaces == ["data_type"]
    assert result.delete_before_replace is True


def test_unknown_value_counts_as_a_change():
    result = ProjectProvider().diff(
        "id", {"name": "p", "reference_dataset_id": UUID}, {"name": "p", "reference_dataset_id": rpc.UNKNOWN}
    )
    assert result.changes is True and result.replaces == ["reference_dataset_id"]


def test_toggling_adopt_existing_is_not_a_change():
    result = DatasetProvider().diff(
        "id", outputs(adopt_existing=False), {"name": "d", "data_type": "kv", "adopt_existing": True}
    )
    assert result.changes is False


def test_server_defaulted_field_left_unset_is_not_drift():
    result = ProjectProvider().diff("id", {"name": "p", "trace_tier": "longlived"}, {"name": "p"})
    assert result.changes is False


def test_unknown_objects_from_the_engine_are_not_failures():
    from pulumi.output import Unknown

    result = check(ProjectProvider(), {"name": "p", "default_dataset_id": Unknown()})
    assert result.failures == []
    diff = ProjectProvider().diff("id", {"name": "p"}, {"name": "p", "default_dataset_id": Unknown()})
    assert diff.changes is True


def test_naming_the_workspace_the_object_is_already_in_does_not_replace_it():
    result = DatasetProvider().diff(
        "id", outputs(workspace_id=None, tenant_id=UUID), {"name": "d", "data_type": "kv", "workspace_id": UUID.upper()}
    )
    assert result.changes is False and result.replaces == []


def test_dropping_an_explicit_workspace_keeps_the_object_where_it_is():
    result = DatasetProvider().diff("id", outputs(workspace_id=UUID, tenant_id=UUID), {"name": "d", "data_type": "kv"})
    assert result.changes is False


def test_moving_to_another_workspace_replaces():
    other = "11111111-2222-4333-8444-555555555555"
    result = DatasetProvider().diff(
        "id", outputs(workspace_id=None, tenant_id=UUID), {"name": "d", "data_type": "kv", "workspace_id": other}
    )
    assert result.replaces == ["workspace_id"]
