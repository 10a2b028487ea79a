"""Running the extractor over a corpus: discover documents, gate and extract each one under its
limits, keep one copy per paper, store and export the rows — locally, batched, on Dask or as the
Prefect flow (and its deployment). Builds on ingest, nlp, fields and reporting; nothing below imports it."""
