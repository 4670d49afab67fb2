"""The gateway family: LLM gateway policies of the organization (`/v1/platform/gateway-policies`, the Go service)."""
