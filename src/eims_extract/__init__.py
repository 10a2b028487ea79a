"""eims-extract: evidence-backed case rows from EIMS case reports."""

__version__ = "0.1.0"

# Bump when rules, vocabularies or extraction logic change: stored documents
# extracted under another pipeline version are re-extracted on the next run.
PIPELINE_VERSION = "0.1.0+rules1"
