"""Convert PETRARCH2's dictionaries (MIT) into entente's data: entente/data/petrarch/.

Usage: .venv/bin/python scripts/convert_petrarch.py [--source DIR] [--out DIR]

Reads ../shared/reference/petrarch2/ in place (openeventdata/petrarch2 at the commit its README
names) and writes, each carrying the MIT notice and its origin:
  verbs.json     CAMEO.2.0.txt: verb patterns as entente lexicon patterns (verb lemma, particles,
                 object nouns, prepositions), synonym sets kept as word classes ("&weapon")
  actors_*.json  Phoenix.{Countries,International,MilNonState}.actors.txt: people with dated
                 offices, groups with codes, and the places each country block lists
  agents.json    Phoenix.agents.txt: role words -> CAMEO sectors
  discards.json  Phoenix.discards.txt: phrases that mark a sentence (or a story) as not political
  README.md      what was read, kept and dropped, and why
Run it again after the source changes; the output is committed, so that a clone needs nothing
from ../shared at run time.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from entente.actors.petrarch import NULL_CODE, Record, entry, is_country, read_records
from entente.coding.codebook import codebook

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "shared" / "reference" / "petrarch2"
OUT = HERE.parent / "entente" / "data" / "petrarch"
ORIGIN = "openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf:petrarch2/data/dictionaries/"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
# A one-word name this common in English ("Target", "Shell", "Total") names a thing more often
# than the actor; Zipf 4 is about once per 100,000 words (wordfreq's scale).
COMMON_WORD_ZIPF = 4.0
# Religions are a separate slot of a CAMEO actor code; entente keeps one sector, the religious one.
RELIGION_CODES = {"MUS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", "PRO", "ORT"}
# Discard entries that name a time or a public-health or natural event rather than a non-political
# domain: PETRARCH used them to skip historical and disaster news, which entente dates and codes.
NOT_A_DOMAIN = re.compile(r"^\d{4}$|\b(AGO|LATER|EBOLA|POLIO|H5N1|AVIAN|FLU|INFLUENZA|CHOLERA|FEVER|"
                          r"EPIDEMIC|CHICKUNGUNGA|BACTERIA|LANDSLIDE|MUDSLIDE|BLIZZARD|POLLUTION|ACCIDENT|"
                          r"CAPSIZED|PLUNGED|RAVINE|MEDICAL|MILLENNIUM|WORLD WAR|EMPIRE|NAPOLEONIC|TSUNAMI|"
                          r"TYPHOON)\b")
# Discard entries that are words of political news too ("marathon talks", "a champion of free
# trade") or names of a trade bank, an agency, a district
POLITICAL_TOO = {"CHAMPION", "CHAMPIONS", "MARATHON", "COACHING", "JETRO", "PHILEXIM", "NATORE"}


ELITE = "ELI"
FORCE_ROOTS = {"18", "19", "20"}
# Verbs of PETRARCH's force blocks whose usual sense in news is not force: sport, rivalry, damage
# to a reputation, figures of speech ("dominated the talks", "hammered by critics", "beat India by
# six wickets")
NOT_FORCE = {"beat", "best", "circle", "clobber", "conflict", "contaminate", "corrupt", "defeat", "die", "engage",
             "dominate", "duel", "grapple", "hammer", "hang", "impair", "mar", "master", "match",
             "outplay", "overcome", "overshadow", "overtake", "overwhelm", "pit", "quarrel", "ring",
             "rip", "ruin", "shatter", "spoil", "struggle", "surmount", "tarnish", "tear", "thump",
             "vitiate", "whip", "wrestle"}


def notice(source: Path) -> list[str]:
    return (source / "LICENSE").read_text(encoding="utf-8").strip().splitlines()


def header(source: Path, files: list[str]) -> dict:
    return {"origin": [ORIGIN + name for name in files], "license": "MIT", "notice": notice(source),
            "converted_by": "scripts/convert_petrarch.py"}


# ---- actors ---------------------------------------------------------------------------------

def horizon_of(records: list[Record]) -> str:
    """The last day the actor files record: their knowledge stops there."""
    days = [d for r in records for x in r.restrictions for d in (x.start, x.end) if d]
    return max(days)


def common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


def usable_names(names: list[str], counts: Counter, place: bool = False) -> list[str]:
    """Names that name the actor rather than a thing: not a common English word alone ("Target",
    "Shell"), not one letter; for a place, not common words only ("North West", "Free State")."""
    out = []
    for name in names:
        words = name.split()
        if len(words) == 1 and not name.isupper() and common(name):
            counts["names dropped: a common English word alone"] += 1
        elif place and len(words) > 1 and all(common(w) for w in words):
            counts["place names dropped: common words only"] += 1
        elif len(name.replace(".", "").replace(" ", "")) < 2:
            counts["names dropped: a single letter"] += 1
        elif name not in out:
            out.append(name)
    return out


def country_block(record: Record) -> str | None:
    """The country a block like "AFGHANISTAN_ [AFG]" (with its cities as synonyms) names."""
    codes = [r.code for r in record.restrictions]
    if len(codes) == 1 and not record.restrictions[0].dated and is_country(codes[0]):
        return codes[0]
    return None


def convert_actor_file(source: Path, name: str, horizon: str, counts: Counter) -> dict:
    """One actor file, compactly: places [country, names, line], people [names, offices, line] with
    offices [code, start, end], groups [names, code, line]."""
    places, people, groups = [], [], []
    for record in read_records((source / name).read_text(encoding="utf-8")):
        counts["actor records read"] += 1
        counts["restrictions dropped: malformed date"] += len(record.dropped)
        country = country_block(record)
        names = usable_names(record.names, counts, place=country is not None)
        if not names:
            counts["records dropped: no usable name"] += 1
            continue
        record.names = names
        if country is not None:
            places.append([country, names, record.line])
            counts["country blocks kept as places"] += 1
            continue
        item = entry(record, horizon=horizon)
        if item is None:
            counts["records dropped: no code (PETRARCH's null code)"] += 1
        elif "offices" in item:
            offices = [[o.get("code") or (o["country"] or "") + (o["role"] or ""), o["start"], o["end"]]
                       for o in item["offices"]]
            held = [o for o in offices if not o[0].endswith(ELITE)]
            if held and len(held) < len(offices):
                # out of office a person is of their country's elite by entente's own rule; an
                # elite span would count as an office ("Clinton" in 1995 is the president)
                counts["elite (ELI) spans dropped: entente's out-of-office rule gives them"] += len(offices) - len(held)
                offices = held
            people.append([names, offices, record.line])
            counts["people kept"] += 1
            counts["dated offices kept"] += sum(1 for o in offices if o[1] or o[2])
            counts["open-ended offices closed at the horizon"] += sum(1 for o in offices if o[2] == horizon)
        else:
            groups.append([names, item["code"], record.line])
            counts["groups kept"] += 1
    return {**header(source, [name]), "source": name, "horizon": horizon, "places": places,
            "people": people, "groups": groups}


# ---- agents ---------------------------------------------------------------------------------

# Agent phrases that are no role: adjectives ("Islamic", "naval"), events and places ("uprising",
# "village"), anyone at all ("man", "women"), and PETRARCH's "spokesmen" as media (entente's
# spokesman speaks for a government)
NOT_ROLES = {"islamic", "islamist", "jewish", "hebrew", "christian", "muslim", "moslem", "hindu",
             "buddhist", "sunni", "naval", "state-owned", "semi-official", "retired", "naturalized",
             "uprising", "revolt", "rebellion", "insurgency", "insurgence", "prison", "village",
             "neighborhood", "neighbourhood", "settlement", "community", "religion", "kingdom",
             "governance", "polity", "echelon", "assemblage", "man", "men", "woman", "women", "person",
             "persons", "child", "children", "girl", "mother", "infant", "native", "spokesmen",
             "spokeswomen", "carrier", "tanker", "oiler", "chamber", "college"}


def convert_agents(source: Path, counts: Counter) -> dict:
    markers: dict[str, list[str]] = {}
    roles: dict[str, str] = {}
    for raw in (source / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        if "!" in line and "=" in line:  # !PERSON! = MAN, MEN, ...
            marker, _, words = line.partition("=")
            markers[marker.strip()] = [w.strip() for w in words.split(",")]
            continue
        match = re.match(r"^(.*?)\s*(?:\{[^}]*\})?\s*\[([^\]]+)\]", line)
        if match is None:
            counts["agent lines dropped: no code"] += 1
            continue
        phrase, code = match.group(1).strip(), match.group(2).strip()
        counts["agent lines read"] += 1
        sector = code.strip("~")[:3]
        sector = "REL" if sector in RELIGION_CODES else sector
        marker = re.search(r"!\w+!", phrase)
        phrases = [phrase.replace(marker.group(0), w) for w in markers.get(marker.group(0), [])] \
            if marker else [phrase]
        for p in phrases:
            words = p.replace("_", " ").lower().split()
            if " ".join(words) in NOT_ROLES:
                counts["agent phrases dropped: no role (an adjective, an event or place, anyone)"] += 1
            elif words:
                roles.setdefault(" ".join(words), sector)
    counts["role phrases kept"] = len(roles)
    return {**header(source, ["Phoenix.agents.txt"]), "roles": roles}


# ---- discards -------------------------------------------------------------------------------

def convert_discards(source: Path, counts: Counter) -> dict:
    sentence, story = [], []
    for raw in (source / "Phoenix.discards.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        counts["discard phrases read"] += 1
        whole_story = line.startswith("+")
        phrase = " ".join(line.lstrip("+").replace("_", " ").split())
        if NOT_A_DOMAIN.search(phrase):
            counts["discards dropped: a date or a health, disaster or history topic"] += 1
            continue
        if phrase in POLITICAL_TOO:
            counts["discards dropped: a word of political news too"] += 1
            continue
        (story if whole_story else sentence).append(phrase.lower())
    counts["discards kept (sentence)"] = len(sentence)
    counts["discards kept (story)"] = len(story)
    return {**header(source, ["Phoenix.discards.txt"]), "sentence": sorted(set(sentence)),
            "story": sorted(set(story))}


# ---- verbs ----------------------------------------------------------------------------------

def singular(word: str) -> str:
    """The lemma a parser gives a plural noun, by English's regular rules ("news", "politics",
    "series", "alias" are not plurals)."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ous", "ews", "ics", "as", "os", "ies" + "s")) \
            or word in ("series", "species", "means", "headquarters", "whereabouts"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def synsets_of(lines: list[str], counts: Counter) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        body = line.split("#", 1)[0].strip()
        if body.startswith("&"):
            current = body.rstrip("_").lower()
            sets[current] = []
        elif body.startswith("+") and current:
            words = body[1:].replace("_", " ").lower().split()
            if words:
                member = " ".join(words[:-1] + [singular(words[-1])])
                if member not in sets[current]:
                    sets[current].append(member)
        elif body.startswith("---"):
            current = None
    counts["synonym sets kept"] = len(sets)
    return sets


def is_general(code: str, verb: str) -> bool:
    """A root's general code ("010", "040"): a block's cue, which needs a pattern's words to say
    what happened; a verb alone under it ("expect", "face", "watch") is rarely that event. Force is
    the exception (roots 18-20: "hit", "strike", "bombard" are attacks alone), but for the verbs
    whose usual sense in news is not force."""
    if len(code) != 3 or not code.endswith("0"):
        return False
    return code[:2] not in FORCE_ROOTS or verb in NOT_FORCE


def parse_code(raw: str, known: set[str]) -> tuple[str | None, bool, str]:
    """(code, reciprocal, why-not) for "[042]", "[062:062]", "[:075]", "[---]"."""
    forward, _, backward = raw.partition(":")
    if forward == NULL_CODE:
        return NULL_CODE, False, ""
    if not forward:
        return None, False, "patterns dropped: only a reverse-direction code"
    if forward not in known:
        return None, False, "patterns dropped: code not in the CAMEO codebook"
    return forward, backward == forward, ""


def pattern_words(post: str, counts: Counter) -> list[str] | None:
    """The words after the verb, in order: particles and object nouns (plural nouns as their
    singular), a preposition that opens a phrase marked "(" ("(to", "death"), synonym sets as
    "&name"; None for a form entente cannot match."""
    if "$" in post:
        counts["patterns dropped: the source after the verb ($)"] += 1
        return None
    words = []
    for raw in post.split():
        opens = raw.startswith("(")
        for k, part in enumerate(raw.strip("(){}").rstrip("_").replace("_", " ").lower().split()):
            if part in ("+", "^", "%"):
                continue  # target and skip markers: the parse says where the target is
            if part.startswith("&"):
                words.append(part)
            elif opens and k == 0:
                words.append("(" + part)
            else:
                words.append(singular(part))
    return words


def verb_lemmas(line: str, counts: Counter) -> tuple[list[str], str | None]:
    """(verb words, own code) of a verb line: "HURRY {HURRIES ...}" -> (["hurry"], None),
    "+ASK_FOR {...} [020]" -> (["ask", "for"], "020")."""
    code_match = re.search(r"\[([^\]]*)\]", line)
    code = code_match.group(1).strip() if code_match else None
    body = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line.split("#", 1)[0]).strip()
    if not body:
        return [], code
    primary = body.split()[0]
    if "_" not in primary:
        return [primary.lower()], code
    parts = primary.split("_")
    if not parts[0].startswith("+"):
        counts["verbs dropped: a multi-word verb with words before the verb"] += 1
        return [], code
    return [p.lstrip("+").lower() for p in parts if p], code


def verbs_meant(line: str) -> list[str]:
    """The verbs of its block a pattern line's comment says it was written for ("# GIVE , PROVIDE",
    "# SET_UP"), lower-cased as written (mostly lemmas, as the block's verbs are kept; an inflected
    one, "# OVERRAN", names no verb and leaves the pattern to PETRARCH's rule)."""
    comment = line.split("#", 1)[1] if "#" in line else ""
    return [w.lower().replace("_", " ") for w in (part.strip() for part in comment.split(","))
            if re.fullmatch(r"[A-Z][A-Z_]*", w)]


def convert_verbs(source: Path, counts: Counter) -> dict:
    """Blocks of synonymous verbs, each verb with its own code (or none), and the patterns they
    share: [words after the verb, code, reciprocal, line, the verbs its comment names]."""
    lines = (source / "CAMEO.2.0.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("######## TRANSFORMATIONS"))
    synsets = synsets_of(lines[:start], counts)
    known = set(codebook())
    blocks: list[dict] = []
    block_code = NULL_CODE
    for number, raw in enumerate(lines[start + 1:end], start=start + 2):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("---"):
            match = re.search(r"\[([^\]]*)\]", line)
            block_code = match.group(1).strip() if match else NULL_CODE
            blocks.append({"line": number, "verbs": [], "patterns": []})
            counts["verb blocks read"] += 1
        elif line.startswith("-"):
            counts["patterns read"] += 1
            body = line[1:].split("#", 1)[0]
            match = re.search(r"\[([^\]]*)\]", body)
            if match is None or "*" not in body:
                counts["patterns dropped: no code or no verb position"] += 1
                continue
            pre, _, post = body[:match.start()].partition("*")
            if pre.strip():
                counts["patterns dropped: words before the verb (a subject entente does not match)"] += 1
                continue
            code, reciprocal, why = parse_code(match.group(1).strip(), known)
            if code is None:
                counts[why] += 1
                continue
            words = pattern_words(post, counts)
            if words is None:
                continue
            if any(w.startswith("&") and w not in synsets for w in words):
                counts["patterns dropped: an undefined synonym set"] += 1
                continue
            pattern = [words, code, reciprocal, number, verbs_meant(line)]
            same = [p for p in blocks[-1]["patterns"] if p[0] == words]
            if same and same[-1][4] and pattern[4] and not set(same[-1][4]) & set(pattern[4]):
                # "* &MILITARY [072] # PROVIDE" and "* &MILITARY [150] # GIVE": one pattern for each
                # verb its comment names (entente.coding.lexicon picks by the verb read)
                counts["patterns kept beside one with the same words, for another verb of the block"] += 1
            elif same:
                # PETRARCH stores patterns in a tree keyed by their words: the last one read stays
                counts["patterns replaced by a later one with the same words (PETRARCH keeps the last)"] += 1
                blocks[-1]["patterns"].remove(same[-1])
            blocks[-1]["patterns"].append(pattern)
        else:
            counts["verb lines read"] += 1
            words, own = verb_lemmas(line, counts)
            if not words:
                continue
            code, reciprocal = None, False
            if (own or block_code) != NULL_CODE:
                code, reciprocal, why = parse_code(own or block_code, known)
                if code is None:
                    counts["verbs' own codes dropped: " + why.split(": ", 1)[1]] += 1
                elif is_general(code, words[0]):
                    counts["verbs' own codes dropped: a root's general code (a cue its patterns code)"] += 1
                    code, reciprocal = None, False
            blocks[-1]["verbs"].append([words, code, reciprocal, number])
            counts["verbs kept"] += 1
            counts["of which coded alone (a bare verb is an event)"] += code is not None
    kept = [p for b in blocks for p in b["patterns"]]
    counts["patterns kept"] = len(kept)
    counts["of which null (the pattern says: no event)"] = sum(1 for p in kept if p[1] == NULL_CODE)
    counts["transformations not converted (entente's clause rules code claims and accusations)"] = sum(
        1 for ln in lines[end:] if ln.startswith("~"))
    return {**header(source, ["CAMEO.2.0.txt"]), "synsets": synsets,
            "blocks": [b for b in blocks if b["verbs"]]}


# ---- main -----------------------------------------------------------------------------------

def write_readme(out: Path, counts: dict[str, Counter], horizon: str) -> None:
    lines = ["# PETRARCH2's dictionaries, converted for entente", "",
             "Generated by `scripts/convert_petrarch.py` from " + ORIGIN + " (MIT, (c) 2014-2015 Open",
             "Event Data Alliance: see LICENSE here and the notice inside each file). Do not edit by hand:",
             "change the script and run it again.", "",
             f"The actor files record nothing after {horizon}: an office they leave open ends there.", "",
             "## How entente merges them (entente/actors/phoenix.py, entente/coding/lexicon.py; tested in",
             "tests/test_petrarch.py)", "",
             "1. A name entente's own files give (compared without case or spaces) keeps entente's meaning;",
             "   Phoenix adds only names entente lacks.",
             "2. A Phoenix person who is one of entente's people keeps entente's offices: for each country,",
             "   entente's record runs from its first office there on, and a Phoenix office of that country",
             "   is kept only for the days before it. Nobody holds two offices of one country on one day",
             "   from two sources (Imran Khan's open PAKGOVLEG from 2013 counts for 2013-2015 only).",
             "3. An office Phoenix leaves open ends on the horizon above; after it the person is of their",
             "   country's elite (entente's out-of-office rule), so a stale Phoenix role never outlives its",
             "   source. Phoenix's dated elite spans are dropped for the same rule.",
             "4. A Phoenix group's names entente knows stay entente's; its other names name the group. The",
             "   cities and provinces of a country block are places of that country, also where the block's",
             "   country code is dated (IRAQ_ and its Kurdistan block, which the conversion reads as people): of",
             "   the country coded last, where the code changed (UKRAINE_: USRUKR, then UKR), whose spellings of",
             "   the country's name (\"Bosnia-Herzegovina\", \"FYROM\"), not towns GeoNames knows, name it.",
             "5. Role words: entente's roles.yaml wins on a phrase both give.",
             "6. Verb patterns form one lexicon with entente's: the longer pattern wins, then the one with",
             "   more words that are not prepositions, then entente's own, then the one that names the",
             "   target, then the more specific code. A PETRARCH pattern codes a dyad (PETRARCH's",
             "   require_dyad): where its target names no actor, entente's own reading of the verb is used.",
             "   A verb entente reads as a frame (appeal, intent, demand, refusal, threat) keeps entente's",
             "   reading. A pattern coded \"---\" says its words are no event. Where a block holds two",
             "   patterns with the same words written for different verbs (the comment after each names",
             "   them: \"* &MILITARY [072] # PROVIDE\", \"* &MILITARY [150] # GIVE\"), each verb its comment",
             "   names keeps its own; PETRARCH kept the last for every verb of the block.", ""]
    for name, tally in counts.items():
        lines += [f"## {name}", ""] + [f"- {key}: {value:,}" for key, value in tally.items()] + [""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def dump(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    actor_outputs = {name: "actors_" + name.split(".")[1].lower() + ".json" for name in ACTOR_FILES}
    counts = {name: Counter() for name in ["verbs.json", *actor_outputs.values(), "agents.json", "discards.json"]}
    dump(args.out / "verbs.json", convert_verbs(args.source, counts["verbs.json"]))
    horizon = horizon_of([r for name in ACTOR_FILES
                          for r in read_records((args.source / name).read_text(encoding="utf-8"))])
    for name, output in actor_outputs.items():
        dump(args.out / output, convert_actor_file(args.source, name, horizon, counts[output]))
    dump(args.out / "agents.json", convert_agents(args.source, counts["agents.json"]))
    dump(args.out / "discards.json", convert_discards(args.source, counts["discards.json"]))
    (args.out / "LICENSE").write_text((args.source / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    write_readme(args.out, counts, horizon)
    for name, tally in counts.items():
        print(name, dict(tally))


if __name__ == "__main__":
    main()
