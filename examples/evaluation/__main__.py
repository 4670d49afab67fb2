"""Evaluation as code: a golden dataset with its examples and a `prod` version tag, a tracing project, an
LLM-as-judge evaluator, a run rule that scores a sample of the
project's root runs with it, POSTs them to a webhook (whose token is a secret) and sends them to a human
review queue (with a reviewer and the feedback key they score), and an alert that calls a webhook when the
average latency stays above a threshold.

    pulumi config set --secret webhookToken "Bearer <token>"   # the webhooks' Authorization header
    pulumi config set reviewerEmail reviewer@example.com       # an organization member (default shown)
    pulumi config set samplingRate 0.2                         # optional (default 0.2)
    pulumi config set latencyThreshold 5                       # optional, seconds (default 5)

Destroy deletes the rule before the evaluator it uses (the rule takes `evaluator.id`, so it depends on it;
LangSmith refuses to delete an evaluator in use). Runs unchanged against real LangSmith or the emulator
(`pulumi-langsmith emulator`).
"""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.get("prefix") or pulumi.get_stack()
sampling_rate = config.get_float("samplingRate") or 0.2
latency_threshold = config.get_float("latencyThreshold") or 5.0
hook_url = config.get("hookUrl") or "https://hooks.example.com/langsmith/runs"
alert_url = config.get("alertUrl") or "https://hooks.example.com/langsmith/alerts"
authorization = config.require_secret("webhookToken")
reviewer_email = config.get("reviewerEmail") or "reviewer@example.com"

project = langsmith.Project("app", name=f"{prefix} app", description="Production traces of the app.")

# The golden set: each example write is a dataset version; `prod` names the version made by the last one, so
# offline evaluations pinned to `prod` see exactly these rows until the tag is moved (a reviewed change).
golden = langsmith.Dataset("golden", name=f"{prefix} golden answers", description="Reviewed question/answer pairs.")
rows = [
    ("capital", {"question": "What is the capital of France?"}, {"answer": "Paris"}),
    ("boiling", {"question": "At what temperature does water boil at sea level?"}, {"answer": "100 °C"}),
]
examples = [
    langsmith.Example(f"golden-{key}", dataset_id=golden.id, inputs=inputs, outputs=outputs)
    for key, inputs, outputs in rows
]
prod = langsmith.DatasetVersionTag(
    "golden-prod",
    dataset_id=golden.id,
    tag="prod",
    as_of="latest",
    opts=pulumi.ResourceOptions(depends_on=examples),  # tag the version that holds every example
)

judge = langsmith.Evaluator(
    "correctness",
    name=f"{prefix} correctness",
    type="llm",
    llm_evaluator={
        "prompt_repo_handle": "correctness-judge",
        "variable_mapping": {"question": "input", "answer": "output"},
    },
)

# The feedback key reviewers score, and the queue the sampled runs go to, with one reviewer (a member of the
# workspace: the reviewer's workspace identity is the membership's id).
correctness = langsmith.FeedbackConfig(
    "correctness-feedback",
    feedback_key=f"{prefix}-correctness",
    feedback_config={"type": "continuous", "min": 0, "max": 1},
)
queue = langsmith.AnnotationQueue(
    "review",
    name=f"{prefix} review",
    description="Sampled runs for a human to score.",
    rubric_instructions="Score how correct the answer is, from 0 (wrong) to 1 (right).",
    rubric_items=[{"feedback_key": correctness.feedback_key}],
)
member = langsmith.WorkspaceMember("reviewer", email=reviewer_email, role="WORKSPACE_USER")
reviewer = langsmith.AnnotationQueueReviewer("queue-reviewer", queue_id=queue.id, identity_id=member.id)

rule = langsmith.RunRule(
    "judge-sample",
    display_name=f"{prefix} judge a sample",
    session_id=project.id,
    sampling_rate=sampling_rate,
    filter="eq(is_root, true)",
    evaluator_id=judge.id,
    webhooks=[{"url": hook_url, "headers": {"Authorization": authorization}}],
    add_to_annotation_queue_id=queue.id,
)

slow_runs = langsmith.AlertRule(
    "slow-runs",
    session_id=project.id,
    name="Slow runs",
    description=f"Average latency over {latency_threshold} s for 5 minutes.",
    type="threshold",
    aggregation="avg",
    attribute="latency",
    operator="gte",
    window_minutes=5,
    threshold=latency_threshold,
    actions=[{"target": "webhook", "config": {"url": alert_url, "headers": {"Authorization": authorization}}}],
)

pulumi.export("golden_dataset_id", golden.id)
pulumi.export("golden_prod_version", prod.version_as_of)
pulumi.export("project_id", project.id)
pulumi.export("evaluator_id", judge.id)
pulumi.export("rule_id", rule.id)
pulumi.export("alert_rule_id", slow_runs.rule_id)
pulumi.export("queue_id", queue.id)
pulumi.export("reviewer_identity_id", member.id)
