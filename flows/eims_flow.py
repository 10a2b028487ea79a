"""Deployment entry point for Prefect (``prefect deploy flows/eims_flow.py:eims_pipeline``).

The flow itself lives in the package (:mod:`eims_extract.pipeline.flow`); this file only names it.
"""

from eims_extract.pipeline.flow import eims_pipeline

__all__ = ["eims_pipeline"]

if __name__ == "__main__":
    eims_pipeline()
