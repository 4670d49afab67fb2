"""The automation family: run rules (`/api/v1/runs/rules`), evaluators and alert rules (the Go platform service)."""
