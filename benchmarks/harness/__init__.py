"""The benchmark harness: databases, measured processes, tools, reports."""
