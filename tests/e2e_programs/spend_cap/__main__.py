"""End-to-end test program: one gateway spend cap on the subject the stack config names (`subjectValue`)."""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
langsmith.GatewaySpendCap(
    "second-cap",
    subject_key="workspace_id",
    subject_value=config.require("subjectValue"),
    window="daily",
    limit_usd=10,
    name="a second cap on the same workspace",
)
