"""Fetch defaults, importable without the HTTP and XML stacks (the CLI's ``--help`` shows them)."""

DEFAULT_QUERY = (
    '("epithelioid inflammatory myofibroblastic sarcoma" OR "inflammatory myofibroblastic tumor" '
    'OR "inflammatory myofibroblastic tumour") AND (ALK OR ROS1 OR NTRK)'
)
EUTILS_BASE = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
EUROPEPMC_BASE = "https://www.ebi.ac.uk/europepmc/webservices/rest"
SOURCES = ("europepmc", "pubmed")
DEFAULT_OUT = "corpus/fetched"


def fetch_options(query: str | None, out_dir: str | None) -> dict:
    """The flow's ``fetch`` parameter: only what was given (the rest from settings and environment)."""
    return {k: v for k, v in (("query", query), ("out_dir", out_dir)) if v}
