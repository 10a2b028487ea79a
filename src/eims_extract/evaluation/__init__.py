"""The accuracy and speed figures: the pipeline run over the layout corpora, the dev corpus and
the real published-report sets, and the benchmark. Sits above the pipeline it measures."""
