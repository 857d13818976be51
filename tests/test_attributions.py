"""Attributions: cues, sources, source types, resolution and the links to figures."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

from factcheck import attributions
from factcheck.attributions import extract_attributions
from factcheck.document import from_text
from factcheck.model import Figure
from factcheck.normalize import normalize


def figure(text: str, span: str, kind: str = "count", occurrence: int = 0) -> Figure:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(span, start + 1)
    return Figure(span, start, start + len(span), kind, 0)


def run(text: str, lang: str, spans: tuple[str, ...] = ()):
    doc = from_text(text, lang=lang)
    figures = [figure(text, s) for s in spans]
    return extract_attributions(doc, normalize(doc.masked), figures)[0], figures


def by_cue(atts, cue: str, nth: int = 0):
    found = [a for a in atts if a.cue.text == cue]
    assert len(found) > nth, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    return found[nth]


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed(seed_text):
    spans = ("1.4 مليون", "عشرات آلاف", "2.3 مليون", "17 عاماً")
    atts, figures = run(seed_text, "ar", spans)
    return seed_text, atts, dict(zip(spans, figures))


def test_seed_named_sources_and_types(seed):
    _, atts, _ = seed
    expected = [("وقالت", "وزارة الدفاع الإسرائيلية", "official"),
                ("أعلن", "مكتب رئيس الوزراء الإسرائيلي", "official"),
                ("قالت", "هيئة البث الإسرائيلية", "media"),
                ("ذكرت", 'صحيفة "إسرائيل اليوم"', "media"),
                ("أعلنت", "الخارجية الأمريكية", "official"),
                ("وفق", "بيانات فلسطينية وأممية", "vague")]   # data with no named issuer
    for cue, source, source_type in expected:
        a = by_cue(atts, cue)
        assert (a.source.text, a.source_type) == (source, source_type)


def test_seed_statement_resolves_to_its_latest_issuer(seed):
    _, atts, _ = seed
    statements = [a for a in atts if a.source and a.source.text == "البيان"]
    assert [a.cue.text for a in statements] == ["وبحسب", "بحسب", "بحسب"]
    assert all(a.source_type == "document" for a in statements)
    assert [a.resolved for a in statements] == ["وزارة الدفاع الإسرائيلية", "وزارة الدفاع الإسرائيلية",
                                                 "مكتب رئيس الوزراء الإسرائيلي"]


def test_seed_loaded_cue_and_participle(seed):
    _, atts, _ = seed
    assert by_cue(atts, "بزعم").loaded
    added = by_cue(atts, "مضيفة")
    assert (added.source, added.source_type, added.resolved) == (None, "implied", "هيئة البث الإسرائيلية")


def test_seed_figure_links(seed):
    _, atts, figures = seed
    tens = figures["عشرات آلاف"]
    assert tens.attribution is not None and atts[tens.attribution].cue.text == "وفق"
    assert atts[tens.attribution].figures == [list(figures).index("عشرات آلاف")]
    # before "بزعم" (which covers only what follows it), and in sentences with no cue
    for span in ("1.4 مليون", "2.3 مليون", "17 عاماً"):
        assert figures[span].attribution is None, span


def test_a_cue_ending_a_relative_clause_covers_that_clause():
    text = ("وستكون هذه سادس جولة يجريها الوزير منذ بدء الحرب التي خلفت عشرات آلاف الضحايا، "
            "وفق بيانات فلسطينية.")
    atts, (sixth, tens) = run(text, "ar", ("سادس", "عشرات آلاف"))
    assert sixth.attribution is None and atts[tens.attribution].cue.text == "وفق"
    text = "It was the third visit since the war, which killed 30,000 people, according to UN figures."
    atts, (third, killed) = run(text, "en", ("third", "30,000"))
    assert third.attribution is None and atts[killed.attribution].cue.text == "according to"
    # with no relative clause between, the cue after the figures covers them all
    atts, (third, killed) = run("The war killed 30,000 people in its third year, according to UN figures.",
                                "en", ("30,000", "third"))
    assert third.attribution == killed.attribution == 0


def test_spans_point_into_the_original_text(seed):
    text, atts, _ = seed
    for a in atts:
        assert text[a.cue.start:a.cue.end] == a.cue.text
        if a.source:
            assert text[a.source.start:a.source.end] == a.source.text


# ---------------------------------------------------------------- Arabic

def test_arabic_verb_then_source_and_implied_subject():
    text = "وقال المتحدث باسم الجيش الإسرائيلي إن 3 جنود أصيبوا. وأضاف أن 12 مسلحا قتلوا."
    atts, (three, twelve) = run(text, "ar", ("3", "12"))
    said, added = by_cue(atts, "وقال"), by_cue(atts, "وأضاف")
    assert (said.source.text, said.source_type) == ("المتحدث باسم الجيش الإسرائيلي", "official")
    assert (added.source, added.source_type, added.resolved) == (None, "implied", "المتحدث باسم الجيش الإسرائيلي")
    assert atts[three.attribution] is said and atts[twelve.attribution] is added


def test_arabic_subject_before_the_verb_after_but_or_that():
    """SVO: "لكن X قال"، "إلا أن المجلس الوطني لحقوق الإنسان كشف" (up to six words after أن)."""
    atts, _ = run("لكن اللجنة الوطنية للانتخابات قالت إن 40 مركزا أغلق.", "ar")
    assert by_cue(atts, "قالت").source.text == "اللجنة الوطنية للانتخابات"
    atts, _ = run("إلا أن المجلس الوطني لحقوق الإنسان بالمغرب كشف عام 2014 أن 174 ألفا يعملون.", "ar")
    assert by_cue(atts, "كشف").source.text == "المجلس الوطني لحقوق الإنسان بالمغرب"
    # a verb with its subject after it, and a coordinated verb, are read as before
    atts, _ = run("بينما قال عامل إسعاف إن 3 قتلوا.", "ar")
    assert by_cue(atts, "قال").source.text == "عامل إسعاف"
    atts, _ = run("وقال الوزير إن الحكومة اتخذت قرارات مهمة في جلسة أمس وأكد أن 3 وزراء استقالوا.", "ar")
    assert by_cue(atts, "وأكد").source is None


def test_arabic_role_noun_takes_the_type_of_its_institution():
    atts, _ = run("وقال متحدث باسم الشركة لرويترز إن الإنتاج تراجع.", "ar")
    assert by_cue(atts, "وقال").source_type == "organization"


def test_arabic_subject_before_an_imperfect_verb():
    atts, _ = run("لكن مراقبين يؤكدون أن التسامح تراجع.", "ar")
    a = by_cue(atts, "يؤكدون")
    assert (a.source.text, a.source_type) == ("مراقبين", "vague")


def test_arabic_compound_cue_counts_once():
    atts, _ = run("قتل 5 أشخاص، وفقاً لما ذكرته الشرطة.", "ar")
    assert [a.cue.text for a in atts] == ["وفقاً"]
    assert (atts[0].source.text, atts[0].source_type) == ("الشرطة", "official")


def test_arabic_according_to_before_the_content():
    text = "ووفقا للمكتب الاتحادي للإحصاء فقد ازداد عدد العاملين بنسبة 14 في المائة."
    atts, (share,) = run(text, "ar", ("14 في المائة",))
    assert atts[share.attribution].cue.text == "ووفقا"


@pytest.mark.parametrize("text", [
    "لم يؤكد الجيش مقتل 3 جنود.",
    "ويذكر أن الحرب بدأت قبل 17 عاما.",
    "وزعت المساعدات وفقا للقانون المعمول به.",
    "دعت الوزارة إلى التهدئة.",
])
def test_arabic_not_attributions(text):
    atts, _ = run(text, "ar")
    assert atts == []


def test_arabic_anonymous_and_impersonal():
    atts, _ = run("وقال مصدر مطلع إن 4 أشخاص اعتقلوا. ومن المتوقع أن يرتفع العدد.", "ar")
    assert by_cue(atts, "وقال").source_type == "anonymous"
    expected = by_cue(atts, "ومن المتوقع")
    assert (expected.source, expected.source_type) == (None, "vague")


# ---------------------------------------------------------------- English

def test_english_source_before_and_inverted():
    text = ('The ministry said 40 people died. "It is a tragedy," said Rick Mueller, an analyst '
            'at Energy Security Analysis. "We counted 12 more," he added.')
    atts, (forty, twelve) = run(text, "en", ("40", "12"))
    said = by_cue(atts, "said")
    assert (said.source.text, said.source_type) == ("The ministry", "official")
    inverted = by_cue(atts, "said", 1)
    assert (inverted.source.text, inverted.source_type) == ("Rick Mueller", "person")
    added = by_cue(atts, "added")
    assert (added.source, added.source_type, added.resolved) == (None, "implied", "Rick Mueller")
    assert atts[forty.attribution] is said and atts[twelve.attribution] is added


def test_english_name_joined_by_of_or_for_before_the_verb():
    atts, _ = run("Secretary of State John Kerry said 40 died.", "en")
    assert atts[0].source.text == "Secretary of State John Kerry"
    atts, _ = run("Lydia Smith for Food Standards Australia, says 12 died.", "en")
    assert atts[0].source.text.startswith("Lydia Smith")
    atts, _ = run("A spokesman for the ministry said 3 died.", "en")       # a head noun and its complement
    assert (atts[0].source.text, atts[0].source_type) == ("A spokesman for the ministry", "official")
    atts, _ = run("But Mr Hirsch from Retail Banking Research said 3 died.", "en")
    assert (atts[0].source.text, atts[0].source_type) == ("Mr Hirsch from Retail Banking Research", "person")
    atts, _ = run("In his New Year message the Liberal Democrat leader said 3 died.", "en")   # "the" begins it
    assert atts[0].source.text == "the Liberal Democrat leader"


def test_a_person_a_sentence_begins_with_after_a_phrase_or_by_a_role_is_the_he_after():
    text = ("Both had hits in 2004. In an interview with Hot 97 on Saturday, The Game described 3 rivals as "
            '"my friends" and said he would not turn on them.')
    assert resolved(text, "en", "said") == "The Game"
    text = ('Sales rose 3%. For Jupiter analyst Olivier Beauvillain, the decision was an error. "They made a '
            'mistake," he said. But for Allen Weiner, a research director at Gartner, search is not all. '
            '"Search is valuable," he said.')
    assert resolved(text, "en", "said") == "Olivier Beauvillain"
    assert resolved(text, "en", "said", 1) == "Allen Weiner"
    text = ("The priority for Finance Minister Palaniappan Chidambaram is to fight poverty. But his options are "
            "limited by a law on the deficit, which he said would be 4.5% of GDP.")
    assert resolved(text, "en", "said") == "Palaniappan Chidambaram"       # named in passing, nobody else


def test_an_office_is_the_person_named_last_by_a_full_name_and_no_other_office():
    def office(text: str) -> str | None:
        return run(text, "en")[0][-1].resolved
    assert office('Tony Blair says 3 issues matter. The prime minister said he was "up for it".') == "Tony Blair"
    assert office("Labour's health secretary, John Reid, says 3 issues matter. The prime minister said 4.") is None
    assert office("Hotels in Wembley, London, say 3 rooms were let. The home secretary said 4 were.") is None
    atts, _ = run("Mr Mubanga, from Wembley, said 3 things.", "en")
    assert atts[0].resolved is None                     # "from Wembley" is no name in apposition


def test_a_possessor_is_not_the_person_named_after_it():
    atts, _ = run("Jones' lawyer Richard Nicholls said 3 things. Jones has denied ever taking drugs.", "en")
    assert by_cue(atts, "denied").resolved is None         # Jones is not the lawyer
    atts, _ = run("Labour's campaign spokesman Fraser Kemp said 3 things. But Labour spokesman Mr Kemp said 4.", "en")
    assert by_cue(atts, "said", 1).resolved == "Fraser Kemp"


def test_a_person_with_a_complement_is_the_person_named_before():
    text = ("Dominic Hirsch, of Retail Banking Research, said 3 banks were hit. But Mr Hirsch from Retail Banking "
            "Research said the number was low. Currently, he said, 10% were upgraded.")
    assert resolved(text, "en", "said", 2) == "Dominic Hirsch"
    text = ('Speaking amid a flurry of campaigning, the prime minister said: "I am an issue." He added: "Yes."')
    assert resolved(text, "en", "added") == "the prime minister"      # not the clause before the comma


def test_english_according_to_after_the_content():
    text = "A crane fell, killing 107 people, according to Saudi Arabia's Civil Defense Authority."
    atts, (killed,) = run(text, "en", ("107",))
    a = atts[killed.attribution]
    assert (a.cue.text, a.source.text, a.source_type) == (
        "according to", "Saudi Arabia's Civil Defense Authority", "official")


def test_english_quoted_paragraph_links_to_its_speaker():
    text = '"Visits were up 10%. Sales rose by 4%," Mr Smith said.\n\nThe museum opened in 1824.'
    atts, (ten, four, year) = run(text, "en", ("10%", "4%", "1824"))
    assert ten.attribution == four.attribution == 0 and atts[0].source.text == "Mr Smith"
    assert year.attribution is None


def test_english_loaded_and_statement_resolution():
    text = ("The ministry said in a statement that 12 people died. The statement added that 30 were hurt. "
            "Federer admitted he was tired.")
    atts, _ = run(text, "en")
    added = by_cue(atts, "added")
    assert (added.source.text, added.source_type, added.resolved) == ("The statement", "document", "The ministry")
    assert by_cue(atts, "admitted").loaded


@pytest.mark.parametrize("text", [
    "He refused to say how many people died.",
    "The United States sent 30 planes.",
    "Media reports of the attack spread.",
    "Aid was distributed according to plan.",
])
def test_english_not_attributions(text):
    atts, _ = run(text, "en")
    assert atts == []


def test_arabic_verbs_whose_content_is_their_object():
    """accusing, denying, holding responsible: the subject ends where the object begins (a
    definite noun after a definite noun that is no adjective, or a word with بـ)."""
    atts, _ = run("ونفت الوزارة الأنباء عن إغلاق 3 معابر. وحمّل الجيش الإسرائيلي الحركة المسؤولية.", "ar")
    assert [(a.cue.text, a.source.text) for a in atts] == [("ونفت", "الوزارة"), ("وحمّل", "الجيش الإسرائيلي")]
    atts, _ = run("وتوعدت الحركة بالرد. واتهموا بملاحقة الصحفيين.", "ar")
    assert [(a.cue.text, a.source and a.source.text) for a in atts] == [("وتوعدت", "الحركة"), ("واتهموا", None)]
    # a verb of saying with an أن clause keeps its whole subject
    atts, _ = run("وقال المتحدث باسم الجيش الإسرائيلي إن 3 جنود أصيبوا.", "ar")
    assert atts[0].source.text == "المتحدث باسم الجيش الإسرائيلي"
    # not a denial: the noun, with no clitic; nor a negated verb
    assert run("ورغم نفي الوزارة الخبر، أغلقت 3 معابر.", "ar")[0] == []
    assert run("ولم يؤكد أو ينفي الصندوق الخبر.", "ar")[0] == []


# ---------------------------------------------------------------- implied speakers

def resolved(text: str, lang: str, cue: str, nth: int = 0) -> str | None:
    a = by_cue(run(text, lang)[0], cue, nth)
    assert a.source is None and a.source_type == "implied"
    return a.resolved


def test_arabic_implied_verb_goes_to_the_nearest_speaker_of_its_gender():
    text = ("وقالت الوزيرة سلمى خالد إن 5 مدارس أغلقت. وقال المدير سامي نور إن العدد تضاعف. "
            "وأضافت أن 3 مدارس فتحت. وأضاف أن 4 مدارس تنتظر.")
    assert resolved(text, "ar", "وأضافت") == "سلمى خالد"
    assert resolved(text, "ar", "وأضاف") == "سامي نور"      # the nearest, not the feminine one


def test_arabic_implied_subject_of_a_sentence_led_by_a_phrase_or_a_verb_in_hamza_alif_lam():
    text = ("وقال مسؤولون أمنيون إن الوضع هادئ. من ناحية أخرى، دعا زعيم المعارضة إلى الهدوء، "
            "موضحا أن العنف مرفوض. وألقى السفير كلمته، قائلا إن العلاقات قوية.")
    assert resolved(text, "ar", "موضحا") == "زعيم المعارضة"      # not the officials before
    assert resolved(text, "ar", "قائلا") == "السفير"              # "وألقى" is a verb, not "the ..."
    # a conjunction at the sentence's start is no verb: its words are not the speaker
    text = "وقال الناطق محمد إن الخطة جاهزة. وعندما ألح عليه الوزير، قال إن الخطة جاهزة."
    assert resolved(text, "ar", "قال") == "الناطق محمد"
    # a name with an age after it, the subject of a sentence before, is the one who goes on speaking
    text = ("وفي المركز يقضي المهاجرون أيامهم راقدين. يعيش سيمون نجوى (27 عاما)، وهو طالب، في المركز منذ 3 أسابيع. "
            "وقال إنه غادر بلاده.")
    assert resolved(text, "ar", "وقال") == "سيمون نجوى"
    # an idiom's object is no subject ("لفت النظر إلى": drew attention to)
    text = "وقال رئيس البلدية إن المعرض مهم. ولفت النظر إلى أن 3 معارض ستقام."
    assert resolved(text, "ar", "ولفت") == "رئيس البلدية"
    # nor "as for" ("وفيما يتعلق بـ"): what it names is a topic, not a speaker
    text = "وقال المدرب سامي نور إن الفريق جاهز. وفيما يتعلق باللاعب الجديد قال إنه سيشارك في 3 مباريات."
    assert resolved(text, "ar", "قال") == "سامي نور"


def test_arabic_a_medium_cited_after_according_to_is_not_the_next_masculine_speaker():
    text = ("وأضاف المصدر العسكري - حسب وكالة الصحافة الفرنسية - أن القتلى ثلاثة. "
            "وختم قائلا: «إن العمليات صعبة».")
    assert resolved(text, "ar", "قائلا") == "المصدر العسكري"
    assert resolved(text, "ar", "وختم") == "المصدر العسكري"


def test_arabic_a_title_named_with_no_name_is_its_holder():
    # the name after the title in its clause, which a later source uses
    text = ("وقال نائب قائد العمليات الخاصة التابعة للجهاز العميد عبد الأمير الخزرجي إن القوات تقدمت، "
            "مشيرا إلى أن العلم رفع. وأضاف الخزرجي أن الاشتباكات انتهت.")
    assert resolved(text, "ar", "مشيرا") == "الخزرجي"
    # the name after the last mention of the title before
    text = ("وقع الرئيس عبد الفتاح السيسي على الوثيقة. وقال الرئيس المصري إن مصر دولة عظيمة، "
            "مشيرا إلى أن القناة جاهزة. وأضاف أن العمل مستمر. وتابع السيسي أن العمل مستمر.")
    assert resolved(text, "ar", "مشيرا") == resolved(text, "ar", "وأضاف") == "عبد الفتاح السيسي"
    # a title qualified by its adjective: the name that ended a longer title before
    text = ("التقى وزير الخارجية الأميركي جون كيري، أمس، نظيره الروسي. "
            "وقال الوزير الأميركي إن المحادثات مثمرة. وأضاف أن 30 دولة ستشارك.")
    assert resolved(text, "ar", "وأضاف") == "جون كيري"
    # ... but not a name the clause goes on past, nor a bare title of many holders
    text = ("وكان الوزير الأميركي تلقى دعوة رسمية. وقال الوزير الأميركي إن المحادثات مثمرة. "
            "وأضاف أن 30 دولة ستشارك.")
    assert resolved(text, "ar", "وأضاف") == "الوزير الأميركي"
    text = ("قرأت رواية للكاتب عبد الله السعيدي، وهي جميلة. أما الكاتب فذكر أنه يقرأ كتابا. "
            "وأضاف أن الكتاب جيد.")
    assert resolved(text, "ar", "وأضاف") == "الكاتب"
    # its own title words, then a name: that name, or no one else's when it is unread ("أمين" is
    # also a head noun)
    text = ("وقال السفير بدر عبد العاطي إن مصر تدين الهجوم. ويعلق السفير الدكتور السيد {} شلبي "
            "على الموقف قائلا: «أرى هذا البيان مهما».")
    assert resolved(text.format("حسن"), "ar", "قائلا") == "حسن شلبي"
    assert resolved(text.format("أمين"), "ar", "قائلا") == "السفير الدكتور السيد أمين شلبي"
    # an object read as a source ("وأكدت أهمية الحرص") is no name
    text = "وأكدت أهمية الحرص على النظافة. وقالت الهيئة العامة للغذاء إن الطهي آمن، مشيرة إلى أن الحرارة 75 درجة."
    assert resolved(text, "ar", "مشيرة") == "الهيئة العامة للغذاء"


def test_english_a_person_named_with_a_role_in_apposition_is_the_he_after():
    text = ('"It is a computer," said Mr Fogg. One dissenting opinion came from Brian Gammage, '
            'vice-president of research at analysts Gartner. He said: "It changes nothing." '
            "Also, he said, it appealed to few.")
    assert resolved(text, "en", "said", 1) == resolved(text, "en", "said", 2) == "Brian Gammage"
    # the subject of a verb after a lead is no appositive: "the prime minister" is not Ms Rice
    text = ("Mr Blair spoke on Friday. Echoing Secretary of State Condoleezza Rice, the prime minister said "
            "the policy had evolved. He added that 5 countries agreed.")
    assert resolved(text, "en", "added") != "Condoleezza Rice"


def test_arabic_a_head_noun_alone_is_the_body_named_before_with_it():
    text = ("أعلنت وزارة النقل الأردنية أن 40 حافلة وصلت. وقال المتحدث سامي نور إن الطرق مغلقة. "
            "وأضافت الوزارة أن 12 حافلة أخرى في الطريق. وأوضحت أن الأسعار ثابتة.")
    assert resolved(text, "ar", "وأوضحت") == "وزارة النقل الأردنية"
    # with nobody named before it, "the ministry" is all a reader has
    assert resolved("وأضافت الوزارة أن 12 حافلة في الطريق. وأوضحت أن الأسعار ثابتة.", "ar",
                    "وأوضحت") == "الوزارة"


def test_participle_goes_to_the_subject_of_its_sentence():
    text = "وقال الوزير سامي نور إن الطرق مغلقة. وشكرت البلدية السائقين، قائلة إن الحافلات عادت."
    assert resolved(text, "ar", "قائلة") == "البلدية"     # not the minister named before, nor its object
    text = "The ministry said 40 died. Ministers do not support a lower limit, saying it would not work."
    assert resolved(text, "en", "saying") == "Ministers"
    # a pronoun's verb after a quotation: the sentence's first words are what was said
    assert resolved("The ministry said 40 died. Key workers will stay, he added.", "en", "added") == "The ministry"


def test_a_sentence_subject_ends_before_its_object():
    # a possessed noun after a definite noun, or a verbal noun with بـ, is the first verb's object
    text = "واستهل الرئيس المصري كلمته بعدة رسائل إلى الشعب، قائلا إن مصر دولة عظيمة."
    assert resolved(text, "ar", "قائلا") == "الرئيس المصري"
    text = "وتعهد رئيس الوزراء بنيامين نتنياهو بمواصلة الضغط، مشيرا إلى أن الاتفاق سيئ."
    assert resolved(text, "ar", "مشيرا") == "بنيامين نتنياهو"     # a name in ب is no object
    # "علي" with ي before a name is a given name, not "على"
    text = "وقال رئيس المجلس علي داود إن القوات دخلت المنطقة. وأضاف أن المعارك انتهت."
    assert resolved(text, "ar", "وأضاف") == "علي داود"


def test_relayed_words_belong_to_the_one_quoted():
    text = "ونقل الموقع عن المدرب سامي العلي قوله إن الفريق جاهز. وأضاف أن اللاعبين بخير."
    assert resolved(text, "ar", "وأضاف") == "المدرب سامي العلي"
    assert resolved("وذكر الموقع أن الفريق جاهز. وأضاف أن اللاعبين بخير.", "ar", "وأضاف") == "الموقع"
    # an interview "حديثا لـ" the speaker "قال فيه": its giver; an "عن" of the words relayed is no one quoted
    text = ("ونقلت صحيفة «سبورت» حديثا لمدرب الفريق سامي العلي قال فيه إن الاستغناء عن اللاعب يأتي لكبر سنه، "
            "ووصفه بالمميز، مشيرا إلى أنه لعب 3 مواسم.")
    assert resolved(text, "ar", "قال") == "مدرب الفريق سامي العلي"
    assert resolved(text, "ar", "مشيرا") == "مدرب الفريق سامي العلي"


def test_a_title_with_a_name_in_apposition_is_named_by_the_name():
    text = "قال رئيس مجلس الإدارة، خالد سعيد، إن الأرباح ارتفعت. وأضاف أن الشركة توسعت."
    assert resolved(text, "ar", "وأضاف") == "خالد سعيد"
    text = "قال رئيس مجلس الإدارة، أمس، إن الأرباح ارتفعت. وأضاف أن الشركة توسعت."
    assert resolved(text, "ar", "وأضاف") == "رئيس مجلس الإدارة"
    # a title, "لـ" and a quoted name, then the holder's name (a compound given name: "عبد الله")
    text = "وأشار الأمين العام لـ«أوبك» عبد الله البدري، أمس، إلى أن الدول لن تخفض الإنتاج، قائلا إن 3 دول تنتج."
    assert resolved(text, "ar", "قائلا") == "عبد الله البدري"
    # a title, the body it serves (no one's title) and the holder's name after a comma
    for text, cue, name in (
            ("وقال المدعي العام في مكتب الادعاء الاتحادي، مارك هيل: «نحقق في الأسباب». وتابع أن 4 فرق تعمل.", "وتابع",
             "مارك هيل"),
            ("وقال المتحدث في وزارة النقل، فهد المالكي، إن 12 رحلة ألغيت. وأضاف أن المطار يعمل.", "وأضاف", "فهد المالكي")):
        assert run(text, "ar")[0][0].source.text.endswith(name)
        assert resolved(text, "ar", cue) == name


def test_arabic_a_surname_is_the_full_name_a_title_wrote_before():
    text = ("رحب البيت الأبيض بقرار السيناتور الجمهوري داني ميرلو دعم الخطة. وقال ميرلو في بيانه إن 3 بنود تكفي. "
            "وأضاف أن التصويت قريب. وأوضح السيناتور ميرلو أن الخطة ستمر.")
    assert resolved(text, "ar", "وأضاف") == "داني ميرلو"
    assert by_cue(run(text, "ar")[0], "وقال").source_type == "official"      # a senator: an office's holder
    # a word before the surname that is no given name after a title: the surname as written
    text = "وفي المؤتمر الصحفي التقى ميرلو بالصحفيين. وقال ميرلو إن 3 بنود تكفي. وأضاف أن التصويت قريب."
    assert resolved(text, "ar", "وأضاف") == "ميرلو"


def test_an_anonymous_source_is_who_goes_on_speaking():
    assert resolved("وقال مصدر أمني إن 12 مسلحا قتلوا. وأضاف أن القوات تتقدم.", "ar", "وأضاف") == "مصدر أمني"
    assert resolved("A security source said 12 gunmen died. He added that troops were advancing.", "en",
                    "added") == "A security source"


def test_arabic_subject_of_a_verb_with_an_object_is_the_speaker_named_before():
    text = ("وقال المدرب سامي العلي إن الفريق جاهز. ورفض العلي فكرة الانسحاب من البطولة، "
            "قائلا إن اللاعبين بخير.")
    assert resolved(text, "ar", "قائلا") == "المدرب سامي العلي"      # not "العلي فكرة الانسحاب ..."
    text = "سعى رئيس الوزراء، خالد سعيد، لتهدئة المخاوف، قائلا إن الوضع مستقر."
    assert resolved(text, "ar", "قائلا") == "خالد سعيد"              # the name in apposition


def test_arabic_a_title_and_a_surname_are_the_person_named_before():
    text = "قالت منى حداد إن الأسعار ارتفعت. وأكدت السيدة حداد أن الطلب تراجع. وأضافت أن المخزون كاف."
    assert resolved(text, "ar", "وأضافت") == "منى حداد"


def test_english_one_person_under_several_mentions():
    text = ("Adam Smith, director of the museum, said visits rose. Mr Smith said sales fell. "
            "He added that 40 staff left.")
    assert resolved(text, "en", "added") == "Adam Smith"
    text = "Adam Smith said visits rose. John Smithers said sales fell. He added that 40 staff left."
    assert resolved(text, "en", "added") == "John Smithers"


def test_english_he_may_be_the_subject_of_a_sentence_before_who_said_nothing():
    text = "Ms Jones said prices rose. Mr Brown is the new chief of the firm. He told staff that 40 jobs would go."
    assert resolved(text, "en", "told") == "Mr Brown"
    text = "Ms Jones said prices rose. The firm hired Mr Brown. She told staff that 40 jobs would go."
    assert resolved(text, "en", "told") == "Ms Jones"       # an object is no subject; and he is no she


def test_english_a_given_name_tells_a_person_whose_title_names_a_magazine():
    text = 'Police said nothing. John Wilson, editor-in-chief of hip-hop magazine XXL, said sales rose. "It helps," he said.'
    assert resolved(text, "en", "said", 2) == "John Wilson"


def test_english_a_verb_the_subject_did_before_saying_ends_the_subject():
    text = ("Finance minister John Brown said talks went well. EU ministers called for lower "
            "tariffs and said growth would follow.")
    assert resolved(text, "en", "said", 1) == "EU ministers"


def test_english_a_title_names_the_person_named_with_it_in_passing():
    text = ("The priority for Finance Minister Anil Sharma is growth. The finance minister said the deficit "
            "would fall. He added that taxes would rise.")
    atts = run(text, "en")[0]
    assert by_cue(atts, "said").resolved == "Anil Sharma"      # the name a reader gives "the finance minister"
    assert resolved(text, "en", "added") == "Anil Sharma"
    # named again by a surname, the holder of an office is an official; of another title, a person
    for title, kind in (("Finance Minister", "official"), ("Novelist", "person")):
        text = f"The priority for {title} Anil Sharma is growth. Mr Sharma said 3 taxes would go."
        assert by_cue(run(text, "en")[0], "said").source_type == kind


@pytest.mark.parametrize("text,cue,source", [
    # a topic phrase with an aside before the verb is no subject: the name after the verb is
    ("وبخصوص هذا القرار، الذي انتظره التجار طويلا، قال رئيس الغرفة التجارية سالم العلي إن 30 متجرا أغلقت.",
     "قال", "رئيس الغرفة التجارية سالم العلي"),
    # nor is the subject of a "whether" clause before it
    ("ولدى سؤاله عما إذا كان الوزير سيحضر الاجتماع قال المتحدث باسم الوزارة أحمد سعيد إن 3 وفود وصلت.",
     "قال", "المتحدث باسم الوزارة أحمد سعيد"),
])
def test_arabic_what_stands_before_the_verb_and_is_no_subject(text, cue, source):
    assert by_cue(run(text, "ar")[0], cue).source.text == source


def test_arabic_the_subject_of_the_first_verb_after_a_lead_and_before_a_verbal_noun():
    # "لكن مع ذلك،" leads the sentence; "بتغيير" (by changing) begins the verb's object, not its subject
    text = ("وحذرت الهند من أن الاتفاق سيضر بالجهود. لكن مع ذلك، قامت الصين بتغيير موقفها، وتقدمت بطلب "
            "للانضمام إلى المفاوضات، قائلة إنها تقر بهدف المفاوضات.")
    assert resolved(text, "ar", "قائلة") == "الصين"
    assert by_cue(run("وتعهد الرئيس الجديد بتحرير الأسواق خلال 3 أشهر.", "ar")[0], "وتعهد").source.text == "الرئيس الجديد"


def test_arabic_a_verbal_noun_after_the_subject_begins_what_is_said():
    text = "وأكد الوزير المصري تطابق رؤية الجانبين بشأن العلاقات، مشيرا إلى أن 3 اتفاقات وقعت."
    atts = run(text, "ar")[0]
    assert by_cue(atts, "وأكد").source.text == "الوزير المصري"
    assert by_cue(atts, "مشيرا").resolved == "الوزير المصري"
    # a given name of that shape is the name's
    text = "وأوضح المتحدث الرسمي للوزارة تيسير المفرج أن 3 مكاتب أغلقت."
    assert by_cue(run(text, "ar")[0], "وأوضح").source.text == "المتحدث الرسمي للوزارة تيسير المفرج"


def test_arabic_the_subject_of_the_first_verb_after_a_time_lead():
    text = ("لكن الحكومة أكدت أن الجيش سيستمر في القتال. ومباشرة بعد ذلك سخرت الحركة من الحكومة وهددتها بهجمات "
            "أخرى خلال 3 أيام.")
    assert resolved(text, "ar", "وهددتها") == "الحركة"
    text = "وزار الوفد المعرض صباحا. بعدها ألقى رئيس البلدية كلمة عبر فيها عن سعادته، مؤكدا أن 3 معارض ستقام."
    assert resolved(text, "ar", "مؤكدا") == "رئيس البلدية"      # "بعدها" is no verb, "ألقى" no name's word
    # "من جهة ثانية" (on another note) leads the sentence; its verb's subject answers after a passive
    text = ("وقال المدير سامي نور إن الاتفاق سيئ. من جهة ثانية وجه وزير الدفاع، خالد سعيد، تهديدا مبطنا. "
            "ففي مقابلة مع مجلة ألمانية، سئل عن الخيار العسكري، فأجاب: «علينا أن نفحص 3 خيارات».")
    assert resolved(text, "ar", "فأجاب") == "خالد سعيد"


def test_english_a_title_a_sentence_begins_with_names_the_person_later():
    # "Tory co-chairman Liam Fox" says nothing, yet "the Tory co-chairman" and "the analyst" are
    # the people named so, not the last person named
    text = ("Tory co-chairman Liam Fox spoke first. Tony Blair said 3 things. The Tory co-chairman attacked "
            "the pledges and said Labour was worried.")
    assert resolved(text, "en", "said", 1) == "Liam Fox"
    text = "Jupiter analyst Olivier Beauvillain spoke first. Tony Blair said 3 things. The analyst said sales fell."
    assert by_cue(run(text, "en")[0], "said", 1).resolved == "Olivier Beauvillain"
    # a body's word in a person's title names no person: "the ministry" is not the spokesman
    text = ("Ministry spokesman John Smith spoke first. Tony Blair said 3 things. The ministry said 40 died.")
    assert by_cue(run(text, "en")[0], "said", 1).resolved != "John Smith"


def test_english_a_title_and_a_surname_are_the_person_named_before_in_full():
    text = ("Marcel Desailly insists there is no chance of defeat. Former Chelsea captain Desailly said the "
            "side had 3 strong players. \"We will win,\" he said.")
    atts = run(text, "en")[0]
    assert by_cue(atts, "said").resolved == "Marcel Desailly"
    assert by_cue(atts, "said", 1).resolved == "Marcel Desailly"
    # a given name after a title is no surname ("coach Mike", its surname lost)
    text = "Mike Ruddock said 3 players were hurt. England sevens coach Mike said the side would travel."
    assert by_cue(run(text, "en")[0], "said", 1).resolved != "Mike Ruddock"


def test_english_a_persons_surname_alone_is_no_body_a_description_names():
    # "Read" is Mike Read's surname, not a firm called Read that "the charity" would name
    text = ("Radio DJ Mike Read wrote the song. Read said all the funds would go to the relief fund. The "
            "charity welcomed the news and said money raised would help 3 agencies.")
    assert resolved(text, "en", "said", 1) == "The charity"
    text = "Ryanair said fares would fall 5%. The airline welcomed the news and said it would add 3 routes."
    assert resolved(text, "en", "said", 1) == "Ryanair"


def test_english_a_description_before_its_verb_is_read_whole():
    text = ("A British Muslim group has criticised the new series of the drama, claiming it portrays Islam "
            "unfairly.")
    assert resolved(text, "en", "claiming") == "A British Muslim group"


def test_english_it_is_the_organisation_named_before():
    text = "IBM said it had 500 patents. The company said it would share them. It added that 40 firms joined."
    assert resolved(text, "en", "added") == "IBM"
    text = "Jane Roe said visits rose. The company said it would share them. It added that 40 firms joined."
    assert resolved(text, "en", "added") == "The company"
    text = "The UN said 40 died. It added that 12 were hurt."        # a head noun too short for a name
    assert resolved(text, "en", "added") == "The UN"


def test_english_relative_pronoun_before_the_cue():
    text = ("The ministry said fines would rise. They were criticised by campaigners, including "
            "MP Jane Roe, who says they are unfair.")
    assert resolved(text, "en", "says") == "Jane Roe"     # the name, without its title
    # "she" is no company
    assert resolved("The company said fines would rise. She says they are unfair.", "en", "says") is None


def test_a_documents_issuer_is_resolved_from_its_name():
    atts, _ = run("Senator Jane Roe said the bill failed. Roe's statement said 40 senators voted.", "en")
    assert by_cue(atts, "said", 1).resolved == "Jane Roe"          # the name met before, without its title
    atts, _ = run("University College London research claims 65 lives would be saved.", "en")
    assert by_cue(atts, "claims").resolved == "University College London"
    atts, _ = run("A new study revealed that 40% of children lacked iodine.", "en")
    assert by_cue(atts, "revealed").resolved is None                        # no issuer named
    atts, _ = run("وذكر تقرير لمنظمة العفو الدولية أن 40 سجينا ماتوا.", "ar")
    assert by_cue(atts, "وذكر").resolved == "منظمة العفو الدولية"           # without the preposition
    atts, _ = run("وأعلنت وزارة النقل الأردنية أن 40 طريقا فتحت. ووفقا لبلاغ الوزارة، أغلق 3.", "ar")
    a = by_cue(atts, "ووفقا")
    assert (a.source.text, a.resolved) == ("بلاغ الوزارة", "وزارة النقل الأردنية")
    atts, _ = run("قتل 40 شخصا وفق بيانات فلسطينية.", "ar")
    assert by_cue(atts, "وفق").resolved is None


def test_the_report_added_is_the_report():
    text = "وقال الوزير سامي نور إن 5 مدارس أغلقت. وذكر التقرير أن 40 طالبا غابوا. وأضاف أن 3 مدارس فتحت."
    assert resolved(text, "ar", "وأضاف") == "التقرير"
    # "according to a statement" makes no speaker: the one before it goes on
    text = "قال الوزير سامي نور إن المدارس أغلقت. وأضاف وفقا لبيان الوزارة أن 40 طالبا غابوا. وأشار إلى أن 3 فتحت."
    assert resolved(text, "ar", "وأشار") == "سامي نور"


def test_a_participle_goes_with_the_main_clause_of_its_sentence():
    text = "وقال المتحدث سامي نور إن الفرق تلقت الساعة 8 ببلاغ يفيد باندلاع حريق، موضحا أن 15 أصيبوا."
    assert resolved(text, "ar", "موضحا") == "سامي نور"
    text = "قال الوزير سامي نور إن 5 مدارس أغلقت. وأضاف أن 3 فتحت وقال المدير خالد علي إن 2 تنتظر."
    assert resolved(text, "ar", "وأضاف") == "سامي نور"


def test_english_they_is_no_single_thing():
    text = "Ministers said 40 schools closed. The report said 12 opened. They say 3 more will follow."
    assert resolved(text, "en", "say") == "Ministers"
    text = "The report said 12 opened. It says 3 more will follow."
    assert resolved(text, "en", "says") == "The report"


def test_english_pronoun_after_a_conjunction_is_the_subject_of_its_sentence():
    text = "Jane Roe said 40 patents were filed. IBM will keep 500 patents but it has pledged to seek no royalties."
    assert resolved(text, "en", "pledged") == "IBM"
    text = "The company said sales fell. Key staff will stay, it added."      # after a comma: what was said
    assert resolved(text, "en", "added") == "The company"
    text = "IBM said it had 500 patents. The company said it would share them in what it called a pool."
    assert resolved(text, "en", "called") == "IBM"
    assert run("They called a meeting.", "en")[0] == []


def test_english_passive_saying_is_vague():
    atts, _ = run("Profits rose by 5% but staff were said to have lied about it.", "en")
    assert [(a.cue.text, a.source_type) for a in atts] == [("were said to", "vague")]


def test_a_name_in_quotation_marks_ends_the_source():
    atts, _ = run('وعزت "موديز" تخفيض التصنيف إلى ارتفاع المخاطر.', "ar")
    assert by_cue(atts, "وعزت").source.text == '"موديز"'
    atts, _ = run('وذكرت صحيفة "إسرائيل اليوم" أن 5 جنود أصيبوا.', "ar")
    assert by_cue(atts, "وذكرت").source.text == 'صحيفة "إسرائيل اليوم"'


def test_a_verb_of_saying_inside_a_quotation_is_the_speakers_own_words():
    # each quoted sentence opened anew and the last not closed, as news writes a long quotation
    text = ('Mr MacDonell said: "I think the problem is that he did say a lot more. "Every word he said '
            'was put out," he added. He said 5\' 10" tall men told him so.')
    atts, _ = run(text, "en")
    assert [a.cue.text for a in atts] == ["said", "added", "said", "told"]
    atts, _ = run("وقال المدعي العام في بيان: «لقد زعم أن 40 شخصا قتلوا». وأضاف أن 3 أصيبوا.", "ar")
    assert [a.cue.text for a in atts] == ["وقال", "وأضاف"]


# ---------------------------------------------------------------- robustness

def test_unclosed_quotation_stays_inside_its_paragraph():
    text = 'قال الوزير: «إن 5 جنود قتلوا\n\n' + "وارتفع عدد السكان إلى 2 مليون.\n" * 2000
    atts, figures = run(text, "ar", ("5", "2 مليون"))
    assert figures[0].attribution == 0 and figures[1].attribution is None


def test_front_matter_is_not_read_and_offsets_hold():
    text = "---\ntitle: قال الوزير\n---\nوقالت الوزارة إن 3 أشخاص قتلوا."
    doc = from_text(text, lang="ar")
    atts, _ = extract_attributions(doc, normalize(doc.masked), [])
    assert [a.cue.text for a in atts] == ["وقالت"]
    assert text[atts[0].source.start:atts[0].source.end] == "الوزارة"


def test_each_copy_of_an_article_yields_its_attributions(seed_text):
    """Speed is measured by bench/speed.py; here a long text yields every copy's attributions."""
    doc = from_text(seed_text, lang="ar")
    one = len(extract_attributions(doc, normalize(doc.masked), [])[0])
    doc = from_text((seed_text + "\n") * 50, lang="ar")
    assert len(extract_attributions(doc, normalize(doc.masked), [])[0]) == one * 50


def test_a_cue_ending_one_paragraph_is_not_the_subject_of_the_next():
    """A verb cue right before a sentence's first word is its subject ("Estimates suggest"),
    but not when it ends the paragraph before (a headline "...: ماذا تقول")."""
    atts, _ = run("ونجم يونايتد يسأل: ماذا تقول\n\nكشف المدرب أنه رفض عرضا.", "ar")
    assert [a.cue.text for a in atts] == ["تقول", "كشف"]
    assert atts[0].source is None and atts[1].source.text == "المدرب"
    atts, _ = run("Estimates suggest 40 people died.", "en")
    assert [(a.cue.text, a.source.text) for a in atts] == [("suggest", "Estimates")]


def test_python_holds_no_language_data():
    """Cue words, head nouns and stop words live in rules/; the code's strings hold none."""
    tree = ast.parse(Path(attributions.__file__).read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    strings = [n.value for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]
    assert not [s for s in strings if any("\u0621" <= ch <= "\u064a" for ch in s)]    # Arabic letters
    assert not [s for s in strings if regex.search(r"\b(?:said|according|statement|the)\b", s)]


def test_cue_alternation_grouped_by_first_letter_matches_the_same():
    assert attributions._branches("(?:said|[st]old(?:s)?)") == ["said", "[st]old(?:s)?"]
    assert attributions._branches("(?:a)(?:b)") == ["(?:a)(?:b)"]
    text = "He said so. She told us, and Told them; sold it. Saiding."
    grouped = attributions._join(["(?:said|[st]old)", "sa(?:y|ys)"], "en", "")
    plain = attributions._words_pattern("(?P<g0>said|[st]old)|(?P<g1>sa(?:y|ys))", "en")
    assert ([(m.span(), m.lastgroup) for m in grouped.finditer(text)]
            == [(m.span(), m.lastgroup) for m in plain.finditer(text)])


@pytest.mark.parametrize("lang, phrase", [
    ("ar", "مجلس ادارة الشركة"),              # official "مجلس", then organization "مجلس ادارة": longer
    ("ar", "المتحدث باسم وزارة الصحة"),
    ("en", "the president of the bank"),      # official "president", then person "president of"
    ("en", "a spokesman for the news agency Reuters"),
])
def test_heads_skip_only_rules_that_cannot_match(lang, phrase):
    """`_heads` tries only the head rules after the first one the alternation matched (a
    prefilter): the same heads as trying every rule at each place and keeping the longest."""
    L = attributions._load(lang)
    text = normalize(phrase).text
    found, pos = [], 0
    while m := L.heads.search(text, pos):
        hits = [(h.end(), t, role, issued) for p, t, role, issued in L.head_rules if (h := p.match(text, m.start()))]
        end, *head = max(hits, key=lambda h: h[0])
        found.append(tuple(head))
        pos = max(end, m.start() + 1)
    assert attributions._heads(L, text) == tuple(found)
    if "مجلس" in phrase or "president" in phrase:
        assert found[0][0] != L.head_rules[int(L.heads.search(text).lastgroup[1:])][1]   # a later rule won


# ---------------------------------------------------------------- English: the right speaker, named as a reader names them

def test_english_inverted_source_with_joined_titles_is_the_person():
    atts, _ = run('"We will fix this," said chairman and chief executive Dan Hale. Mr Hale added that 300 jobs '
                  'would go.', "en")
    said = by_cue(atts, "said")
    assert said.source.text == "chairman and chief executive Dan Hale" and said.resolved == "Dan Hale"
    assert by_cue(atts, "added").resolved == "Dan Hale"        # "Mr Hale": the same person


def test_english_title_with_the_name_in_apposition_is_one_source():
    atts, _ = run("The union's general secretary, Ann Leigh, said 40 sites would close.", "en")
    assert by_cue(atts, "said").source.text == "The union's general secretary, Ann Leigh"
    atts, _ = run('"Costs rose 4%," said the bank\'s finance director, Omar Reyes.', "en")
    assert by_cue(atts, "said").source.text == "the bank's finance director, Omar Reyes"


def test_english_verb_after_a_first_clause_takes_the_source_after_it():
    atts, _ = run("Prices will rise by 5% next year, says the head of the regional retail council.", "en")
    assert by_cue(atts, "says").source.text == "the head of the regional retail council"
    atts, _ = run("Tom Reed, the head of the council, said the town lost 5% of its shops.", "en")
    assert by_cue(atts, "said").source.text == "Tom Reed"      # an appositive, not a clause
    atts, _ = run("The firm, like its rivals, took a similar approach, said Mr Dale.", "en")
    assert by_cue(atts, "said").source.text == "Mr Dale"       # a name that ends the sentence
    atts, _ = run("Anna Cole, for the Greens, accused Mr Dale of ducking 3 choices.", "en")
    assert by_cue(atts, "accused").source.text == "Anna Cole"


def test_english_she_goes_to_the_woman_not_the_man_named_nearest():
    atts, _ = run("Helen Ward, who runs the shelter, said 40 beds were full. Council leader Peter Moss said "
                  "funds were short. She added that 12 families were waiting.", "en")
    assert by_cue(atts, "added").resolved == "Helen Ward"
    atts, _ = run("Helen Ward said 40 beds were full. Peter Moss said funds were short. He added that 12 "
                  "families were waiting.", "en")
    assert by_cue(atts, "added").resolved == "Peter Moss"


def test_english_a_company_named_again_by_its_kind_and_a_person_by_a_description():
    atts, _ = run("Ryanair said it carried 4 million passengers. The airline added that fares fell 5%. "
                  "The carrier said profit would reach 400m euros.", "en")
    assert [a.resolved for a in atts] == [None, "Ryanair", "Ryanair"]
    atts, _ = run('"It was hard," said Marat Safin. "I was tired," said the Russian. The 25-year-old added '
                  "that he would rest for 2 weeks.", "en")
    assert by_cue(atts, "said", 1).resolved == "Marat Safin" and by_cue(atts, "added").resolved == "Marat Safin"


def test_english_a_body_described_with_words_before_its_kind_and_the_owner_of_shares():
    atts, _ = run("Shares in Dalton Group fell 19% after it said it would make no money on the stadium.\n\n"
                  "The Australian firm said it would only break even. The firm added that costs rose 5%.", "en")
    assert [a.resolved for a in atts] == ["Dalton Group", "Dalton Group", "Dalton Group"]
    # a description names a body the sentence before has as its subject, not its own sentence's
    atts, _ = run("At the fair, Kestrel showed off a phone. The German company said it sends data 20 times "
                  "faster.", "en")
    assert by_cue(atts, "said").resolved == "Kestrel"
    atts, _ = run("Libya has withdrawn $1bn in assets, the Libyan central bank has said.", "en")
    assert by_cue(atts, "said").resolved is None
    # a word that tells another body apart, or a name before the kind: no one named before
    atts, _ = run("Ryanair said fares fell 5%. The rival airline said its fares rose 2%.", "en")
    assert by_cue(atts, "said", 1).resolved is None
    atts, _ = run("Ryanair said fares fell 5%, the Reuters news agency said.", "en")
    assert by_cue(atts, "said", 1).resolved is None


def test_english_participle_with_its_subject_and_a_relative_after_an_age():
    atts, _ = run("The party launched its platform on Monday, with leader Charles Kennedy saying it was the "
                  "only opposition to 3 plans.", "en")
    saying = by_cue(atts, "saying")
    assert saying.source.text == "leader Charles Kennedy" and saying.resolved == "Charles Kennedy"
    atts, _ = run("It is a first nomination for Staunton, 49, who told BBC News she was surprised.", "en")
    assert by_cue(atts, "told").resolved == "Staunton"


def test_english_source_before_an_aside_between_dashes():
    atts, _ = run("A day earlier, Mr Yushchenko - keen to reassure investors - had said only 30 firms would be "
                  "targeted.", "en")
    assert by_cue(atts, "said").source.text == "Mr Yushchenko"
    # a verb after a conjunction is coordinated, not the aside's: its subject is the sentence's
    atts, _ = run("Qantas said it might source products overseas - potentially through joint ventures - but "
                  "said it would create 300 jobs.", "en")
    assert by_cue(atts, "said", 1).source is None


def test_a_company_is_not_the_person_who_bears_its_name():
    atts, _ = run("Ford, the carmaker, reported a loss of 5bn. Chairman Bill Ford said 300 jobs would go. "
                  "Mr Ford added that sales fell 8%.", "en")
    assert by_cue(atts, "added").resolved == "Bill Ford"
    assert by_cue(atts, "reported").resolved is None


def test_the_audit_groups_one_persons_mentions(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import cli

    path = tmp_path / "a.txt"
    path.write_text('"We will fix this," said chairman and chief executive Dan Hale. Mr Hale added that 300 '
                    "jobs would go. Hale said the plan would save 5bn. Ryanair said fares fell 5%. The airline "
                    "added that profit rose 8%.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["attributions", str(path), "--lang", "en"]).output
    assert "5 attribution(s) from 2 source(s)" in out
    assert "  Dan Hale (person): 3 attribution(s)" in out
    assert "“added” Mr Hale = Dan Hale" in out and "“added” The airline = Ryanair" in out


# ---------------------------------------------------------------- Arabic: verb classes, SVO, agreement

def test_arabic_verbs_whose_content_is_their_object_or_clause():
    cases = [("وقد اتهمت أوساط سياسية في تل أبيب، حكومة نتنياهو على الحملة ضد أوروبا.", "اتهمت", "أوساط سياسية"),
             ("ومن جهة ثانية، اشتكى نواب القائمة المشتركة من أن رئاسة الكنيست تسببت في حادثة.", "اشتكى",
              "نواب القائمة المشتركة"),
             ("واعتبر الوزير الاتفاق إنجازا تاريخيا.", "واعتبر", "الوزير"),
             ("وأقر أوباما أن قسما من الأموال سيذهب إلى الحرس الثوري.", "وأقر", "أوباما"),
             ("ونبهت الوزارة المواطنين إلى أن الطريق مغلق.", "ونبهت", "الوزارة"),
             ("وعلّق حسن قشقوي نائب وزير الخارجية الإيراني على هذه الاتهامات.", "وعلّق", "حسن قشقوي")]
    for text, cue, source in cases:
        atts, _ = run(text, "ar")
        assert by_cue(atts, cue).source.text.startswith(source), text
    # the same words in another sense are no attribution
    for text in ("ألا يعترف الاتحاد الأوروبي بالألقاب الأكاديمية.", "قرض ميسر تورد على دفعات.",
                 "وشاع بين الطالبات أنها ستترك عباءتها.", "مما يدل على أن ثمة مشكلة تقنية.",
                 "* هل تعتقد أن عدد أعضاء اللجنة كاف؟", "ويشكو المستشفى من نقص في الأدوية."):
        assert run(text, "ar")[0] == [], text


def test_arabic_subject_before_its_verb():
    atts, _ = run("وكانت الجبهة أعلنت من قبل مسؤوليتها عن هجمات مشابهة.", "ar")
    assert by_cue(atts, "أعلنت").source.text == "الجبهة"
    atts, _ = run("الفحص أثبت أن الكتابة تعود إلى القرن السابع.", "ar")
    assert by_cue(atts, "أثبت").source.text == "الفحص"
    atts, _ = run("يذكر أن وكالة «رويتر» للأنباء، كشفت النقاب أمس عن خطوة أخرى.", "ar")
    assert by_cue(atts, "كشفت").source.text == "وكالة «رويتر» للأنباء"


def test_arabic_verb_ending_or_pronoun_is_its_subject():
    # a dual verb names its subject by its ending: the noun after it is its object
    atts, _ = run("ورفض النائبان الحضور. واعتبرا القرار نوعا من التضييق.", "ar")
    assert by_cue(atts, "واعتبرا").source is None
    # a pronoun right before the verb is its subject, not the object after it
    text = "وقال مسؤول إسرائيلي إن الوزيرة تنوي العمل، مضيفا أنها حذرت السفراء من أنه لا تمويل."
    a = by_cue(run(text, "ar")[0], "حذرت")
    assert a.source is None and a.source_type == "implied"


def test_arabic_implied_speaker_agrees_with_the_verb():
    # a feminine verb goes to the woman who spoke before, not to the masculine title cited with حسب
    # nearer to it (a singular masculine title is masculine by its form)
    text = ("وقالت الوزيرة سارة أحمد إن الخطة جاهزة. وحسب رئيس المعارضة، فإن الحكومة أخطأت. "
            "وأكدت أن التنفيذ يبدأ غدا.")
    assert resolved(text, "ar", "وأكدت") == "سارة أحمد"
    # and a masculine one to the man, past the woman named nearer
    text = "وقال المدير خالد منصور إن الأرقام دقيقة. وقالت الشركة إن الأرباح تراجعت. وأضاف أن الخطة تتغير."
    assert resolved(text, "ar", "وأضاف") == "خالد منصور"


def test_arabic_participle_goes_with_the_main_clause_a_comma_opens():
    text = ("وقال عضو المجلس ناصر القضيعي إن العمل جبان، وقال عضو المجلس ماجد القحطاني: إن ما قامت به الفئة "
            "لا يقره دين، مستنكرا هذا العمل، ومؤكدا وقوف المجتمع صفا واحدا.")
    assert resolved(text, "ar", "ومؤكدا") == "عضو المجلس ماجد القحطاني"


def test_arabic_title_with_the_name_in_apposition_names_the_speaker():
    text = ("من جانبه، قال الناشط السياسي الموصلي، غانم العابد، لـ«الشرق الأوسط»: «الجميع كانوا متيقنين». "
            "وتابع: «أعتقد أن بغداد لن تقبل».")
    assert resolved(text, "ar", "وتابع") == "غانم العابد"
    # a title alone is the one speaker it named before, not one of several who bear it
    text = ("وقال عضو المجلس سعيد القحطاني إن العمل جبان. وقال عضو المجلس ماجد عميش إننا نستنكر. "
            "ورفع عضو المجلس زايد الأسمري التعازي لقيادة البلد قائلا: نؤكد وقوفنا صفا واحدا.")
    assert "زايد الأسمري" in resolved(text, "ar", "قائلا")


# ---------------------------------------------------------------- bodies and agreement (issue 17)
def test_a_bare_body_noun_is_the_body_named_before():
    text = ("Budget carrier Flyaway Air has cut 300 jobs. The carrier said demand had fallen by 12%. "
            "It added that 2 routes would close.")
    atts, _ = run(text, "en")
    assert by_cue(atts, "said").resolved == "Flyaway Air"      # the name a reader gives "the carrier"
    assert resolved(text, "en", "added") == "Flyaway Air"
    # before any source names it: the body the article is about
    text = ("Strong sales helped Grovell lift profits by 20% in 2004, although the firm warned of lower margins. "
            "Grovell's shares rose 8%. Analysts praised Grovell, which sold 3 million cars.")
    assert by_cue(run(text, "en")[0], "warned").resolved == "Grovell"
    # a capitalised head noun: the name written with it, not the person whose title holds it
    text = ("Growth was 0.4%, according to Bank of England deputy governor Jane Roe. "
            "The Bank said 3 surveys were late.")
    assert by_cue(run(text, "en")[0], "said").resolved == "Bank of England"


def test_a_plural_body_noun_or_an_adjective_is_no_body():
    text = ("Budget carrier Flyaway Air has cut 300 jobs. The firms said 3 deals had failed.")
    assert by_cue(run(text, "en")[0], "said").resolved is None
    text = ("Profits at Indian drugmaker Rajco fell. Indian rivals grew. Indian exports rose 5%. "
            "The firm said 3 plants had shut.")
    assert by_cue(run(text, "en")[0], "said").resolved != "Indian"


def test_she_goes_to_the_woman_named_by_a_title_and_her_name():
    text = ('Campaigner Bernie Stone said 40 jobs were at risk. George Hotels chairwoman, Meredith Vale, said '
            '3 hotels would shut. "We will help the staff," she said.')
    assert resolved(text, "en", "said", 2) == "Meredith Vale"      # not "George": a hotel group's name


def test_a_body_named_in_a_persons_title_is_not_that_person():
    text = ("Game maker Brightcore shut 20,000 accounts. Brightcore spokesman Doug Lane said 3 were stolen. "
            "Brightcore also said 4 were fake.")
    assert by_cue(run(text, "en")[0], "said", 1).resolved != "Doug Lane"


def test_which_said_goes_to_its_antecedent():
    text = "Her remarks follow criticism from the Economic Affairs Committee, which said rates were 2% too high."
    assert "Economic Affairs Committee" in (resolved(text, "en", "said") or "")


def test_it_does_not_go_to_a_plural_body():
    text = ("The union said 1,500 workers had lost their jobs. Some firms found it cheaper to sack a worker, "
            "it said.")
    assert resolved(text, "en", "said", 1) == "The union"


# ---------------------------------------------------------------- English implied speakers on unseen news
def test_english_pronoun_goes_to_the_main_speaker_not_to_the_one_in_his_words():
    text = ("Jaynes' lawyer David Oblon called the term \"outrageous\" and said his client believed he was "
            "innocent. He pointed out that all three lived there.")
    assert resolved(text, "en", "pointed out") == "David Oblon"
    text = ("Former foreign secretary Robin Cook said Lord Goldsmith's admission that his answer was not a "
            "summary suggested 3 MPs were misled. \"Others certainly did,\" he said.")
    assert resolved(text, "en", "said", 1) == "Robin Cook"


def test_english_pronoun_goes_to_a_titled_person_opening_the_sentence_before():
    text = ("The Transport Office said it could not comment on single cases.\n\n"
            "Opposition transport spokesman Peter Lane also demanded a review of the 12 closures. He added: \"We will fight this.\"")
    assert resolved(text, "en", "added") == "Peter Lane"
    # not a title alone ("The Secretary of State ..."), nor a name with a title after it in commas
    text = ("The Secretary of State for Transport, Ann Carter, has hit out at critics of the 12 closures.\n\n"
            "She told the paper there would be no new lines.")
    assert resolved(text, "en", "told") == "Ann Carter"


def test_a_title_with_its_place_then_the_name_in_apposition_is_one_source():
    atts, _ = run("وقال مسؤول الإعلام في الموصل، سعيد خليل، إن 3 أشخاص قتلوا.", "ar")
    assert by_cue(atts, "وقال").source.text == "مسؤول الإعلام في الموصل، سعيد خليل"


def test_a_relative_pronoun_whose_verb_is_about_its_antecedent_does_not_name_the_speaker():
    # the verb's object ending, or its gender against the pronoun's, says the antecedent is what
    # the verb is about: the speaker is the sentence's subject
    text = "انتقد المتحدث باسم الحزب الجماعات التي وصفها بالمتطرفة، مؤكدا أن 3 منها خطرة."
    assert resolved(text, "ar", "وصفها") == "المتحدث باسم الحزب"
    text = "وهاجم الرئيس المعارضة التي قال إن 3 من قادتها فشلوا."
    assert resolved(text, "ar", "قال") == "الرئيس"


def test_english_it_after_a_cited_report_and_an_aside_source():
    text = "Sales rose 5%, according to a report by UK think-tank Demos. It said 3 firms joined."
    atts, _ = run(text, "en")
    assert by_cue(atts, "according to").source.text == "a report by UK think-tank Demos"
    assert by_cue(atts, "according to").resolved == "UK think-tank Demos"
    assert "Demos" in resolved(text, "en", "said")
    atts, _ = run("More significantly, argues the report, broadband is good for 3 reasons.", "en")
    assert by_cue(atts, "argues").source.text == "the report"
    atts, _ = run("Names could be faked by scammers, says Stephen Dyer, director of UKIF.", "en")
    assert by_cue(atts, "says").source.text == "Stephen Dyer"
    # an aside whose name has a complement before its closing comma: the name, not the subject before
    atts, _ = run("The new rules, said Maria Lopez of the Lisbon bar in Porto, were 3 years late.", "en")
    assert by_cue(atts, "said").source.text.startswith("Maria Lopez")


def test_english_number_and_gender_of_candidates():
    # a common noun in the plural is no "it"; a description in apposition is no name
    assert resolved("Shares in American Express rose 8% after it said it would sell 3 units.",
                    "en", "said") != "Shares"
    text = "General Motors, the world's largest car maker, has confirmed 3 plants. It said 40 jobs would go."
    assert resolved(text, "en", "said") == "General Motors"
    # a coordinated verb after a pronoun subject is that pronoun's: not the man named before
    text = ("Mr Parkinson said 3 staff were told. It spent the weekend going over the finances and concluded "
            "that a sale was needed.")
    assert resolved(text, "en", "concluded") != "Mr Parkinson"
    # a person named in passing by a given name is the "he" after
    text = ("The research, carried out by transport expert professor Richard Allsop, says 3 lives would be "
            "saved. He estimates that this would save £119m.")
    assert resolved(text, "en", "estimates") == "Richard Allsop"
    # a body is not the spokesman named by a role in it
    atts, _ = run("An IAEA spokesman said 3 were hurt. The IAEA estimates the cost at $50m.", "en")
    assert by_cue(atts, "estimates").resolved is None


def test_english_participle_goes_to_a_vague_plural_subject_but_he_does_not():
    text = ("Tim Ghriskey is chief investment officer of Solaris. Some analysts predicted that the jump would be "
            "short-lived, saying investors would sell. He said 3 things.")
    assert resolved(text, "en", "saying") == "Some analysts"
    assert resolved(text, "en", "said") == "Tim Ghriskey"


def test_english_title_then_a_name_with_an_initial_and_a_title_of_address():
    text = "IBM senior vice president, Dr John E. Kelly, said 3 patents were freed. He added that 4 firms joined."
    atts, _ = run(text, "en")
    assert by_cue(atts, "said").resolved == "John E. Kelly"
    assert resolved(text, "en", "added") == "John E. Kelly"


def test_english_subject_before_a_relative_clause_between_commas():
    atts, _ = run("Mr Blair, who has called the debt crisis a \"stain\" on the rich world's record, has already said "
                  "cutting poverty would be a priority.", "en")
    assert by_cue(atts, "said").source.text == "Mr Blair"
    atts, _ = run("The company, which makes chips in Taiwan, said profits rose.", "en")
    assert by_cue(atts, "said").source.text == "The company"


def test_english_the_name_after_a_kind_ends_with_its_paragraph():
    # "by US carrier Zentra Air.\n\nThe ...": the carrier is "Zentra Air", not "Zentra Air.\n\nThe"
    atts, _ = run("The route was chosen by US carrier Zentra Air.\n\nThe plan is new, the carrier said. "
                  "It added that fares would fall.", "en")
    assert by_cue(atts, "said").resolved == "Zentra Air" and by_cue(atts, "added").resolved == "Zentra Air"


def test_english_a_name_that_takes_its_is_a_body():
    # "Zentra said its shares ...": only a body is "its"; the firm named again is Zentra
    atts, _ = run("Zentra said its shares rose.\n\nThe firm said that it may buy more.", "en")
    assert by_cue(atts, "said").source_type == "organization"
    assert by_cue(atts, "said", 1).resolved == "Zentra"
    # a person's pronoun first, a person's name, a common noun at a sentence's start: no body
    for text in ("Halloway said his firm would double its profits.", "Mr Halloway arrived.\n\nHalloway said its price was high.",
                 "Wallace Halloway arrived.\n\nHalloway said its price was high.",
                 "Lawyers claimed its case was weak. The lawyers left."):
        atts, _ = run(text, "en")
        assert atts[0].source_type == "person", text

    # what follows the name elsewhere: only a body's name ("Zentra launched its", "Zentra - which has")
    for text in ("Zentra launched its new range in May.\n\nZentra also announced that it would cut prices.",
                 "But B&B - which has a 22% share - grew.\n\nB&B said lending was strong."):
        atts, _ = run(text, "en")
        assert atts[0].source_type == "organization", text
    atts, _ = run("Halloway launched his new range in May.\n\nHalloway also announced that it would sell.", "en")
    assert atts[0].source_type == "person"
    # a name's first word is never across a paragraph break: a headline's last word is none
    for text in ("Profits Surge\n\nZentra said its sales rose.", "Zentra Profits Surge\n\nZentra said its sales rose."):
        atts, _ = run(text, "en")
        assert atts[0].source_type == "organization", text


def test_english_the_insurer_is_the_name_written_after_its_kind():
    # "US insurance broker Marsh & McLennan", then "the insurer" and "it": the name a reader gives
    atts, _ = run("Hundreds of jobs will go at US insurance broker Marsh & McLennan.\n\nThe insurer said the cuts "
                  "were needed. Marsh made a loss. It blamed a payout to end a court case.", "en")
    said = by_cue(atts, "said")
    assert said.source.text == "The insurer" and said.source_type == "organization"
    assert said.resolved == "Marsh & McLennan" and by_cue(atts, "blamed").resolved == "Marsh & McLennan"
    # a person's name after the word is no body's: "company chief executive Lee Scott"
    atts, _ = run("Sales rose, said company chief executive Lee Scott.\n\nThe company said profits rose.", "en")
    assert by_cue(atts, "said", 1).resolved != "Lee Scott"


def test_arabic_told_is_a_verb_of_saying_and_moreover_is_no_subject():
    atts, _ = run("وردا على سؤال، أخبرنا النائب سامي الحربي أن المشروع سيكتمل.", "ar")
    assert by_cue(atts, "أخبرنا").source.text == "النائب سامي الحربي"
    atts, _ = run("وأكثر من ذلك، فقد تعهد الوزير بأن المشروع سيكتمل.", "ar")
    assert by_cue(atts, "تعهد").source.text == "الوزير"


def test_a_surname_alone_as_a_sentence_subject_is_the_person_named_in_full_before():
    text = ("Comic artist Peter Vance won his case against a publisher. His lawyer said: \"It is a fair result.\" "
            "Vance sued in 2002, saying the firm owed him royalties. He said the ruling was overdue.")
    atts, _ = run(text, "en")
    assert by_cue(atts, "saying").resolved == "Peter Vance"     # the subject of its clause, not the lawyer
    assert by_cue(atts, "said", 1).resolved == "Peter Vance"
    # a capitalised first word that no given name precedes elsewhere is no name of its own
    atts, _ = run("His lawyer said: \"It is a fair result.\" Shares rose in 2002, saying little.", "en")
    assert by_cue(atts, "saying").resolved != "Shares"


def test_a_bare_head_noun_is_the_name_with_that_head_written_since_the_last_body_that_spoke():
    text = ("The Harbour Alliance lost its bid on Monday when the High Court ruled the new law was valid. "
            "At a hearing on Monday, the Harbour Alliance failed in its appeal. The alliance says 40 harbours need repair.")
    atts, _ = run(text, "en")
    assert by_cue(atts, "ruled").source.text == "the High Court"    # a ruling with no "that"
    # not the court that spoke before, nor a name run across the comma ("Monday, the Harbour Alliance")
    assert by_cue(atts, "says").resolved == "Harbour Alliance"


def test_a_verb_form_opening_a_sentence_is_no_speaker():
    text = ("Lord Hale spoke first. Asked why he thought the warnings were missing, he said the report "
            "was meant to persuade.")
    atts, _ = run(text, "en")
    assert by_cue(atts, "said").resolved == "Lord Hale"      # not someone named "Asked"


def test_an_acronym_in_apposition_after_a_description_is_the_name():
    atts, _ = run("Retailers' body, the BRX, said sales rose. It also said prices fell.", "en")
    assert by_cue(atts, "said").resolved == "the BRX"
    assert by_cue(atts, "said", 1).resolved == "the BRX"
    # a description after a name is no name of it
    atts, _ = run("General Motors, the world's largest car maker, said sales fell.", "en")
    assert by_cue(atts, "said").source.text == "General Motors" and by_cue(atts, "said").resolved is None


def test_a_person_named_again_by_a_name_alone_keeps_the_office_named_before():
    assert [a.source_type for a in run("UKIP leader Roger Knapman said the party would grow.", "en")[0]] == ["official"]
    text = ('"We are looking at it," Peter Vance, an airline spokesman told the BBC. "We are checking the courts." '
            "Mr Vance explained that 12 flights were delayed.")
    atts, _ = run(text, "en")
    assert [a.source_type for a in atts] == ["official", "official"]
    # a person named with no office stays a person
    atts, _ = run("Analyst Mary Jones said sales fell. Ms Jones said 12 shops had shut.", "en")
    assert [a.source_type for a in atts] == ["person", "person"]


def test_english_plural_vague_sources_speak_for_the_cues_after_them():
    # "Analysts" at a sentence's start, "opponents of the bill": "they", whom a coordinated verb goes to
    atts, _ = run("Mr Tanaka said growth was strong. Analysts said the figures were weak but argued that "
                  "3 firms had done well.", "en")
    assert by_cue(atts, "argued").resolved == "Analysts"
    atts, _ = run("But opponents of the bill said that it could cost 3,000 jobs.", "en")
    said = by_cue(atts, "said")
    assert said.source.text == "opponents of the bill" and said.source_type == "vague"


def test_english_a_relative_clause_with_a_number_is_skipped_back_to_its_subject():
    atts, _ = run("The research, which covered 6,000 people in six countries, revealed that 3 in 10 trusted spam.", "en")
    revealed = by_cue(atts, "revealed")
    assert revealed.source.text == "The research" and revealed.source_type == "document"
