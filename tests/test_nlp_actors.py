"""The spaCy model is the official one; actors resolve by dictionary, by date."""

from entente.actors.dictionary import default_dictionary
from entente.actors.resolve import resolve
from entente.ingest import extract
from entente.nlp import NER_MODEL_SHA256, load_pipeline, model_file_sha256, parse
from tests.conftest import WEB


def test_installed_model_is_the_official_en_core_web_sm():
    assert model_file_sha256("ner/model") == NER_MODEL_SHA256
    assert load_pipeline() is load_pipeline()
    assert "parser" in load_pipeline().pipe_names


def test_office_holders_are_time_aware():
    d = default_dictionary()
    assert [a.code for a, _ in d.lookup("Imran Khan", "2022-03-01")] == ["PAKGOV"]
    assert [a.code for a, _ in d.lookup("Imran Khan", "2022-05-01")] == ["PAKOPP"]
    assert [a.code for a, _ in d.lookup("Taliban", "2021-01-01")] == ["AFGINS"]
    assert [a.code for a, _ in d.lookup("Taliban", "2022-05-01")] == ["AFGGOV"]
    assert [a.code for a, _ in d.lookup("Washington")] == ["USAGOV"]
    assert d.lookup("Nobody Knownname") == []
    # out of office, a known official is still of their country: CAMEO's elites
    assert [a.code for a, _ in d.lookup("Imran Khan", "2010-01-01")] == ["PAKELI"]


def test_seed_mentions_resolve():
    doc = parse([extract(WEB).text])[0]
    actors = resolve(doc)
    by_text = {}
    for i, ref in actors.refs.items():
        actor = ref.actor("2022-05-24")
        by_text.setdefault(doc[i].text, set()).add(actor.code if actor else None)
    expected = {"Washington": "USAGOV", "Beijing": "CHNGOV", "Islamabad": "PAKGOV", "Anjum": "PAKSPY",
                "Burns": "USASPY", "Sullivan": "USAGOV", "Blinken": "USAGOV", "Bajwa": "PAKMIL",
                "Mushahid": "PAKLEG", "Miftah": "PAKGOV", "TTP": "PAKINS", "IMF": "IGOWSTIMF",
                "Putin": "RUSGOV", "government": "PAKGOV", "tutors": "CHNEDU"}
    for text, code in expected.items():
        assert code in by_text.get(text, set()), (text, by_text.get(text))
    # "Sharif" and "Bilawal" resolve only because the full names came first
    assert "PAKGOV" in by_text["Bilawal"] or "PAKGOV" in by_text.get("meeting", set())
