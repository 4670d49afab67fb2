"""The pulumi-langsmith policy pack: `pulumi preview --policy-pack ./policy [--policy-pack-config cfg.json]`.

The policies live in `pulumi_langsmith.policies` (unit-tested there); this file only serves them.
"""

from pulumi_langsmith.policies import build_policy_pack

build_policy_pack()
