"""Accuracy floors on our own fictional report sets (regression guards, not tuning targets):
the demo corpus, the held-out set and the blind set, each against its gold."""

from pathlib import Path

import pytest

from eims_extract.pipeline.corpus import discover
from eims_extract.pipeline.extract import process_path
from eims_extract.reporting.scoring import load_rows, score

ROOT = Path(__file__).resolve().parents[1]

SETS = [
    # (documents, gold, micro-F1 floor) — floors sit a little under the figures reached; the blind
    # sets were written by colleagues who never saw the rules (see gold/blind.md)
    ("corpus", "gold/demo.csv", 0.97),
    ("tests/data/heldout", "gold/heldout.csv", 0.97),
    ("tests/data/blind", "gold/blind.csv", 0.97),
    ("tests/data/blind2", "gold/blind2.csv", 0.97),
    ("tests/data/blind3", "gold/blind3.csv", 0.97),
    ("tests/data/blind4", "gold/blind4.csv", 0.97),
    ("tests/data/blind5", "gold/blind5.csv", 0.97),
    ("tests/data/blind6", "gold/blind6.csv", 0.97),
    ("tests/data/blind7", "gold/blind7.csv", 0.97),
    ("tests/data/blind8", "gold/blind8.csv", 0.97),
    # blind9: one fix round only (case-series tables, literature-table legends); misses listed in gold/blind.md
    ("tests/data/blind9", "gold/blind9.csv", 0.94),
    # realistic fictional sets (real-page layouts, gold in the real-text format): blind10/11 read from round 6,
    # blind12/13 held out until their measurement after round 7, read in round 8 (gold/blind.md)
    ("tests/data/blind10", "gold/blind10.csv", 0.97),
    ("tests/data/blind11", "gold/blind11.csv", 0.97),
    ("tests/data/blind12", "gold/blind12.csv", 0.95),
    ("tests/data/blind13", "gold/blind13.csv", 0.96),
    # night of 2026-12-04: blind14/15 read for fixes, blind16 held out through five merges, then read (first micro F1
    # 0.940 / 0.759 / 0.922 on a5720ba)
    ("tests/data/blind14", "gold/blind14.csv", 0.97),
    # blind15's micro F1 counts the literature-table rows of b15_05 as spurious (its gold, in the real-text format,
    # lists only the report's own patient): 0.860 with all 13 patients matched after the night round
    ("tests/data/blind15", "gold/blind15.csv", 0.84),
    ("tests/data/blind16", "gold/blind16.csv", 0.91),
    ("tests/data/blind17", "gold/blind17.csv", 0.87),  # held out until session 12, then read; first micro F1 0.887 on a5720ba
    ("tests/data/blind18", "gold/blind18.csv", 0.87),  # held out until session 11, then read; first micro F1 0.887 on a5720ba
    ("tests/data/blind19", "gold/blind19.csv", 0.87),  # held out until 2026-12-05 (session 10), then read; first micro F1 0.884 on a5720ba
    ("tests/data/blind20", "gold/blind20.csv", 0.88),  # held out; micro F1 0.896 on a5720ba, 0.907 on dc8be81
    ("tests/data/blind21", "gold/blind21.csv", 0.89),  # held out; micro F1 0.784 on a5720ba, 0.917 on dc8be81
    ("tests/data/blind22", "gold/blind22.csv", 0.90),  # held out; first micro F1 0.925 on dc8be81 rules
    ("tests/data/blind23", "gold/blind23.csv", 0.76),  # held out; first micro F1 0.782 on dc8be81 rules
    ("tests/data/blind24", "gold/blind24.csv", 0.86),  # held out until session 12, then read; first micro F1 0.881 on 1c05247
    ("tests/data/blind25", "gold/blind25.csv", 0.54),  # read from 2026-12-05; first micro F1 0.565 on 1c05247
    ("tests/data/blind26", "gold/blind26.csv", 0.94),  # held out until session 11, then read; first micro F1 0.960 on 1c05247
    ("tests/data/blind27", "gold/blind27.csv", 0.90),  # held out until 2026-12-05 (session 10), then read; first micro F1 0.924 on 1c05247
    ("tests/data/blind28", "gold/blind28.csv", 0.92),  # read from 2026-12-05 (session 10); first micro F1 0.939 on fdbfc93
    ("tests/data/blind29", "gold/blind29.csv", 0.85),  # held out until session 11, then read; first micro F1 0.872 on fdbfc93
    ("tests/data/blind30", "gold/blind30.csv", 0.78),  # held out until session 11, then read; first micro F1 0.804 on fdbfc93
    ("tests/data/blind31", "gold/blind31.csv", 0.62),  # read from 2026-12-05 (session 10); first micro F1 0.636 on fdbfc93 (every row; 0.803 on own patients)
    ("tests/data/blind32", "gold/blind32.csv", 0.85),  # held out in sessions 11-12, then read; first micro F1 0.879 on c0e3f18
    ("tests/data/blind33", "gold/blind33.csv", 0.92),  # read from session 11; first micro F1 0.945 on c0e3f18
    ("tests/data/blind34", "gold/blind34.csv", 0.78),  # held out, read late in session 11; first micro F1 0.815 on c0e3f18 (every row)
    ("tests/data/blind35", "gold/blind35.csv", 0.92),  # read from session 11; first micro F1 0.945 on c0e3f18
    ("tests/data/blind36", "gold/blind36.csv", 0.94),  # read from session 11 (odd half); first micro F1 0.968 on c0e3f18
    ("tests/data/blind36h", "gold/blind36h.csv", 0.77),  # held out (even half) until session 12, then read; first micro F1 0.800 on c0e3f18
    ("tests/data/blind37", "gold/blind37.csv", 0.92),  # held out (session 11); first micro F1 0.952 on c0e3f18
    ("tests/data/blind38", "gold/blind38.csv", 0.91),  # held out (session 11); first micro F1 0.942 on c0e3f18
    ("tests/data/blind39", "gold/blind39.csv", 0.84),  # held out, read late in session 11; first micro F1 0.875 on c0e3f18
    ("tests/data/blind40", "gold/blind40.csv", 0.89),  # read (session 12); first micro F1 0.918 on 1cb2322
    ("tests/data/blind41", "gold/blind41.csv", 0.86),  # held out in session 12, read in session 13; first micro F1 0.893 on 1cb2322
    ("tests/data/blind42", "gold/blind42.csv", 0.85),  # held out in session 12, read in session 13; first micro F1 0.877 on 1cb2322
    ("tests/data/blind43", "gold/blind43.csv", 0.78),  # read (session 12); first micro F1 0.804 on 1cb2322
    ("tests/data/blind44", "gold/blind44.csv", 0.82),  # read (session 12); first micro F1 0.849 on 1cb2322
    ("tests/data/blind45", "gold/blind45.csv", 0.95),  # held out (session 12); first micro F1 0.971 on 1cb2322
    ("tests/data/blind46", "gold/blind46.csv", 0.88),  # held out in sessions 12-13, read at the end of session 13; first micro F1 0.908 on 1cb2322
    ("tests/data/blind47", "gold/blind47.csv", 0.75),  # read (session 12); first micro F1 0.773 on 1cb2322
    ("tests/data/blind48", "gold/blind48.csv", 0.92),  # read (session 12); first micro F1 0.943 on 1cb2322
    ("tests/data/blind49", "gold/blind49.csv", 0.88),  # read (session 13); first micro F1 0.912 on 3eb72478
    ("tests/data/blind50", "gold/blind50.csv", 0.91),  # read (session 13); first micro F1 0.946 on 3eb72478
    ("tests/data/blind51", "gold/blind51.csv", 0.82),  # held out (session 13); first micro F1 0.855 on 3eb72478
    ("tests/data/blind52", "gold/blind52.csv", 0.67),  # read (session 13); first micro F1 0.709 on 3eb72478
    ("tests/data/blind53", "gold/blind53.csv", 0.88),  # held out in session 13, read at its end; first micro F1 0.914 on 3eb72478
    ("tests/data/blind54", "gold/blind54.csv", 0.90),  # read (session 13); first micro F1 0.934 on 3eb72478
    ("tests/data/blind55", "gold/blind55.csv", 0.92),  # held out (session 13); first micro F1 0.958 on 3eb72478
    ("tests/data/blind56", "gold/blind56.csv", 0.88),  # held out (session 13); first micro F1 0.914 on 3eb72478
    ("tests/data/blind57", "gold/blind57.csv", 0.96),  # read (session 13, second wave); first micro F1 0.993 on a9d9dfd1
    ("tests/data/blind58", "gold/blind58.csv", 0.90),  # held out (session 13, second wave); first micro F1 0.940 on a9d9dfd1
    ("tests/data/blind59", "gold/blind59.csv", 0.90),  # held out (session 13, second wave); first micro F1 0.930 on a9d9dfd1
    ("tests/data/blind60", "gold/blind60.csv", 0.79),  # read (session 13, second wave); first micro F1 0.824 on a9d9dfd1
    ("tests/data/blind61", "gold/blind61.csv", 0.64),  # read (session 14); first micro F1 0.679 on 7cbd9975
    ("tests/data/blind62", "gold/blind62.csv", 0.85),  # held out (session 14); first micro F1 0.891 on 7cbd9975
    ("tests/data/blind63", "gold/blind63.csv", 0.66),  # read (session 14); first micro F1 0.704 on 7cbd9975
    ("tests/data/blind64", "gold/blind64.csv", 0.85),  # held out (session 14); first micro F1 0.891 on 7cbd9975
    ("tests/data/blind65", "gold/blind65.csv", 0.93),  # read (session 14); first micro F1 0.969 on 7cbd9975
    ("tests/data/blind66", "gold/blind66.csv", 0.91),  # held out (session 14); first micro F1 0.948 on 7cbd9975
    ("tests/data/blind67", "gold/blind67.csv", 0.90),  # read (session 14); first micro F1 0.935 on 7cbd9975
    ("tests/data/blind68", "gold/blind68.csv", 0.95),  # released in session 15 (held out in session 14); first micro F1 0.851 on 7cbd9975, 0.989 after its fix
    ("tests/data/blind69", "gold/blind69.csv", 0.84),  # read (session 14, second wave); first micro F1 0.879 on 71fe5419
    ("tests/data/blind70", "gold/blind70.csv", 0.85),  # held out (session 14, second wave); first micro F1 0.887 on 71fe5419
    ("tests/data/blind71", "gold/blind71.csv", 0.61),  # held out (session 14, second wave); first micro F1 0.654 on 71fe5419
    ("tests/data/blind72", "gold/blind72.csv", 0.25),  # read (session 14, second wave); first micro F1 0.294 on 71fe5419
    ("tests/data/blind73", "gold/blind73.csv", 0.88),  # read (session 14, third wave); first micro F1 0.924 on bddf3712
    ("tests/data/blind74", "gold/blind74.csv", 0.65),  # read (session 14, third wave); first micro F1 0.690 on bddf3712
    ("tests/data/blind75", "gold/blind75.csv", 0.92),  # held out (session 14, third wave); first micro F1 0.961 on bddf3712
    ("tests/data/blind76", "gold/blind76.csv", 0.86),  # read (session 14, fourth wave); first micro F1 0.896 on bb80413f
    ("tests/data/blind77", "gold/blind77.csv", 0.89),  # held out (session 14, fourth wave); first micro F1 0.930 on bb80413f
    ("tests/data/blind78", "gold/blind78.csv", 0.88),  # read (session 14, fourth wave); first micro F1 0.921 on bb80413f
    ("tests/data/blind79", "gold/blind79.csv", 0.89),  # read (session 15); first micro F1 0.930 on 53056aad
    ("tests/data/blind80", "gold/blind80.csv", 0.86),  # held out (session 15); first micro F1 0.905 on 53056aad
    ("tests/data/blind81", "gold/blind81.csv", 0.79),  # read (session 15); first micro F1 0.831 on 53056aad
    ("tests/data/blind82", "gold/blind82.csv", 0.61),  # held out (session 15); first micro F1 0.652 on 53056aad (0.732 own patients only)
    ("tests/data/blind83", "gold/blind83.csv", 0.90),  # read (session 15); first micro F1 0.942 on 53056aad
    ("tests/data/blind84", "gold/blind84.csv", 0.76),  # held out (session 15); first micro F1 0.801 on 53056aad (0.873 own patients only)
    ("tests/data/blind85", "gold/blind85.csv", 0.86),  # read (session 15); first micro F1 0.900 on 53056aad
    ("tests/data/blind86", "gold/blind86.csv", 0.79),  # read (session 15, twins of real pages); first micro F1 0.834 on 8bf7d56b (0.931 own patients only)
    ("tests/data/blind87", "gold/blind87.csv", 0.76),  # held out (session 15, twins of real pages); first micro F1 0.799 on 8bf7d56b (0.901 own patients only)
    ("tests/data/blind88", "gold/blind88.csv", 0.75),  # read (session 15, twins of real pages); first micro F1 0.793 on 902c3151
    ("tests/data/blind89", "gold/blind89.csv", 0.86),  # read (session 15, twins of real pages); first micro F1 0.898 on 902c3151
    ("tests/data/blind90", "gold/blind90.csv", 0.83),  # held out (session 15, twins of real pages); first micro F1 0.871 on 44518eb6
    ("tests/data/blind91", "gold/blind91.csv", 0.76),  # held out (session 15, twins of real pages); first micro F1 0.803 on 44518eb6 (0.890 own patients only)
    ("tests/data/blind92", "gold/blind92.csv", 0.64),  # held out (session 15, twins of real series pages); first micro F1 0.682 on 7bd075bf
    ("tests/data/blind93", "gold/blind93.csv", 0.54),  # read (session 15, twins of real series pages); first micro F1 0.583 on a00027b2 (0.667 own patients only)
    ("tests/data/blind94", "gold/blind94.csv", 0.68),  # read (session 16, twins of real abstract pages); first micro F1 0.722 on 209a9034
    ("tests/data/blind95", "gold/blind95.csv", 0.82),  # read (session 16, twins of real pages of treated disease); first micro F1 0.866 on a5a13157
    ("tests/data/blind98", "gold/blind98.csv", 0.88),  # read (session 16, twins of real short-format pages); first micro F1 0.924 on 0ad1b2a4
    ("tests/data/blind99", "gold/blind99.csv", 0.49),  # read (session 16, twins of real case-and-review pages); first micro F1 0.527 on 47da0985 (0.940 own patients only)
    ("tests/data/blind100", "gold/blind100.csv", 0.88),  # read (session 16, twins of real regional-journal pages); first micro F1 0.921 on 47da0985
    ("tests/data/blind101", "gold/blind101.csv", 0.69),  # read (session 16, twins of real PDF-to-text dumps); first micro F1 0.731 on b4b4cd11
    ("tests/data/blind103", "gold/blind103.csv", 0.58),  # read (session 16, twins of real series pages with tables); first micro F1 0.626 on bf9dff92
    ("tests/data/blind96", "gold/blind96.csv", 0.92),  # held out (session 16, twins of real pages); first micro F1 0.960 on 209a9034
    ("tests/data/blind97", "gold/blind97.csv", 0.69),  # held out (session 16, twins of real series pages); first micro F1 0.734 on 1c064438 (0.869 own patients only)
    ("tests/data/blind102", "gold/blind102.csv", 0.79),  # held out (session 16, twins of real pages); first micro F1 0.831 on 37628b6f and on 209a9034 (0.946 own patients only)
    ("tests/data/blind104", "gold/blind104.csv", 0.9),  # read (session 17, twins of real abstract and listing pages); first micro F1 0.949 on e0111973
    ("tests/data/blind109", "gold/blind109.csv", 0.87),  # read (session 17, twins of real pages on non-ALK kinase-fusion tumours); first micro F1 0.913 on e0111973
    ("tests/data/blind106", "gold/blind106.csv", 0.7),  # read (session 17, twins of real series pages with tables); first micro F1 0.747 on e0111973
    ("tests/data/blind105", "gold/blind105.csv", 0.73),  # held out (session 17, twins of real paediatric full-text pages); first micro F1 0.770 on e0111973 (0.938 own patients only)
    ("tests/data/blind107", "gold/blind107.csv", 0.67),  # held out (session 17, twins of real series pages with tables); first micro F1 0.715 on e0111973
    ("tests/data/blind110", "gold/blind110.csv", 0.91),  # read (session 17, twins of real pages of EIMS on kinase inhibitors); first micro F1 0.950 on e0111973
    ("tests/data/blind108", "gold/blind108.csv", 0.75),  # held out (session 17, twins of real PDF-to-text dumps); first micro F1 0.790 on e0111973 (0.884 own patients only)
    ("tests/data/blind111", "gold/blind111.csv", 0.89),  # held out (session 17, twins of real pages of every kind); first micro F1 0.930 on e0111973
    ("tests/data/blind112", "gold/blind112.csv", 0.68),  # read (session 18, twins of real small-series pages with summary tables); first micro F1 0.719 on 5c285c5b
    ("tests/data/blind113", "gold/blind113.csv", 0.76),  # held out (session 18, twins of real small-series pages with summary tables); first micro F1 0.799 on 5c285c5b
    ("tests/data/blind114", "gold/blind114.csv", 0.87),  # read (session 18, twins of real PubMed abstract pages and meeting abstracts); first micro F1 0.908 on 5c285c5b
    ("tests/data/blind115", "gold/blind115.csv", 0.89),  # held out (session 18, twins of real PubMed abstract pages and meeting abstracts); first micro F1 0.928 on 5c285c5b
    ("tests/data/blind116", "gold/blind116.csv", 0.86),  # read (session 18, twins of real full-text pages of adult patients); first micro F1 0.901 on 5c285c5b
    ("tests/data/blind117", "gold/blind117.csv", 0.83),  # held out (session 18, twins of real full-text pages of adult patients); first micro F1 0.870 on 5c285c5b
    ("tests/data/blind118", "gold/blind118.csv", 0.71),  # read (session 19, twins of real organ-specialty full-text pages, sites outside the abdomen); first micro F1 0.751 on f69c46dc
    ("tests/data/blind119", "gold/blind119.csv", 0.89),  # held out (session 19, twins of real organ-specialty full-text pages, sites outside the abdomen); first micro F1 0.930 on f69c46dc
    ("tests/data/blind120", "gold/blind120.csv", 0.82),  # read (session 19, twins of real PDF-to-text dumps of single patients with a long course); first micro F1 0.863 on f69c46dc
    ("tests/data/blind121", "gold/blind121.csv", 0.91),  # held out (session 19, twins of real PDF-to-text dumps of single patients with a long course); first micro F1 0.950 on f69c46dc
    ("tests/data/blind122", "gold/blind122.csv", 0.82),  # read (session 19, twins of real small series told only in prose); first micro F1 0.866 on f69c46dc
    ("tests/data/blind123", "gold/blind123.csv", 0.91),  # held out (session 19, twins of real small series told only in prose); first micro F1 0.951 on f69c46dc
    ("tests/data/blind126", "gold/blind126.csv", 0.92),  # read (session 20, twins of real pathology pages with long IHC panels); first micro F1 0.963 on 9ac5c6fb
    ("tests/data/blind127", "gold/blind127.csv", 0.83),  # held out (session 20, twins of real pathology pages with long IHC panels); first micro F1 0.871 on 9ac5c6fb
    ("tests/data/blind128", "gold/blind128.csv", 0.66),  # read (session 20, twins of real series with summary tables); first micro F1 0.709 on 9ac5c6fb
    ("tests/data/blind129", "gold/blind129.csv", 0.76),  # held out (session 20, twins of real series with summary tables); first micro F1 0.808 on 9ac5c6fb
    ("tests/data/blind124", "gold/blind124.csv", 0.90),  # read (session 20, twins of real PubMed / meeting abstract pages); first micro F1 0.945 on 9ac5c6fb
    ("tests/data/blind125", "gold/blind125.csv", 0.81),  # held out (session 20, twins of real PubMed / meeting abstract pages); first micro F1 0.859 on 9ac5c6fb
    ("tests/data/blind130", "gold/blind130.csv", 0.70),  # read (session 21, series tables with per-marker stain / molecular columns); first micro F1 0.747 on 5f4c7115
    ("tests/data/blind131", "gold/blind131.csv", 0.78),  # held out (session 21, series tables with per-marker stain / molecular columns); first micro F1 0.829 on 5f4c7115
    ("tests/data/blind132", "gold/blind132.csv", 0.91),  # read (session 21, full-text web pages, single patients); first micro F1 0.959 on 5f4c7115
    ("tests/data/blind133", "gold/blind133.csv", 0.91),  # held out (session 21, full-text web pages, single patients); first micro F1 0.957 on 5f4c7115
    ("tests/data/blind134", "gold/blind134.csv", 0.32),  # read (session 21, case report beside a table of published cases); first micro F1 0.365 on 5f4c7115 (the published cases' rows count as spurious here; 0.876 on the own patients)
    ("tests/data/blind135", "gold/blind135.csv", 0.28),  # held out (session 21, case report beside a table of published cases); first micro F1 0.326 on 5f4c7115 (published cases' rows spurious here; 0.861 on the own patients)
    ("tests/data/blind138", "gold/blind138.csv", 0.93),  # session 22, read: first 187/301 on 26c9f868 (F1 0.727); 292/301, F1 0.973, all 19 patients matched after fix138
    ("tests/data/blind136", "gold/blind136.csv", 0.92),  # session 22, read: first 213/216 on 26c9f868
    ("tests/data/blind137", "gold/blind137.csv", 0.90),  # session 22, held out: first 212/227 on 26c9f868
    ("tests/data/blind139", "gold/blind139.csv", 0.82),  # session 22, held out: first 287/338 on 26c9f868
    ("tests/data/blind140", "gold/blind140.csv", 0.74),  # session 22, read: first 177/196 on 26c9f868
    ("tests/data/blind141", "gold/blind141.csv", 0.86),  # session 22, held out: first 172/188 on 26c9f868
    ("tests/data/blind143", "gold/blind143.csv", 0.89),  # session 22, held out: first 286/361 on 26c9f868; read from session 23 (gold/blind.md), raised (F1 0.913 on 5f126fae; 0.945 in session 24)
    ("tests/data/blind142", "gold/blind142.csv", 0.92),  # session 22, read: first 275/335 on 26c9f868; raised in session 23 (F1 0.969 on 5f126fae, fix142 merged)
    ("tests/data/blind144", "gold/blind144.csv", 0.87),  # session 22, read: first 263/352 on 26c9f868; raised in session 24 (F1 0.929)
    ("tests/data/blind145", "gold/blind145.csv", 0.60),  # session 22, held out: first 193/298 on 26c9f868
    ("tests/data/blind146", "gold/blind146.csv", 0.91),  # session 23, read: first 236/246 on efe85e7c
    ("tests/data/blind147", "gold/blind147.csv", 0.88),  # session 23, held out: first 227/246 on efe85e7c
    ("tests/data/blind148", "gold/blind148.csv", 0.91),  # session 23, read: first 182/298 on efe85e7c; raised (F1 0.959, 22/22 matched on 5f126fae)
    ("tests/data/blind149", "gold/blind149.csv", 0.60),  # session 23, held out: first 217/278 on efe85e7c
    ("tests/data/blind150", "gold/blind150.csv", 0.83),  # session 23, read: first 310/326 on efe85e7c (plain F1 0.876: literature rows)
    ("tests/data/blind151", "gold/blind151.csv", 0.86),  # session 23, held out: first 365/377 on efe85e7c (plain F1 0.901: literature rows)
    ("tests/data/blind152", "gold/blind152.csv", 0.86),  # session 24, read: first 298/401 on c0111a0c (F1 0.817); raised (F1 0.916 on session 24's last code)
    ("tests/data/blind153", "gold/blind153.csv", 0.72),  # session 24, held out: first 340/419 on c0111a0c (F1 0.767)
    ("tests/data/blind154", "gold/blind154.csv", 0.81),  # session 24, read: first 313/537 on c0111a0c (F1 0.616, 28/32 matched); raised (F1 0.860, 32/32 matched)
    ("tests/data/blind155", "gold/blind155.csv", 0.95),  # session 24, read: first 232/243 on c0111a0c (F1 0.941); raised (F1 1.000)
    ("tests/data/blind156", "gold/blind156.csv", 0.90),  # session 24, held out: first 222/227 on c0111a0c (F1 0.941)
    ("tests/data/blind157", "gold/blind157.csv", 0.93),  # session 24, read: first 248/255 on c0111a0c (F1 0.940); raised (F1 0.980)
    ("tests/data/blind158", "gold/blind158.csv", 0.89),  # session 24, held out: first 217/239 on c0111a0c (F1 0.936)
    ("tests/data/blind159", "gold/blind159.csv", 0.89),  # session 24, read: first 336/522 on c0111a0c (F1 0.704, 25/31 matched); raised (F1 0.914, 31/31 matched; F1 0.947 on b304c4ad, session 31)
    ("tests/data/blind160", "gold/blind160.csv", 0.85),  # session 24, read: first 253/377 on c0111a0c (F1 0.680); raised (F1 0.804; 0.859 on e6872e11; 0.907 on b27e7d94)
    ("tests/data/blind161", "gold/blind161.csv", 0.95),  # session 24, read: first 251/262 on c0111a0c (F1 0.936); raised (F1 1.000)
    ("tests/data/blind162", "gold/blind162.csv", 0.90),  # session 25, read: first 300/444 on 386dcf7d (F1 0.694, 25/26 matched); raised (F1 0.955, 26/26 matched on session 25's last code)
    ("tests/data/blind163", "gold/blind163.csv", 0.93),  # session 25, read: first 465/491 on 386dcf7d (F1 0.935); raised (F1 0.981 on session 25's last code)
    ("tests/data/blind164", "gold/blind164.csv", 0.74),  # session 25, held out: first 413/514 on 386dcf7d (F1 0.784)
    ("tests/data/blind165", "gold/blind165.csv", 0.92),  # session 25, read: first 239/250 on 386dcf7d (F1 0.911); raised (F1 0.971 on session 25's last code)
    ("tests/data/blind166", "gold/blind166.csv", 0.55),  # session 25, held out: first 209/211 on 386dcf7d (plain F1 0.590: literature rows)
    ("tests/data/blind167", "gold/blind167.csv", 0.93),  # session 25, read: first 312/325 on 386dcf7d (F1 0.932); raised (F1 0.988 on session 25's last code)
    ("tests/data/blind168", "gold/blind168.csv", 0.63),  # session 26, read: first 202/206 on fc68f8d5 (plain F1 0.645: literature rows); raised (F1 0.678 on e6872e11)
    ("tests/data/blind169", "gold/blind169.csv", 0.61),  # session 26, held out: first 193/195 on fc68f8d5 (plain F1 0.653: literature rows)
    ("tests/data/blind170", "gold/blind170.csv", 0.87),  # session 26, read: first 252/381 on fc68f8d5 (F1 0.689, 20/24 matched); raised (F1 0.918, 24/24 on e6872e11)
    ("tests/data/blind171", "gold/blind171.csv", 0.74),  # session 26, held out: first 302/385 on fc68f8d5 (F1 0.777)
    ("tests/data/blind172", "gold/blind172.csv", 0.95),  # session 26, read: first 243/302 on fc68f8d5 (F1 0.876); raised (F1 1.000 on e6872e11)
    ("tests/data/blind173", "gold/blind173.csv", 0.93),  # session 26, read: first 275/288 on fc68f8d5 (F1 0.961); raised (F1 0.985 on e6872e11)
    ("tests/data/blind174", "gold/blind174.csv", 0.87),  # session 26, held out: first 279/302 on fc68f8d5 (F1 0.911)
    ("tests/data/blind175", "gold/blind175.csv", 0.92),  # session 27, read: first 441/532 on f3d88ba6 (F1 0.852); raised (F1 0.975 on b27e7d94)
    ("tests/data/blind176", "gold/blind176.csv", 0.75),  # session 27, held out: first 408/557 on f3d88ba6 (F1 0.789)
    ("tests/data/blind177", "gold/blind177.csv", 0.94),  # session 27, read: first 239/244 on f3d88ba6 (F1 0.955); raised (F1 0.997 on b27e7d94)
    ("tests/data/blind178", "gold/blind178.csv", 0.92),  # session 27, held out: first 245/249 on f3d88ba6 (F1 0.957)
    ("tests/data/blind179", "gold/blind179.csv", 0.94),  # session 27, read: first 272/278 on f3d88ba6 (F1 0.959); raised (F1 0.995 on b27e7d94)
    ("tests/data/blind180", "gold/blind180.csv", 0.92),  # session 27, held out: first 270/281 on f3d88ba6 (F1 0.959)
    ("tests/data/blind181", "gold/blind181.csv", 0.95),  # session 28, read: first 223/226 on 7d68a7bb (F1 0.984); raised (F1 1.000 on 185efc75)
    ("tests/data/blind182", "gold/blind182.csv", 0.92),  # session 28, held out: first 243/250 on 7d68a7bb (F1 0.964)
    ("tests/data/blind183", "gold/blind183.csv", 0.90),  # session 28, read: first 513/597 on 7d68a7bb (F1 0.807); raised (F1 0.949 on 185efc75)
    ("tests/data/blind184", "gold/blind184.csv", 0.81),  # session 28, held out: first 448/564 on 7d68a7bb (F1 0.859)
    ("tests/data/blind185", "gold/blind185.csv", 0.95),  # session 28, read: first 220/223 on 7d68a7bb (F1 0.973); raised (F1 0.997 on 185efc75)
    ("tests/data/blind186", "gold/blind186.csv", 0.93),  # session 28, held out: first 222/224 on 7d68a7bb (F1 0.973)
    ("tests/data/blind187", "gold/blind187.csv", 0.93),  # session 29, read: first 466/565 on 181d6ca7 (F1 0.817); raised (F1 0.982 on 78427b68)
    ("tests/data/blind188", "gold/blind188.csv", 0.91),  # session 29, read: first 408/646 on 181d6ca7 (F1 0.723, 27/30 matched); raised (F1 0.968, 30/30 on e949d698)
    ("tests/data/blind189", "gold/blind189.csv", 0.69),  # session 29, held out: first 401/594 on 181d6ca7 (F1 0.730)
    ("tests/data/blind190", "gold/blind190.csv", 0.84),  # session 29, read: first 367/475 on 181d6ca7 (F1 0.738); raised (F1 0.889 on 78427b68)
    ("tests/data/blind191", "gold/blind191.csv", 0.74),  # session 29, held out: first 418/528 on 181d6ca7 (F1 0.783)
    ("tests/data/blind192", "gold/blind192.csv", 0.95),  # session 29, read: first 219/232 on 181d6ca7 (F1 0.899); raised (F1 1.000 on e949d698)
    ("tests/data/blind193", "gold/blind193.csv", 0.90),  # session 29, held out: first 214/220 on 181d6ca7 (F1 0.944)
    ("tests/data/blind194", "gold/blind194.csv", 0.90),  # session 30, read: first 531/598 on ed1b3473 (F1 0.846); raised (F1 0.948 on a7366dc4)
    ("tests/data/blind195", "gold/blind195.csv", 0.94),  # session 30, read: first 423/477 on ed1b3473 (F1 0.911); raised (F1 0.993 on 7a2b7972)
    ("tests/data/blind196", "gold/blind196.csv", 0.70),  # session 30, held out: first 435/599 on ed1b3473 (F1 0.740)
    ("tests/data/blind197", "gold/blind197.csv", 0.95),  # session 30, read: first 264/265 on ed1b3473 (F1 0.991); raised (F1 1.000 on 7a2b7972)
    ("tests/data/blind198", "gold/blind198.csv", 0.94),  # session 30, held out: first 260/262 on ed1b3473 (F1 0.980)
    ("tests/data/blind199", "gold/blind199.csv", 0.93),  # session 30, read: first 423/430 on ed1b3473 (F1 0.929); raised (F1 0.978 on 7a2b7972)
    ("tests/data/blind200", "gold/blind200.csv", 0.89),  # session 30, held out: first 415/422 on ed1b3473 (F1 0.929)
    ("tests/data/blind201", "gold/blind201.csv", 0.80),  # session 31, read: first 305/463 on e76d5dc4 (F1 0.680; 23/26 matched); raised (F1 0.855, 25/26 matched on a7366dc4)
    ("tests/data/blind202", "gold/blind202.csv", 0.82),  # session 31, read: first 369/478 on e76d5dc4 (F1 0.792); raised (F1 0.871 on b304c4ad)
    ("tests/data/blind203", "gold/blind203.csv", 0.69),  # session 31, held out: first 346/456 on e76d5dc4 (F1 0.733)
    ("tests/data/blind204", "gold/blind204.csv", 0.92),  # session 31, read: first 173/212 on e76d5dc4 (F1 0.868); raised (F1 0.969 on a7366dc4)
    ("tests/data/blind205", "gold/blind205.csv", 0.84),  # session 31, held out: first 187/220 on e76d5dc4 (F1 0.883)
    ("tests/data/blind206", "gold/blind206.csv", 0.85),  # session 31, read: first 231/236 on e76d5dc4 (F1 0.952; plain 0.861); raised (plain F1 0.902 on b304c4ad)
    ("tests/data/blind207", "gold/blind207.csv", 0.86),  # session 31, held out: first 256/262 on e76d5dc4 (F1 0.977; plain 0.904)
    ("tests/data/blind208", "gold/blind208.csv", 0.83),  # session 32, read: first 438/542 on dcf5361a (F1 0.810; plain 0.792); raised (plain 0.885 on a7366dc4)
    ("tests/data/blind209", "gold/blind209.csv", 0.78),  # session 32, held out: first 425/508 on dcf5361a (F1 0.825; 25/26 matched)
    ("tests/data/blind210", "gold/blind210.csv", 0.91),  # session 32, read: first 271/282 on dcf5361a (F1 0.915); raised (F1 0.965 on a7366dc4)
    ("tests/data/blind211", "gold/blind211.csv", 0.91),  # session 32, held out: first 261/270 on dcf5361a (F1 0.956)
    ("tests/data/blind212", "gold/blind212.csv", 0.92),  # session 32, read: first 258/261 on dcf5361a (F1 0.969)
    ("tests/data/blind213", "gold/blind213.csv", 0.91),  # session 32, held out: first 251/260 on dcf5361a (F1 0.954)
]
# Share of gold patients a set must align (default 0.9): a set first scored below it keeps its first share as floor
# until it is read (blind72, read: 10/18 on 71fe5419, its patients in CSV / TSV exports; blind68, released in session 15:
# 15/17 at first, 17/17 once its series tables with footnoted notes were read, so the default holds; blind92, held out:
# 14/16 on 7bd075bf; blind93, read: 14/17 on a00027b2; blind154 and blind159, read in session 24 from 28/32 and 25/31, now all matched; blind170, read:
# 20/24 on fc68f8d5, all 24 matched by the end of session 26).
# blind201, read: 23/26 on e76d5dc4 (session 31, patients named by description in prose), 25/26 on a7366dc4: the default holds.
MATCHED_FLOOR = {"tests/data/blind72": 0.55, "tests/data/blind145": 0.76, "tests/data/blind92": 0.87, "tests/data/blind93": 0.82}


@pytest.mark.parametrize("docs,gold,floor", SETS)
def test_fictional_set_meets_its_floor_with_every_value_grounded(docs, gold, floor, nlp):
    rows = []
    for f in discover([ROOT / docs]):
        res = process_path(f, nlp)
        assert res.status == "ok", (f, res.error)
        rows.extend(res.rows)
    assert all(not r.ungrounded() for r in rows)
    d = score(rows, load_rows(ROOT / gold)).to_dict()
    assert d["micro"]["f1"] >= floor, d["mismatches"][:10]
    assert d["n_matched"] >= MATCHED_FLOOR.get(docs, 0.9) * d["n_gold"]  # no reported patient silently lost


def test_evaluate_command_lists_every_set(capsys):
    from eims_extract.cli import main

    assert main(["evaluate", "--gold-dir", str(ROOT / "gold"), "--dev", str(ROOT / "nonexistent.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "held-out fictional reports" in out and "blind fictional reports, seventh set" in out


# -- issue 12: report_facts sets score the report's own patients; a literature review's rows are counted apart -----
LIT_REVIEW_REPORT = "\n".join([
    "Inflammatory myofibroblastic tumour of the sigmoid mesentery in a young man: case report and literature review",
    "",
    "Case presentation",
    "A 29-year-old man was admitted with two months of lower abdominal discomfort. Imaging showed a solid mass in "
    "the sigmoid mesentery. The mass was excised completely. He received no further treatment and was alive "
    "without disease at 15 months.",
    "",
    "Discussion",
    "Earlier reports of this tumour at mesenteric sites are listed in Table 1.",
    "Table 1. Published mesenteric cases and the present case",
    "No. | Author, year (ref.) | Age/Sex | Site | Treatment | Recurrence | Metastasis | Follow-up (months) | Outcome",
    "1 | Lindqvist T, 2009 (5) | 52y/F | Transverse mesocolon | SE | + | − | 30 | AWD",
    "2 | Okonkwo B, 2017 (8) | 3y/M | Ileal mesentery | SE+Chx | − | − | 11 | ANED",
    "3 | Present case | 29y/M | Sigmoid mesentery | SE | − | − | 15 | ANED",
    "",
])  # fmt: skip


def _own_patient_sets(tmp_path: Path, gold_rows: list[str]) -> Path:
    import json

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "lit_review_case.txt").write_text(LIT_REVIEW_REPORT, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "own.csv").write_text(
        "doc_id,case_id,age_years,sex,follow_up_months,status\n" + "".join(r + "\n" for r in gold_rows), encoding="utf-8"
    )
    specs = [
        {"name": "own patients", "gold": "own.csv", "documents": ["docs"], "report_facts": True},
        {"name": "every row", "gold": "own.csv", "documents": ["docs"]},
    ]
    (gold_dir / "evaluations.json").write_text(json.dumps(specs), encoding="utf-8")
    return gold_dir


def test_report_facts_set_leaves_out_unaligned_literature_rows_and_counts_them(tmp_path):
    from eims_extract.evaluation.evaluate import format_evaluations, run_evaluations

    gold_dir = _own_patient_sets(tmp_path, ["lit_review_case,index,29,male,15,ANED"])
    own, every = run_evaluations(gold_dir)
    # the two published rows (Lindqvist, Okonkwo) are left out where the gold holds the report's own patient only
    assert own["published_left_out"] == 2 and own["precision"] == 1.0 and own["recall"] == 1.0
    # the same rows are spurious in a set without report_facts
    assert every["published_left_out"] == 0 and every["precision"] < 0.6
    assert own["pred_rows"] == every["pred_rows"] == 3
    assert own["stated_facts"] == every["stated_facts"]  # what the gold states, found or not, never changes
    out = format_evaluations([own, every], None)
    assert "- own patients: published-case rows left out: 2" in out
    assert "every row: published-case rows left out" not in out


def test_report_facts_set_scores_a_literature_row_its_gold_lists(tmp_path):
    from eims_extract.evaluation.evaluate import run_evaluations

    gold_dir = _own_patient_sets(
        tmp_path, ["lit_review_case,index,29,male,15,ANED", "lit_review_case,2,3,male,11,DOD"]
    )
    own, _ = run_evaluations(gold_dir)
    assert own["matched"] == 2 and own["published_left_out"] == 1  # Okonkwo aligned and scored, Lindqvist left out
    assert own["fields"]["status"] < 1.0  # the aligned published row's outcome (ANED, gold DOD) counts as wrong
