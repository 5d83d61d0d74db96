"""PETRARCH2's dictionaries, converted (scripts/convert_petrarch.py) and merged under entente's own:
actors by date and source, role words, verb patterns matched on the parse, one precedence rule."""

import json
import subprocess
import sys

import pytest
from spacy.tokens import Doc

from entente.actors.dictionary import default_dictionary
from entente.coding import code_text
from entente.coding.lexicon import Lexicon, Pattern, default_lexicon
from entente.nlp import load_pipeline
from tests.conftest import ROOT

PETRARCH = ROOT.parent / "shared" / "reference" / "petrarch2"
CONVERTED = ROOT / "entente" / "data" / "petrarch"


def codes(name, date=None):
    return [actor.code for actor, _ in default_dictionary().lookup(name, date)]


@pytest.mark.parametrize("name,date,code", [
    # names that failed before the field's dictionaries and office files were merged in
    ("Andrzej Duda", "2022-05-01", "POLGOV"),
    ("Nicolas Maduro", "2020-06-01", "VENGOV"),
    ("Evo Morales", "2010-06-01", "BOLGOV"),
    ("Viktor Orban", "2012-06-01", "HUNGOV"),
    ("Rafael Correa", "2012-06-01", "ECUGOV"),
    # and those that resolved before still do
    ("Erdogan", "2012-06-01", "TURGOV"),
    ("Hamid Karzai", "2005-06-01", "AFGGOV"),
    ("Ban Ki-moon", "2010-06-01", "IGOUNO"),
    ("Hezbollah", None, "LBNREB"),
    ("Imran Khan", "2022-06-01", "PAKOPP"),
])
def test_names_resolve_on_their_day(name, date, code):
    assert codes(name, date) == [code]


def test_phoenix_fills_what_entente_lacks_and_entente_wins_where_it_knows():
    # Phoenix alone: a Trinidad minister from 2010, open-ended in a file that stops in February 2015
    assert codes("Winston Dookeran", "2012-06-01") == ["TTOGOV"]
    assert codes("Winston Dookeran", "2020-06-01") == ["TTOELI"]  # past the horizon, an elite
    # Imran Khan is PAKGOVLEG from 2013 with no end in Phoenix; entente's record of him starts in
    # 2018, so Phoenix speaks for 2014 only
    assert codes("Imran Khan", "2014-06-01") == ["PAKGOV"]
    assert codes("Imran Khan", "2023-06-01") == ["PAKOPP"]
    # Nasheed's presidency is open-ended in Phoenix; entente ends it on 7 February 2012
    assert codes("Mohamed Nasheed", "2013-06-01") == ["MDVELI"]
    # a group's name entente lacks names Phoenix's group; entente's own names keep entente's code
    assert codes("National Security Agency") == ["USASPY"]
    assert codes("FARC") == ["COLREB"]


def test_lookup_says_which_source_a_resolution_came_from():
    (_, why), = default_dictionary().lookup("Winston Dookeran", "2012-06-01")
    assert "Phoenix.Countries.actors.txt line" in why
    (_, why), = default_dictionary().lookup("Andrzej Duda", "2022-05-01")
    assert "world.yaml" in why


def test_phoenix_role_words_add_to_entente_roles():
    roles = default_dictionary().roles
    assert roles[("admiral",)] == "MIL" and roles[("smuggler",)] == "CRM"  # from Phoenix.agents.txt
    assert roles[("spokesman",)] == "GOV"  # entente's own, which Phoenix gives as media
    assert ("village",) not in roles  # a place, not a role


@pytest.mark.parametrize("text,expected", [
    ("Beijing has complained to the   United\nStates about the visit.", ("CHNGOV", "USA")),
    ("Pakistan's foreign minister met the U.N. Secretary General in New York.", ("PAKGOV", "IGOUNO")),
    # accents the dictionaries leave out, apostrophes typed as accents, a name written as a word
    ("President Nicolás Maduro met Álvaro Uribe in Caracas in 2013.", ("VENGOV", "COLELI")),
    ("The ELN accused Colombia´s army of attacking its camps.", ("COLREB", "COLMIL")),
    ("Farc rebels freed two soldiers of the Colombian army.", ("COLREB", "COLMIL")),
])
def test_names_match_across_spaces_case_accents_and_line_breaks(text, expected):
    assert expected in [(e.source.code, e.target.code) for e in code_text(text, "2022-05-01") if e.target]


def test_a_lower_case_word_is_not_the_name_it_spells():
    events = code_text("Who will help us? The minister said the WHO would send aid to us.", "2022-05-01")
    assert all(e.target is None or e.target.code != "USA" for e in events)


def test_a_pattern_matches_its_passive_as_its_active():
    active = code_text("Turkey rushed food to Syria on Monday.", "2022-05-02")
    passive = code_text("Food was rushed to Syria by Turkey on Monday.", "2022-05-02")
    assert [(e.source.code, e.target.code, e.code) for e in active] == \
        [(e.source.code, e.target.code, e.code) for e in passive] == [("TUR", "SYR", "073")]


def hand_parse(words, heads, deps, lemmas, pos):
    """A parse built by hand, so that a structural rule's test does not move with the parser."""
    return Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_precedence_longer_then_content_then_entente_then_target():
    lexicon = Lexicon(verbs={"rush": [
        Pattern(("rush",), "042"),
        Pattern(("rush", "(to"), "042", origin="test line 1"),
        Pattern(("rush", "&food"), "073", origin="test line 2"),
        Pattern(("rush", "aid"), "---", origin="test line 3"),
    ]}, nouns={}, classes={"&food": frozenset({"food", "grain"})})
    # "Turkey rushed grain to Syria": the object class says more than the bare preposition
    doc = hand_parse(["Turkey", "rushed", "grain", "to", "Syria"], [1, 1, 1, 1, 3],
                     ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["Turkey", "rush", "grain", "to", "Syria"],
                     ["PROPN", "VERB", "NOUN", "ADP", "PROPN"])
    assert lexicon.match_verb(doc[1]).code == "073"
    # "grain was rushed": the passive subject fills the object's slot
    doc = hand_parse(["grain", "was", "rushed", "to", "Syria"], [2, 2, 2, 2, 3],
                     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"], ["grain", "be", "rush", "to", "Syria"],
                     ["NOUN", "AUX", "VERB", "ADP", "PROPN"])
    assert lexicon.match_verb(doc[2]).code == "073"
    # a null pattern that fits best says there is no event
    doc = hand_parse(["Turkey", "rushed", "aid"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                     ["Turkey", "rush", "aid"], ["PROPN", "VERB", "NOUN"])
    assert lexicon.match_verb(doc[1]) is None
    # a converted pattern's noun must be the object, not a word of another phrase
    doc = hand_parse(["Turkey", "rushed", "to", "the", "grain", "market"], [1, 1, 1, 5, 5, 2],
                     ["nsubj", "ROOT", "prep", "det", "compound", "pobj"],
                     ["Turkey", "rush", "to", "the", "grain", "market"],
                     ["PROPN", "VERB", "ADP", "DET", "NOUN", "NOUN"])
    assert lexicon.match_verb(doc[1]).pattern.words == ("rush", "(to")


def test_the_lexicon_holds_both_sources_indexed_by_lemma():
    lexicon = default_lexicon()
    patterns = [p for group in lexicon.verbs.values() for p in group]
    converted = [p for p in patterns if p.converted]
    assert len(converted) > 5000 and len(patterns) - len(converted) > 500
    assert all(p.words[0] == lemma for lemma, group in lexicon.verbs.items() for p in group)
    assert {"ammunition", "artillery"} <= lexicon.classes["&weapon"]


def test_converted_files_carry_the_mit_notice_and_origin():
    for path in CONVERTED.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["license"] == "MIT" and any("Permission is hereby granted" in ln for ln in data["notice"])
        assert all("676801cd9cb2924bbbad09f86d15c9323e7097bf" in origin for origin in data["origin"])
    assert "MIT License" in (CONVERTED / "LICENSE").read_text()


@pytest.mark.skipif(not PETRARCH.exists(), reason="../shared/reference/petrarch2 is not here to convert")
def test_the_conversion_reproduces_the_committed_files(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "convert_petrarch.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for path in CONVERTED.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_pattern_written_for_one_verb_of_a_block_is_that_verbs():
    # CAMEO.2.0.txt's GRANT block has "* &MILITARY [072] # PROVIDE" and "* &MILITARY [150] # GIVE":
    # PETRARCH keeps the last for every verb; each verb its comment names keeps its own
    converted = {verb: {p.code for p in default_lexicon().verbs[verb] if p.converted and p.words[1:] == ("&military",)}
                 for verb in ("provide", "give")}
    assert converted == {"provide": {"072"}, "give": {"150"}}, converted
    events = code_text("Russia provided military equipment to Armenia.", "2024-03-01")
    assert [(e.source.code, e.target.code, e.code) for e in events] == [("RUS", "ARM", "072")], events
    # where entente's own reading says more, it stands: military support given is military aid
    events = code_text("China gave military support to Russia.", "2024-03-01")
    assert [e.code for e in events] == ["072"], events
