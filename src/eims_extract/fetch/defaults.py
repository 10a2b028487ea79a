"""Fetch defaults, importable without the HTTP and XML stacks (the CLI's ``--help`` shows them)."""

DEFAULT_QUERY = (
    '("epithelioid inflammatory myofibroblastic sarcoma" OR "inflammatory myofibroblastic tumor" '
    'OR "inflammatory myofibroblastic tumour") AND (ALK OR ROS1 OR NTRK)'
)
EUTILS_BASE = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
EUROPEPMC_BASE = "https://www.ebi.ac.uk/europepmc/webservices/rest"
SOURCES = ("europepmc", "pubmed")
DEFAULT_OUT = "corpus/fetched"
