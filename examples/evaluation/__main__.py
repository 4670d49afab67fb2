"""Evaluation as code: a tracing project, an LLM-as-judge evaluator, a run rule that scores a sample of the
project's root runs with it and POSTs them to a webhook (whose token is a secret), and an alert that calls
a webhook when the average latency stays above a threshold.

    pulumi config set --secret webhookToken "Bearer <token>"   # the webhooks' Authorization header
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

project = langsmith.Project("app", name=f"{prefix} app", description="Production traces of the app.")

judge = langsmith.Evaluator(
    "correctness",
    name=f"{prefix} correctness",
    type="llm",
    llm_evaluator={
        "prompt_repo_handle": "correctness-judge",
        "variable_mapping": {"question": "input", "answer": "output"},
    },
)

rule = langsmith.RunRule(
    "judge-sample",
    display_name=f"{prefix} judge a sample",
    session_id=project.id,
    sampling_rate=sampling_rate,
    filter="eq(is_root, true)",
    evaluator_id=judge.id,
    webhooks=[{"url": hook_url, "headers": {"Authorization": authorization}}],
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

pulumi.export("project_id", project.id)
pulumi.export("evaluator_id", judge.id)
pulumi.export("rule_id", rule.id)
pulumi.export("alert_rule_id", slow_runs.rule_id)
