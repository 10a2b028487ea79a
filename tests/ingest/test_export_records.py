"""Bibliographic export records (PubMed MEDLINE, RIS, one-record CSV exports) read as documents: the title and
the abstract are the text, the tags and the other fields (authors, affiliations, MeSH terms, keywords) are not,
and the record's identifiers go into the document's meta.

Every record here is written for these tests: fictional patients, journals and people.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

MEDLINE = """PMID- 41002233
OWN - NLM
STAT- Publisher
DP  - 2027 Jan 3
TI  - An invented tumour of the made-up left forearm in a carpenter: resection and
      a long quiet course.
LID - 10.9999/fict.2027.0042 [doi]
AB  - Tumours of this kind are rare in the forearm. A 51-year-old carpenter noticed
      a firm swelling above his left wrist; the mass was excised with clear margins
      and he was free of disease at 3 years.
FAU - Lindqvist-Amor, Petra
AU  - Lindqvist-Amor P
AD  - Department of Invented Surgery, Harbour Town Hospital, Nowhere.
MH  - Forearm
OT  - spindle cell tumour
SO  - Fict Case Rep. 2027;3:42.
"""

RIS = """TY  - JOUR
AU  - Moreau-Tanaka, Ines
T1  - A fictional nodule of the imaginary heel in a runner
JO  - Invented Orthop Notes
PY  - 2026
DO  - 10.9999/ion.2026.17
AB  - Background: Such nodules are uncommon.
Case presentation: A 33-year-old woman, a marathon runner, had a painful heel nodule that was removed in one piece; she was running again at 8 months.
KW  - heel
ER  -
"""

CSV = (
    '"Authors","Title","Year","DOI","Affiliations","Abstract","Author Keywords"\n'
    '"Okeke B.; Strand V.","A made-up mass of the invented shin","2025","10.9999/ims.2025.8",'
    '"Clinic of Nowhere, Fictional City","A 27-year-old man, a cyclist, had a slowly growing shin mass, which was '
    'excised; there was no relapse at 2 years.","shin; mass"\n'
)


def _read(text: str):
    return read_text(text.encode(), "rec", "rec.txt")


@pytest.mark.parametrize("text", [MEDLINE, RIS, CSV], ids=["medline", "ris", "csv"])
def test_export_record_reads_title_and_abstract_without_tags_or_matter(text):
    doc = _read(text)
    assert doc.text.split("\n")[0].strip().startswith(("An invented", "A fictional", "A made-up"))
    for tag in ("PMID-", "TI  -", "AB  -", "AU  -", "FAU -", "MH  -", "T1  -", "ER  -", '"Authors"'):
        assert tag not in doc.text
    for matter in ("Lindqvist-Amor", "Department of Invented Surgery", "Moreau-Tanaka", "Okeke", "Clinic of Nowhere"):
        assert matter not in doc.text
    assert any(w in doc.text for w in ("51-year-old carpenter", "33-year-old woman", "27-year-old man"))


def test_medline_continuation_lines_are_joined_and_ids_read():
    doc = _read(MEDLINE)
    assert "noticed a firm swelling above his left wrist" in " ".join(doc.text.split())
    assert "      " not in doc.text
    assert doc.meta.get("pmid") == "41002233"
    assert doc.meta.get("doi") == "10.9999/fict.2027.0042"
    assert [s.kind for s in doc.sections][0] == "title"


def test_ris_abstract_parts_on_untagged_lines_stay_parts():
    doc = _read(RIS)
    assert doc.meta.get("doi") == "10.9999/ion.2026.17"
    assert "case" in [s.kind for s in doc.sections]


def test_csv_record_reads_its_doi():
    assert _read(CSV).meta.get("doi") == "10.9999/ims.2025.8"


@pytest.mark.parametrize(
    "text",
    [
        # precision: prose that happens to hold a dash after a capitalised word, and a CSV table of several rows
        "TNM - staging was not done.\nThe patient, a 40-year-old man, had a mass.\nIt was removed.\n",
        '"Case","Age","Site","Abstract","Title"\n"1","40","arm","x","y"\n"2","12","leg","z","w"\n',
    ],
    ids=["prose", "csv-table"],
)
def test_text_that_is_not_a_record_is_read_as_before(text):
    doc = _read(text)
    assert text.split("\n")[0].split()[0].strip('"') in doc.text


def test_a_file_of_several_records_reads_the_first_only():
    second = MEDLINE.replace("41002233", "41009999").replace("51-year-old carpenter", "64-year-old baker")
    doc = _read(MEDLINE + "\n" + second)
    assert "51-year-old carpenter" in " ".join(doc.text.split())
    assert "baker" not in doc.text
    assert doc.meta.get("pmid") == "41002233"
