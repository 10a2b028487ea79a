"""Running heads printed once in a PDF-to-text dump that repeat the first page's front matter: the journal's citation
line with a page number ("Invented Surg Rep (2031) 4:10-14 12") or the authors' "Name et al." with the journal. They
are page furniture: before, such a line was read into the sentence it interrupts or the paragraph after it.
Every report here is fictional."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_FRONT = """Invented Surg Rep Paediatr (2031) 4:10-14
CASE REPORT
A bronchial myofibroblastic tumour in a boy removed
by sleeve lobectomy after two scope sessions
Mirela Okafor-Lund 1, Tomasz Varga 2, Ines Berg 1
1 Department of Surgery, Northfield Children's Hospital;
2 Department of Pathology, Northfield University
Abstract A boy had a bronchial tumour that was
removed by sleeve lobectomy.
Case report
A 10-year-old boy had a cough for three months and
a 2-cm tumour of the right main bronchus was seen
on a scan. Two sessions of scope removal left tumour
at the base, and the fragments were
"""
_AFTER = """sent to the pathology laboratory, which found ALK
positive spindle cells. A sleeve lobectomy was then
performed and he was well 18 months later.
Discussion
Sleeve resection spares lung in children.
"""


@pytest.mark.parametrize(
    "head",
    [
        "Invented Surg Rep Paediatr (2031) 4:10-14 12",
        "Okafor-Lund et al. Invented Surg Rep Paediatr 4(1)",
        "ISRP 4 (2031) 100233 M. Okafor-Lund et al.",
    ],
    ids=["citation-line-with-page", "byline-et-al-then-journal", "journal-then-byline-et-al"],
)
def test_running_head_repeating_the_front_matter_is_furniture(head: str) -> None:
    doc = read_text((_FRONT + "\n\n" + head + "\n" + _AFTER).encode(), "head", "head.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert head not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        # prose opening on the title's words, or naming the authors in a sentence: text
        "Invented Surg methods of 2019 were used for the",
        "as Okafor-Lund et al. showed in 2029, and the",
        # a literature table's row: cells set apart by wide gaps
        "Okafor-Lund et al.    2029    12    M    Lung",
    ],
)
def test_lines_that_only_resemble_a_running_head_are_kept(line: str) -> None:
    doc = read_text((_FRONT + line + "\n" + _AFTER).encode(), "head", "head.txt")
    assert " ".join(line.split()[:3]) in doc.text


@pytest.mark.parametrize(
    "footer", ["Page 2 of 6" + " " * 40 + "Invented Surg Rep Paediatr", "Invented Surg Rep Paediatr" + " " * 30 + "Page 2 of 6"]
)
def test_page_n_of_m_footer_with_a_running_title_is_furniture(footer: str) -> None:
    doc = read_text((_FRONT + "\n" + footer + "\n\n" + _AFTER).encode(), "foot", "foot.txt")
    assert "Page 2 of 6" not in doc.text
    assert "the fragments were sent to the pathology laboratory" in doc.text


def test_page_words_inside_a_sentence_are_text() -> None:
    from eims_extract.ingest.sections import is_furniture

    assert not is_furniture("the stains on page 2 of 6 of the invented atlas were    compared")


@pytest.mark.parametrize(
    "head",
    [
        "        b17 p.3                 Okafor-Lund et al.",
        "page 3          M. Okafor-Lund et al.",
        "Okafor-Lund and Varga et al.             p. 3",
    ],
    ids=["scan-label-then-byline", "page-word-then-initial-byline", "byline-then-page-word"],
)
def test_scanned_page_label_with_et_al_byline_is_furniture(head: str) -> None:
    # a scanned page's running head (its page label with a page word, a wide gap, the authors' "Name et al.") set inside a
    # sentence: before, its "et al." was read into the sentence, which then read as another study's
    doc = read_text((_FRONT + head + "\n" + _AFTER).encode(), "scan", "scan.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert "et al" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        # a literature table's row (no page word) and a sentence that names a page stay text
        "Okafor-Lund et al.    2029    12    M    Lung",
        "as shown on page 3 by Okafor-Lund et al. in the",
    ],
)
def test_et_al_lines_without_a_page_label_are_kept(line: str) -> None:
    doc = read_text((_FRONT + line + "\n" + _AFTER).encode(), "scan", "scan.txt")
    assert "Okafor-Lund et al." in doc.text


@pytest.mark.parametrize(
    "head",
    ["OKAFOR-LUND et al: BRONCHIAL MYOFIBROBLASTIC TUMOUR IN A BOY" + " " * 16 + "212", "Okafor-Lund et al: Sleeve lobectomy in a boy" + " " * 8 + "13"],
)
def test_running_head_with_a_colon_after_et_al_is_furniture(head: str) -> None:
    # "NAME et al: RUNNING TITLE", a wide gap and the page number, set between blank lines inside a sentence
    doc = read_text((_FRONT + "\n" + head + "\n\n" + _AFTER).encode(), "colon", "colon.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert "et al" not in doc.text


def test_sentence_naming_authors_with_a_colon_is_kept() -> None:
    line = "as Okafor-Lund et al: showed, the tumour can recur"
    doc = read_text((_FRONT + line + "\n" + _AFTER).encode(), "colon", "colon.txt")
    assert "Okafor-Lund et al" in doc.text


@pytest.mark.parametrize(
    "foot",
    [
        "Okafor-Lund et al. Invented Surg Rep (2031) 4:12" + " " * 30 + "Surgery",
        "12" + " " * 40 + "Okafor-Lund et al. Sleeve Lobectomy",
        "http://dx.doi.org/10.5555/ISRP.0000000000012" + " " * 30 + "12",
        "Invented Surgical Reports | www.isr-journal.example   Sleeve lobectomy in a boy" + " " * 10 + "12",
        "Invented Journal of Thoracic Surgery, Vol 4, No 2 May 2031" + " " * 30 + "112",
        "Received: 2 March 2031 / Received in final form: 9 May 2031 / Accepted: 20 May 2031",
    ],
    ids=["et-al-then-citation", "page-then-et-al-title", "doi-url-then-page", "journal-web-address-then-page",
         "journal-volume-issue-then-page", "article-history"],
)
def test_page_feet_of_two_column_dumps_inside_a_sentence_are_furniture(foot: str) -> None:
    # set between blank lines inside a sentence, as a text layer prints the page's foot and the next page's head
    doc = read_text((_FRONT + "\n" + foot + "\n\n" + _AFTER).encode(), "foot", "foot.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert foot.split()[0] not in doc.text.split("Discussion")[0].split("Case report")[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Okafor-Lund et al. described the same tumour in 2029, and the",
        "Received 2 courses of steroids before the operation, and the",
        "see www.isr-journal.example for the video of the operation, and the",
        "The Invented Journal, Vol 4, No 2 printed three such cases, and the",
    ],
)
def test_sentences_that_resemble_page_feet_are_kept(line: str) -> None:
    doc = read_text((_FRONT + line + "\n" + _AFTER).encode(), "keep", "keep.txt")
    assert " ".join(line.split()[:3]) in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "http://dx.doi.org/10.5555/ISRP.0000000000012" + " " * 30 + "12",
        "Received: 2 March 2031 / Received in final form: 9 May 2031 / Accepted: 20 May 2031",
        "Submitted Mar 02, 2031. Accepted for publication May 20, 2031.",
        "Invented Journal of Thoracic Surgery, Vol 4, No 2 May 2031" + " " * 30 + "112",
    ],
)
def test_page_foot_lines_are_furniture_wherever_they_stand(line: str) -> None:
    # known by their own shape, not only by a sentence they cut (a foot between a column's end and the next page)
    from eims_extract.ingest.sections import is_furniture

    assert is_furniture(line)


def test_page_number_then_et_al_and_a_short_title_is_a_running_head() -> None:
    from eims_extract.rules import layout

    assert layout("running_head_et_al_gap").match("12" + " " * 40 + "Okafor-Lund et al. Sleeve Lobectomy")
    assert not layout("running_head_et_al_gap").match("12 Okafor-Lund et al. described the same tumour")


@pytest.mark.parametrize(
    "head",
    [
        "Okafor-Lund AB et al.      Myofibroblastic tumour of the bronchus       212",
        "Okafor-Lund A. et al.      Sleeve lobectomy in a boy      13",
    ],
)
def test_running_head_naming_the_first_author_with_initials_is_furniture(head: str) -> None:
    # Vancouver style 'Surname AB et al.', a wide gap, the running title and the page number, inside a sentence
    doc = read_text((_FRONT + "\n" + head + "\n\n" + _AFTER).encode(), "initials", "initials.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert "et al" not in doc.text


@pytest.mark.parametrize(
    "head",
    [
        "212" + " " * 20 + "Okafor-Lund et al. · Sleeve lobectomy in a boy",
        "212" + " " * 12 + "Okafor-Lund et al. | Bronchial tumour removed by sleeve lobectomy",
        "212" + " " * 12 + "Okafor-Lund et al. – Sleeve Lobectomy in a Boy",
    ],
    ids=["middle-dot", "bar", "en-dash"],
)
def test_page_number_byline_and_title_set_off_by_a_separator_are_furniture(head: str) -> None:
    # "212      Name et al. · Running title": the page number, the byline and the short running title parted by a middle
    # dot, a bar or a dash; before, the line was read as a sentence naming another study, between a case's last
    # sentence and the next case's heading
    doc = read_text((_FRONT + "\n" + head + "\n\n" + _AFTER).encode(), "sep", "sep.txt")
    assert "the fragments were sent to the pathology laboratory" in doc.text
    assert "et al" not in doc.text
