"""What a set of case rows says: scored against gold (``scoring``), summarised as a cohort
(``summary``) and drawn (``report``). Pure functions over rows, so the pipeline's publish step,
the evaluations and the review page all read the same figures."""
