"""Documents that hold several unrelated items (a meeting abstract-book page, a grand-rounds digest, a search-results
page, an images page), only some of them about a patient with the tumour: the items are cut at the headings such a
page repeats, each item about the tumour is read alone as its own patient, and no other item lends it a fact.

Every text here is written for these tests: fictional meetings, journals, people and patients.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import item_about_tumour_patient
from eims_extract.ingest.items import compilation_items, item_view
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import process_path

ABSTRACT_BOOK = """Proceedings of the Invented Paediatric Surgery Days 2031                       page 12

OP-21  Laparoscopic pyloromyotomy in preterm infants: a twelve-year audit of complications
B. Oduya, K. Hallström (Nowhere City)
We reviewed 64 infants (median age 5 weeks). Mucosal perforation occurred in two; one child died of sepsis at 3 weeks.

OP-22  A bowel obstruction that was a tumour: inflammatory myofibroblastic tumour of the ileum in a toddler
F. Marangoni, P. Ashworth-Vey (Harbour Town Children's Hospital)
A 3-year-old girl had intermittent vomiting for a month. Laparotomy found an intussuscepting mass of the terminal
ileum, which was resected with a short segment of bowel. Histology showed spindle cells in an inflammatory
background, ALK positive and SMA positive, desmin negative. She was free of disease at 30 months.

OP-23  Sacrococcygeal teratoma with malignant transformation treated with cisplatin and etoposide
R. Ndlovu, T. Vass (Fictional Bay)
A 14-month-old boy had a recurrent mass with lung metastases; he received cisplatin and etoposide and died of
disease at 2 years.
"""

DIGEST = """WEDNESDAY TEACHING ROUND — summary of cases (invented hospital, for teaching only)

1) "The cough that would not settle" — Dr M. Orlov
A 71-year-old man on warfarin with haemoptysis: bronchiectasis; treated with ciprofloxacin and airway clearance.

2) "A lump in the cheek" — Dr S. Aguiar-Penn
Ms T., 35, noticed a painless swelling in the left cheek. Excision showed an epithelioid inflammatory
myofibroblastic sarcoma with a RANBP2::ALK fusion; she was given alectinib for residual disease and remains well.

3) "Night sweats" — Dr K. Ilves
A 44-year-old woman with follicular lymphoma started rituximab and bendamustine; lung metastases were excluded.
"""

RESULTS = """Search results    Sorted by: Best match    38 results

1   Cite  Share
Hepatic adenoma rupture in pregnancy managed with embolisation.
Ferreira Q, Lund P.
Fict Liver J. 2030;4:11-14. PMID: 99000001
... a 29-year-old woman at 31 weeks ... embolisation and caesarean delivery ... alive at 1 year ...

2   Cite  Share
A gastric inflammatory myofibroblastic tumour with a TFG::ROS1 fusion in an adolescent.
Okafor D, Lindahl S, Brenner-Mu Y.
Invented Gastro Cases. 2030;9:201-205. PMID: 99000002
A 15-year-old boy had melaena; a 5-cm antral mass was removed by partial gastrectomy ... no recurrence at 2 years ...
"""

TWO_TUMOURS = """Invented Abstracts in Pathology 2032, poster session B

PB-07. Epithelioid inflammatory myofibroblastic sarcoma of the omentum in a builder
A 52-year-old man had a large omental mass; RANBP2::ALK was found and he was started on crizotinib.

PB-08. Endometrial stromal sarcoma with a JAZF1 fusion in a 61-year-old woman
She received letrozole after hysterectomy and had lung metastases at 2 years.

PB-09. Inflammatory myofibroblastic tumour of the vocal cord in a singer
A 38-year-old woman had hoarseness; the laryngeal mass was excised endoscopically and was ALK positive; no recurrence.
"""

CASE_SERIES = """Inflammatory myofibroblastic tumours of the limbs: two invented patients

Case 1
A 24-year-old man had a painful thigh mass. It was excised; ALK was positive. He was well at 2 years.

Case 2
A 60-year-old woman had a forearm swelling, which was excised with clear margins; she is alive without disease.
"""

REPORT_WITH_IMAGE_LABELS = """An inflammatory myofibroblastic tumour of the invented tibia: a case report

A 19-year-old woman had pain in the shin for three months. The lesion was curetted; histology showed an
inflammatory myofibroblastic tumour, ALK positive. She was free of disease at 18 months.

Image 1. Plain radiograph of the lower leg showing a lytic lesion of the tibial shaft
Image 2. Spindle cells with plasma cells, inflammatory myofibroblastic tumour, ALK immunostain
"""

CONTENTS = """Invented Journal of Paediatric Surgery — early view (this week)

CASE REPORT   Intussusception from a Meckel diverticulum in a 2-year-old girl treated with antibiotics. — Okoro B. — Abstract | PDF

CASE REPORT   An ALK-rearranged inflammatory myofibroblastic tumour of the gallbladder in a schoolboy. — Lindgren P, Varma S. — Abstract (shown)
  Abstract. A 10-year-old boy had right upper quadrant pain; cholecystectomy removed a 3-cm mural mass of spindle cells,
  ALK positive, with a TPM3::ALK fusion. He was free of disease at 16 months.

REVIEW   Paediatric gallbladder disease: an update for the general surgeon. — Haddad R. — PDF
"""

NO_TUMOUR_ITEMS = ABSTRACT_BOOK.replace(
    "inflammatory myofibroblastic tumour of the ileum", "Meckel diverticulum of the ileum"
).replace("ALK positive and SMA positive, desmin negative", "with ectopic gastric mucosa")


def _doc(text: str):
    return read_text(text.encode(), "c", "c.txt")


def _items(text: str):
    doc = _doc(text)
    return doc, compilation_items(doc, item_about_tumour_patient)


@pytest.mark.parametrize(
    "text,n_items,relevant",
    [
        (ABSTRACT_BOOK, 3, [False, True, False]),
        (DIGEST, 3, [False, True, False]),
        (RESULTS, 2, [False, True]),
        (TWO_TUMOURS, 3, [True, False, True]),
        (CONTENTS, 3, [False, True, False]),
    ],
    ids=["abstract_codes", "digest_presenters", "search_results", "two_tumour_items", "contents_article_types"],
)
def test_compilation_is_cut_into_items_and_tumour_items_are_told(text, n_items, relevant):
    doc, items = _items(text)
    assert items is not None
    assert len(items) == n_items
    assert [it.relevant for it in items] == relevant


@pytest.mark.parametrize(
    "text",
    [CASE_SERIES, REPORT_WITH_IMAGE_LABELS, NO_TUMOUR_ITEMS],
    ids=["case_series_case_headings", "report_with_image_labels", "no_item_about_the_tumour"],
)
def test_document_that_is_no_compilation_of_tumour_items_is_not_cut(text):
    assert _items(text)[1] is None


def test_item_view_blanks_other_items_and_keeps_offsets():
    doc, items = _items(ABSTRACT_BOOK)
    item = items[1]
    view = item_view(doc, item)
    assert len(view.text) == len(doc.text)
    assert view.text[item.start : item.end] == doc.text[item.start : item.end]
    assert "pyloromyotomy" not in view.text and "teratoma" not in view.text
    assert view.text.count("\n") == doc.text.count("\n")
    assert all(item.start <= s.start and s.end <= item.end for s in view.sections)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Case 1: leiomyosarcoma, ALK negative; a reminder that myxoid leiomyosarcoma and IMT overlap. A 58-year-old woman.", False),
        ("Review: among 80 published IMTs of the lung the median age was 30 years.", False),
        ("A 49-year-old man with an EML4-ALK lung adenocarcinoma responded to alectinib.", False),
        ("Nodular fasciitis masquerading as IMT in a 30-year-old woman: excision and cure.", False),
        ("An IMT-like reactive lesion of the bladder in a 60-year-old man after catheterisation.", False),
        ("A 41-year-old woman had a thigh mass; IMT, nodular fasciitis and fibromatosis were considered.", False),
        ("A 7-year-old boy had a ROS1-fused spindle-cell tumour of the neck, excised completely.", True),
        ("Mr K., 56, had an epithelioid inflammatory myofibroblastic sarcoma of the pelvis.", True),
    ],
    ids=["differential_mention", "review_of_others", "fusion_in_another_tumour", "look_alike_of_the_tumour",
         "tumour_like_lesion", "weighed_in_a_list", "fusion_tumour", "eims_patient"],
)
def test_item_about_tumour_patient(text, expected):
    assert item_about_tumour_patient(text) is expected


def _rows(text: str, tmp_path, nlp):
    p = tmp_path / "page.txt"
    p.write_text(text)
    res = process_path(p, nlp)
    assert res.status == "ok"
    return res


def test_neighbouring_items_lend_no_facts_to_the_tumour_patient(tmp_path, nlp):
    res = _rows(ABSTRACT_BOOK, tmp_path, nlp)
    assert [r.case_id for r in res.rows] == ["index"]
    row = res.rows[0]
    assert row.age_years == 3 and row.sex == "female"
    assert not row.drugs  # the teratoma's cisplatin and etoposide are another child's
    assert row.metastasis is not True and row.status != "DOD"
    for evs in row.evidence.values():  # evidence still points into the document's text
        for ev in evs:
            assert res.text[ev.start : ev.end]
            assert ev.start >= res.text.index("OP-22")
            assert ev.end <= res.text.index("OP-23")


def test_two_tumour_items_are_two_patients(tmp_path, nlp):
    res = _rows(TWO_TUMOURS, tmp_path, nlp)
    by_id = {r.case_id: r for r in res.rows}
    assert sorted(by_id) == ["case-1", "case-2"]
    assert by_id["case-1"].age_years == 52 and by_id["case-1"].sex == "male"
    assert by_id["case-2"].age_years == 38 and by_id["case-2"].sex == "female"
    assert "letrozole" not in (by_id["case-1"].drugs or []) + (by_id["case-2"].drugs or [])


def test_digest_item_is_read_alone(tmp_path, nlp):
    res = _rows(DIGEST, tmp_path, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 35 and row.sex == "female"
    assert "ciprofloxacin" not in (row.drugs or []) and "rituximab" not in (row.drugs or [])


SUMMARY_LIST = """Search results for: spindle cell tumour ureter      3 results

1. Ureteric endometriosis presenting as hydronephrosis in a runner.
Castellano V, Mbeki T. Fict Urol Notes. 2029;12:44-47. PMID: 98000011
A 33-year-old woman had flank pain ... laparoscopic segmental resection ... pain free at 6 months.

2. Inflammatory myofibroblastic tumour of the ureter in a schoolboy: a case report.
Hallgrimsson D, Oyelaran P. Invented Paediatr Urol. 2029;3:101-104. PMID: 98000012
An 11-year-old boy had haematuria; a polypoid ureteric mass was excised; ALK positive; no recurrence at 14 months.

3. Ureteric urothelial carcinoma after renal transplantation.
Nakamura-Obi S. Fict Transplant Rep. 2028;7:9-12. PMID: 98000013
A 66-year-old man ... nephroureterectomy ... died of metastatic disease at 10 months.
"""

NUMBERED_STEPS = """An inflammatory myofibroblastic tumour of the invented wrist: what we learnt

A 40-year-old carpenter had a wrist swelling; it was excised and stained for ALK. He is well at 2 years.

1. Surgical excision with clear margins was the only treatment needed here.
2. ALK immunostaining should be requested for every inflammatory spindle-cell lesion.
"""


@pytest.mark.parametrize(
    "text,relevant",
    [(SUMMARY_LIST, [False, True, False]), (NUMBERED_STEPS, None)],
    ids=["numbered_records_with_pmids", "numbered_points_without_ids"],
)
def test_numbered_list_is_items_only_when_every_entry_is_a_record(text, relevant):
    items = _items(text)[1]
    assert (None if items is None else [it.relevant for it in items]) == relevant


def test_contents_neighbour_titles_lend_no_age(tmp_path, nlp):
    res = _rows(CONTENTS, tmp_path, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 10 and row.sex == "male"
    assert not row.drugs


LEADER_CONTENTS = """Invented Annals of Oral Pathology | Volume 3, Issue 2

CASE REPORTS
  Ameloblastic fibroma of the mandible in a 6-year-old girl treated with curettage ............ 141
  R. Quist, M. Adebayo
> A gingival spindle-cell tumour with a TPM3::ALK fusion in a young man ..................... 147
  H. Sorensen, L. Mwale
     Abstract  |  PDF
  Abstract: A 24-year-old man had a 2-cm gingival mass that was excised; the spindle cells were ALK positive and
  sequencing found TPM3::ALK. He had no recurrence at 20 months.
  Odontogenic keratocyst in a 70-year-old woman on denosumab ...................................... 152
  P. Ferreira
"""


def test_contents_entries_with_leaders_lend_nothing(tmp_path, nlp):
    res = _rows(LEADER_CONTENTS, tmp_path, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 24 and row.sex == "male"
    assert "denosumab" not in (row.drugs or [])


RULE = "-" * 60
LISTING_CARDS = f"""Invented Scholar Index     Profile of Dr Wenonah Lakeby     Page 3 of 4

{RULE}
Blood transfusion thresholds in paediatric cardiac surgery: a multicentre audit
2029 | Fictional Cardiac Care | 8 citation statements (0 supporting, 8 mentioning) | Cited by 5
We audited 311 children; 41% received platelets and 12% were given tranexamic acid.
Show more

{RULE}
Lorlatinib for an unresectable inflammatory myofibroblastic tumour of the pelvis in a teenager
2028 | Invented Paediatric Oncology Cases | 14 citation statements (1 supporting, 13 mentioning) | Cited by 9
A 15-year-old girl had a 9-cm pelvic inflammatory myofibroblastic tumour, ALK positive, that could not be removed.
She received lorlatinib for 8 months, after which the tumour was excised; she is free of disease at 2 years.
Show less

{RULE}
Late lung toxicity after bleomycin in survivors of childhood germ cell tumours
2027 | Invented Survivorship Journal | 20 citation statements | Cited by 17
Of 96 survivors given bleomycin, 9% had reduced diffusing capacity; two died of lung metastases.
Show more

{RULE}
< Previous   1  2  3  4   Next >
"""

RULED_REPORT = f"""An inflammatory myofibroblastic tumour of the invented spleen: a case report
{RULE}
A 48-year-old man had left upper quadrant pain. A 6-cm splenic mass was removed by splenectomy; histology showed an
inflammatory myofibroblastic tumour, ALK positive.
{RULE}
He received no further treatment and was free of disease at 30 months.
{RULE}
Received 3 March 2030; accepted 9 May 2030.
"""


def test_listing_cards_set_off_by_rules_are_items():
    doc, items = _items(LISTING_CARDS)
    assert items is not None
    assert [it.relevant for it in items] == [False, True, False, False]


def test_report_parts_set_off_by_rules_are_no_items():
    assert _items(RULED_REPORT)[1] is None


def test_listing_card_neighbours_lend_no_drugs(tmp_path, nlp):
    res = _rows(LISTING_CARDS, tmp_path, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 15 and row.sex == "female"
    assert row.drugs == ["lorlatinib"]  # no tranexamic acid, no bleomycin
    assert row.status != "DOD" and row.metastasis is not True


# an author's page of a citation index: each card opens with its year and journal, then title, authors and a DOI line,
# and closes with the smart-citation tally ("Supporting n | Mentioning n | Contrasting n") and its buttons; the tallies
# are the cards' only marks in the text once the DOI lines and buttons are dropped as furniture, and repeated with
# other figures they look like a byline printed again
TALLY_CARDS = f"""Invented Citation Index
Search  Dashboards  Pricing  Log in

Dr Oyelaran Vasquez-Pihl
Publications (page 2 of 3)

{RULE}
2030  Invented Journal of Head and Neck Cases
Crizotinib before resection of a ROS1-rearranged inflammatory myofibroblastic tumour of the tongue in a girl
Vasquez-Pihl O, Amundsen R, Toivonen S
10.1000/ijhnc.2030.0142

A 7-year-old girl had an inoperable tumour of the tongue, ALK negative, with a TFG-ROS1 fusion. Crizotinib shrank it and
it was then removed completely; she is free of disease 20 months after the operation.

Smart Citation Index:  Supporting 0  |  Mentioning 5  |  Contrasting 0
Cite  Save  Share

{RULE}
2029  Invented Late Effects Journal
Hearing after cisplatin in survivors of childhood hepatoblastoma
Amundsen R, Vasquez-Pihl O, et al.
10.1000/ilej.2029.0077

Of 58 survivors, those given cisplatin with cranial radiotherapy had the worst hearing; two died of second cancers.

Smart Citation Index:  Supporting 3  |  Mentioning 12  |  Contrasting 1
Cite  Save  Share

{RULE}
Page  1  [2]  3   Next >
"""


@pytest.mark.parametrize(
    "tally",
    ["Smart Citation Index:  Supporting {s}  |  Mentioning {m}  |  Contrasting {c}", "{s} Supporting   {m} Mentioning   {c} Contrasting"],
    ids=["label-then-count", "count-then-label"],
)
def test_citation_tally_marks_listing_cards_and_neighbours_lend_nothing(tmp_path, nlp, tally):
    text = TALLY_CARDS
    for s_, m_, c_ in (("0", "5", "0"), ("3", "12", "1")):
        text = text.replace(f"Smart Citation Index:  Supporting {s_}  |  Mentioning {m_}  |  Contrasting {c_}", tally.format(s=s_, m=m_, c=c_))
    doc, items = _items(text)
    assert items is not None
    assert [it.relevant for it in items][:2] == [True, False]
    res = _rows(text, tmp_path, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert (row.age_years, row.sex) == (7, "female")
    assert "RT" not in (row.treatment or "").split("+")  # cranial radiotherapy is the next card's survivors'
    assert "cisplatin" not in (row.drugs or []) and row.status != "DOD"


# a congress supplement page whose items carry a dotted session code ("session.number-item") alone on its line, the
# item's title on the next line (a thoracic meeting's poster pages print them so)
DOTTED_CODES = """S88                                  Invented Journal of Chest Oncology  Vol. 9 No. 4S

P3.07 UNCOMMON THORACIC NEOPLASMS
THURSDAY, MAY 3, 2029 - POSTER AREA C

P3.07-11
Wedge Resection for Peripheral Carcinoid Tumours: A Single-Centre Audit
K. Ferreira-Blom,1 T. Adeyemi1  1Invented Chest Hospital, Port Aldous
Results: We reviewed 37 patients (median age 52 y); two received everolimus for relapse and none died.

P3.07-12
A Pleural Inflammatory Myofibroblastic Tumour with a TFG-ROS1 Fusion in a Teenager
L. Okonjo,1 R. Haddad2  1Invented Children's Hospital, 2Invented Genomics Unit
Results: A 16-year-old boy had chest pain and a 6-cm pleural mass. Biopsy showed an inflammatory myofibroblastic
tumour; sequencing found a TFG-ROS1 fusion. He was given crizotinib, and the mass shrank by half at 3 months.

P3.07-13
Sarcoidosis Mimicking Metastatic Lung Cancer: Response to Steroids
H. Lindqvist1  1Invented District Hospital
Results: A 61-year-old woman with hilar nodes and lung nodules had granulomas on biopsy; prednisolone cleared them.
"""


def test_dotted_congress_codes_on_their_own_line_cut_the_page_into_items(tmp_path, nlp):
    doc, items = _items(DOTTED_CODES)
    assert items is not None and [it.relevant for it in items] == [False, True, False]
    res = _rows(DOTTED_CODES, tmp_path, nlp)
    assert [r.case_id for r in res.rows] == ["index"]
    row = res.rows[0]
    assert row.age_years == 16 and row.sex == "male"
    assert row.drugs == ["crizotinib"]  # the neighbours' everolimus and prednisolone are other patients'


# A poster's number with its board code after a bar, the title in capitals on the next line; a congress code glued to its
# number with a submission number after a slash; a journal supplement's bare abstract numbers. The neighbour that names
# the tumour only as a look-alike to be told apart is no item about it.
POSTER_BOARD_CODES = """Invented Sarcoma Congress 2032 - Abstract Book

Poster #3101 | B4-011
HEPATIC ADENOMA IN A MARATHON RUNNER TREATED BY EMBOLISATION
T. Quillfeather1
Results: A 47-year-old man had a 6 cm liver adenoma; he received sorafenib elsewhere before embolisation and died of disease 2 years later.

Poster #3102 | B4-012
AN INFLAMMATORY MYOFIBROBLASTIC TUMOUR OF THE INVENTED CAECUM IN A GIRL
R. Oyelaran-Frost1, M. Dunmore2
Results: A 9-year-old girl had right iliac fossa pain; ileocaecal resection removed a 4 cm mass, ALK positive. She is well without recurrence at 20 months.

Poster #3103 | B4-013
GOUT TOPHI MIMICKING A SOFT TISSUE SARCOMA
P. Lindqvist-Hart1
Results: A 68-year-old woman with lung metastases of a renal cancer received colchicine for tophi of the hand.
"""

GLUED_CONGRESS_CODES = """Invented Journal of Gynaecological Oncology · Supplement 2 · Invented Meeting 2031

EP511 / #2290   CERVICAL ADENOCARCINOMA IN PREGNANCY TREATED WITH PACLITAXEL
A. Brenner*. Invented Women's Hospital. Results: A 36-year-old woman received paclitaxel and carboplatin; she died of disease 10 months later.

EP512 / #2318   AN ALK-REARRANGED INFLAMMATORY MYOFIBROBLASTIC TUMOUR OF THE INVENTED UTERINE CERVIX
K. Oduya*. Invented University Hospital. Results: A 28-year-old woman had a 3 cm cervical polyp. It was excised; the spindle cells were ALK positive and an ALK fusion was found. She had no recurrence at 1 year.

EP513 / #2402   VULVAR MELANOMA AFTER NIVOLUMAB
S. Tamm*. Invented Cancer Centre. Results: A 74-year-old woman relapsed in the groin nodes after adjuvant nivolumab.
"""

BARE_ABSTRACT_NUMBERS = """Invented Pathology  Volume 12  Supplement 1  |  2033                                  518

2207  A Myxoid Smooth Muscle Tumour of the Invented Uterus With an Unusual Rearrangement
J. Falk1. 1Invented Medical Centre
Results: A 59-year-old woman had a 12 cm uterine mass; ALK was negative. She had lung metastases a year later. Conclusions: such tumours should be distinguished from IMT.

2208  An Inflammatory Myofibroblastic Tumour of the Invented Myometrium With a TIMP3::ALK Fusion
H. Ahlborg1. 1Invented University Hospital
Results: A 38-year-old woman had menorrhagia and a 7 cm myometrial mass; hysterectomy was done. The cells were ALK positive and sequencing found a TIMP3::ALK fusion. She is free of disease at 2 years.

2209  Endometrial Stromal Sarcoma Presenting as a Cervical Polyp in an Older Woman
M. Okonjo1. 1Invented Cancer Hospital
Results: A 66-year-old woman had a polyp at the external os; cyclin D1 was diffusely positive.
"""


@pytest.mark.parametrize(
    "text,age",
    [(POSTER_BOARD_CODES, 9), (GLUED_CONGRESS_CODES, 28), (BARE_ABSTRACT_NUMBERS, 38)],
    ids=["poster_number_and_board_code_title_below", "congress_code_glued_with_submission_number", "bare_abstract_numbers"],
)
def test_meeting_item_codes_cut_the_page_and_neighbours_lend_nothing(text, age, tmp_path, nlp):
    doc, items = _items(text)
    assert items is not None and [it.relevant for it in items] == [False, True, False]
    res = _rows(text, tmp_path, nlp)
    assert [r.case_id for r in res.rows] == ["index"]
    row = res.rows[0]
    assert row.age_years == age and row.sex == "female"
    assert not row.drugs  # the neighbours' sorafenib, paclitaxel, colchicine are other patients'
    assert row.metastasis is not True and row.status != "DOD"


def test_years_opening_lines_are_no_abstract_numbers():
    # a timeline set out by years is one patient's course, not a compilation of items
    text = (
        "An inflammatory myofibroblastic tumour of the invented lung: a case report\n\n"
        "A 30-year-old man was followed for a lung mass.\n"
        "2019  Wedge resection of a right upper lobe inflammatory myofibroblastic tumour, ALK positive\n"
        "2021  Local recurrence treated with crizotinib and a partial response was reached\n"
    )
    assert _items(text)[1] is None
