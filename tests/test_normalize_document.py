"""Normalisation keeps offsets; documents give the right date, language, line and column."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.document import LineIndex, decode, from_text
from factcheck.errors import FactcheckError
from factcheck.normalize import fold, normalize
from hypothesis import given
from hypothesis import strategies as st


def test_normalised_spans_point_at_the_original_characters():
    text = "قُتل نحو ١٫٤ مليــون\u200f شخصٍ"
    norm = normalize(text)
    assert "1.4 مليون شخص" in norm.text
    i = norm.text.index("1.4 مليون")
    start, end = norm.span(i, i + len("1.4 مليون"))
    assert text[start:end] == "١٫٤ مليــون"
    j = norm.text.index("شخص")
    start, end = norm.span(j, j + 3)
    assert text[start:end] == "شخصٍ"  # the trailing diacritic belongs to the word


def test_controls_inside_a_number_are_removed_but_not_lost():
    text = "بلغ ١\u200f٬٢٠٠ دولار"
    norm = normalize(text)
    i = norm.text.index("1,200")
    start, end = norm.span(i, i + 5)
    assert text[start:end] == "١\u200f٬٢٠٠"


def test_offset_map_is_monotonic():
    text = "a\u200bb\u064bc\u0640\u0640d\u202be"
    norm = normalize(text)
    assert norm.text == "abcde"
    mapped = [norm.to_original(i) for i in range(len(norm.text))]
    assert mapped == sorted(mapped) and [text[i] for i in mapped] == list("abcde")


def test_fold_compares_names_across_spellings():
    assert fold("إسرائيل  اليوم") == fold("اسرائيل اليوم")
    assert fold("Gaza Strip") == "gaza strip"


def test_line_and_column_with_crlf_and_bom():
    text = "\ufeffab\r\ncd\re\nf"
    lines = LineIndex(text)
    assert lines.position(1) == (1, 1)          # 'a' after the BOM
    assert lines.position(text.index("c")) == (2, 1)
    assert lines.position(text.index("d")) == (2, 2)
    assert lines.position(text.index("e")) == (3, 1)
    assert lines.position(text.index("f")) == (4, 1)


def test_front_matter_gives_date_language_and_title_and_is_not_extracted():
    text = "---\ndate: 2024-03-20\nlang: en\ntitle: Rafah\n---\nAbout 1.4 million people.\n"
    doc = from_text(text, "draft.md")
    assert (doc.date, doc.date_from, doc.lang, doc.title) == (dt.date(2024, 3, 20), "front matter", "en", "Rafah")
    assert len(doc.masked) == len(text) and "2024" not in doc.masked and doc.masked.endswith("About 1.4 million people.\n")


def test_date_from_file_name_then_today():
    assert from_text("x", "posts/2023-10-07-war.md").date == dt.date(2023, 10, 7)
    assert from_text("x", "notes.md").date_from == "today"
    assert from_text("x", "2023-10-07.md", date=dt.date(2024, 1, 1)).date == dt.date(2024, 1, 1)


def test_bad_front_matter_names_the_line():
    with pytest.raises(FactcheckError) as err:
        from_text("---\ndate: 2024-03-20\ntitle: [unclosed\n---\nbody\n", "draft.md")
    assert err.value.path == "draft.md" and err.value.line in (3, 4, 5)


def test_language_detection():
    assert from_text("قال المتحدث إن 40 شخصا قتلوا").lang == "ar"
    assert from_text("The minister said 40 people died").lang == "en"


@pytest.mark.parametrize("data,message", [
    (b"\xff\xfeh\x00i\x00", None),
    (b"abc\n\xff\xfe\xfd", "invalid UTF-8 at byte 4"),
    (b"\x00\x01\x02binary", "binary file"),
])
def test_decoding(data, message):
    if message is None:
        assert decode(data, "f.txt") == "hi"
    else:
        with pytest.raises(FactcheckError, match=message):
            decode(data, "f.txt")


@given(st.text(alphabet="ab عامًـ\u200f\u064b\u0651١", max_size=40))
def test_to_normalized_inverts_to_original(text):
    """Every original offset maps to the first normalised character at or after it."""
    norm = normalize(text)
    for o in range(len(text) + 1):
        i = norm.to_normalized(o)
        assert (i == len(norm.text) or norm.to_original(i) >= o) and (i == 0 or norm.to_original(i - 1) < o)


def test_a_label_that_opens_a_line_ends_no_sentence():
    text = "وفيما يلي إغلاق المؤشرات:\nمصر.. نزل المؤشر 1.3 % إلى 8011 نقطة.\nوقال المحلل.. إن السوق تراجعت.\n"
    ends = normalize(text).sentence_ends
    line = text.index("مصر")
    assert text.index("..") + 2 not in ends             # "مصر.." is the label of its line
    assert any(e > line for e in ends)
    # dots after a longer clause, or at a line's end, still end a sentence
    assert text.index("..", line + 5) + 2 not in ends   # two words: still a label
    text = "قال وزير المالية في الحكومة.. إن العجز سيتراجع\nالكويت..\nارتفع المؤشر"
    ends = normalize(text).sentence_ends
    assert text.index("..") + 2 in ends
    assert text.index("..", text.index("الكويت")) + 2 in ends


def test_a_semicolon_between_brackets_ends_no_sentence():
    text = "Net income fell to 537m euros ($701m; £371m) during 2004; sales rose (by 8%) to 10bn euros."
    ends = normalize(text).sentence_ends
    assert text.index("; £") + 1 not in ends                # a list of conversions in brackets
    assert text.index("; sales") + 1 in ends                # a semicolon outside them still ends a clause
    text = "ارتفع الدخل إلى 537 مليون يورو (701 مليون دولار؛ 371 مليون جنيه) خلال 2004."
    assert text.index("؛") + 1 not in normalize(text).sentence_ends
