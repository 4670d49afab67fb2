"""The bulk-exports family: export destinations (S3-compatible buckets) and bulk exports of traces."""
