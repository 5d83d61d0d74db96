"""Mentions -> actors. NER spans are only hints: names are matched against the dictionary.

A noun phrase is resolved as a whole: its names (a person, an organisation, a country or its
capital) and its role words ("finance minister", "security forces") give one actor. Surnames and
first names resolve only after the full name appeared in the same document; pronouns and
definite descriptions ("the elected leader", "the fund", "the country") look back a few sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from entente.actors.dictionary import UNKNOWN, Dictionary, Entity, default_dictionary
from entente.actors.gazetteer import ONLY_PLACE_PREPS, named_places, town_country
from entente.actors.phoenix import PHOENIX_OFFICE
from entente.actors.spans import name_choice, name_spans
from entente.data import word_classes
from entente.nlp import question_turns
from entente.types import Actor

NP_DEPS = {"compound", "amod", "nmod", "appos", "flat", "nummod", "det", "case", "npadvmod"}
LOCATIVE_PREPS = {"in", "at", "across", "near", "inside", "outside", "within", "around", "throughout"}
NAMED_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}  # a name, a people, an organisation or a person
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}  # the parser's entities that name a place
LISTING_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "pobj", "det", "flat"}
LISTING_PREPS = {"of", "including", "like", "among", "such", "with"}
MEMBER_LISTS = {"including", "like", "among"}  # "economies, including Britain and Germany"; "such as" too
SINGLING_OUT = {"especially", "particularly", "notably", "chiefly", "mainly"}  # "nations, especially Pakistan"
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
THING_PRONOUNS = {"it", "its"}  # a country or an organisation
GROUP_PRONOUNS = {"they", "them", "their"}
SPORTS_SIDES = {"team", "squad", "side"}
# two parties named before, said as a pair: "both sides", "the two countries", "either country"
PAIR_NOUNS = {"side", "party", "country", "nation", "leader", "government", "state", "neighbor", "neighbour"}
# what is named for the city it was made in: no act of that city's state
ACCORDS = {"accord", "agreement", "treaty", "protocol", "convention", "declaration", "charter", "communique",
           "format", "process", "framework", "consensus", "principle"}
PAIR_DEPS = {"det", "nummod", "predet", "amod", "preconj"}
OWNER_DEPS = {"compound", "poss", "nmod", "amod"}  # who a statement's own phrase names as its authors
FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my"}
MISSION_WORDS = {"Embassy", "Consulate"}  # as a state's own diplomats name its posts: "Embassy Cairo"
# the roles of a state: in its own documents, its "Congress", "the military", "the Justice Department"
STATE_ROLES = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}  # the speaker: a voiced document's own
# roles whose bare word says nothing of whose they are in a speaker's document: refugees and
# migrants are from elsewhere, rebels, aid and rights groups and an opposition are seldom the speaker's
UNPLACED_ROLES = {"REF", "REB", "INS", "NGO", "HRI", "OPP"}
# the roles of a state's, a province's or a town's own government and police (Ref.local); not its
# senators or its lawyers, who are the country's legislature and courts as much
LOCAL_ROLES = {"GOV", "COP"}
LOCAL_OFFICES = {"mayor", "council", "municipality", "municipal", "metropolitan", "city"}  # a town's own
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}  # a relative clause's subject or object: its noun
CARRYING_VERBS = {"bring", "carry", "take"}  # what one brings "with them" is with oneself
# nouns for people that are no role of their own: "the two men ..., and they are looking forward"
PEOPLE_NOUNS = {"man", "woman", "men", "women", "person", "people", "individual", "child", "boy", "girl"}
# Role words that name a body or a group: "the government" or "the opposition" is not a person
# named before for the same role.
COLLECTIVE_HEADS = {"opposition", "government", "administration", "military", "army", "police", "parliament",
                    "cabinet", "regime", "leadership", "authorities", "media", "public", "people", "judiciary"}
# a state's government, named bare: the speaker's own, unless the speaker's own act is aimed at it
# (DocActors.role_abroad); not a person's title ("the President", "the governor"), nor "the
# Administration" or "the cabinet", always the speaker's, nor a body the speaker's government may
# thank or urge at home ("the authorities", "the police", "the military")
STATE_BODIES = {"government", "governments", "regime"}
# Role words that name one person ("the Prime Minister said his government"): what "he" or "she"
# may stand for, as a named person may
PERSON_TITLES = {"ambassador", "chancellor", "commander", "diplomat", "emir", "envoy", "general", "governor",
                 "judge", "king", "lawmaker", "leader", "mayor", "minister", "monarch", "negotiator", "official",
                 "premier", "president", "prince", "prosecutor", "queen", "secretary", "senator", "spokesman",
                 "spokesperson", "spokeswoman", "sultan"}
# words that set role words apart from the speaking state ("world leaders", "foreign troops")
OTHERS_WORDS = {"allied", "another", "foreign", "global", "international", "other", "overseas", "world"}
# titles that are adjectives too: in an organisation's name one qualifies the name ("General
# Motors", "General Electric"); before a person's it is a rank ("General Langley")
ADJECTIVE_TITLES = {"general"}
# role words no government uses of itself: "the regime" in a White House statement is another's
OTHERS_ROLE_WORDS = {"regime", "junta"}
# words that say a title before a name is no longer held ("former President", "ex-President"; a
# "then-President" held it at the time told of)
FORMER_WORDS = {"erstwhile", "ex", "former"}
# roles a report's bare word gives to the country the report is about (DocActors.report_country):
# the bodies and people of a place, which the report tells of where they are (its police, courts,
# people, workers, government, legislature, parties and opposition); not an army, a newspaper, a
# firm or a school, as often abroad or foreign
REPORT_ROLES = {"COP", "JUD", "CVL", "LAB", "GOV", "LEG", "PTY", "OPP"}
# the least share of a report's country mentions that makes one country the one it is about,
# where it names others too. Read on the Wikinews store: from the one-country rule, 0.8 changed
# 106 sentences' events; 0.7 another 24 (New Zealand's police and judge, the Philippines' governor,
# Norway's police: all right); 0.6 another 15, all but one or two right (Hong Kong's protesters,
# Roosevelt's USAGOV; "states" in a note on a shipping rule made Indonesia's). Two independent
# readings of the changed sentences traced the wrong ones to other causes, each guarded in
# role_of_the_report_country and country_reported_on (visitors' titles, a place named in the
# clause, a report named for one country and placed in another), not to the share. Below 0.6 a
# report of two countries' dealings names both about as often. bench/report_country.py prints the
# reports and role words each share reaches.
REPORT_SHARE = 0.6
# a state's bodies that act at home, which a headline's people's word names where its story is
HOME_BODIES = {"GOV", "LEG", "JUD", "COP", "PTY"}
# the least share where the report places nothing in any country (its streets unknown to the
# gazetteer), so that no place says where it happened: a report of unrest in one country that names
# a foreign power's reactions, threats or aid more often must not give that power the home police
# and protesters. Read on the Wikinews store: 0.6 reached 18 such reports, all read right (Reading's
# police, Hong Kong's and Puerto Rico's protesters); an independent review's reports written to name
# a foreign power most went wrong in 11 of 16 at 0.6, the foreign power named 2 to 4 times as often
# as the home country; 0.8 keeps 14 of the 18 (the US Congress's, Canada's, Britain's) and needs the
# foreign power named 4 times as often
REPORT_SHARE_UNPLACED = 0.8
# and the fewest mentions that make it a report's: "Iran seized a British tanker near Bandar
# Abbas. The minister condemned the seizure" names two countries, and the minister may be either's
REPORT_MENTIONS = 5
# heads that, plural and bare, are such heads at large (resolve.at_large): "called on leaders to act",
# "diagnostics for governments" at a summit are everyone's, not the speaking state's
AT_LARGE_ROLE_WORDS = {"government", "leader"}
SUBJECTS = {"nsubj", "nsubjpass"}
# how a mention hangs on its verb when it is one of the verb's arguments (then co_arguments are the others)
ARGUMENT_MENTION_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}
# what a verb's arguments hang on it by (not a label or an aside the parser hangs there: "Swiss
# Department of Foreign Affairs: Switzerland welcomes")
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "attr", "oprd", "acomp", "xcomp"}
# a clause of its own, or a word that opens or completes one, whose words may name the mention's
# antecedent ("When Putin met Xi, he said")
OWN_CLAUSE_DEPS = {"advcl", "ccomp", "csubj", "relcl", "acl", "parataxis", "mark", "prt"}
# meetings whose sides are named with "between" ("talks between India and Pakistan")
GATHERINGS = {"conference", "dialogue", "meeting", "negotiation", "summit", "talk", "talks"}
COREF_SENTENCES = 3  # how far back a pronoun or a definite description looks
UNKNOWN_NAME_TYPES = {"PERSON", "ORG", "NORP"}
# role words that, bare and singular, name a thing: "with full force", "brought to justice",
# "shared intelligence with", "for their security"; "the force", "Pakistani intelligence" are actors
MASS_SENSES = {"force", "intelligence", "justice", "security"}
# how far back (tokens) a quotation's opening mark is looked for: a paragraph of text extracted from
# a PDF may have no blank line for pages, and a quote runs a few sentences at most
QUOTE_REACH = 400
# a paragraph's label: "Prime Minister of Japan Fumio Kishida:" runs to seven words, of a name's kinds
LABEL_REACH = 8
LABEL_POS = {"PROPN", "NOUN", "DET", "ADP", "ADJ", "CCONJ", "PUNCT"}
# role words that name someone by what they did or are held for, not by who they are: a role
# word beside them says that ("military hackers", "militant suspects", "hunger striker")
NAMED_BY_A_DEED = {"hacker", "suspect", "striker"}
# role words that name a rank in a group of any kind: the group's word beside them says which
# ("militant leader", "union leaders", "student leaders", "police commander"), where the rank
# alone would make a government's ("leader") or an army's ("commander"); a compound the
# dictionary names whole still wins ("public health chief", "terrorist leader")
RANK_HEADS = {"leader", "chief", "commander"}
SEATS_OF_OFFICE = {"office"}  # a body named for whose it is: "the sheriff's office" is the sheriff's
# what a group of no state calls itself, whose leader a rank "of" it is ("the leader of a neo-Nazi
# group", "leaders of the Terrorgram Collective"): not the government a bare "leader" would be
LED_GROUPS = {"group", "movement", "collective", "network", "gang", "cult", "organization", "organisation",
              "faction", "cell", "sect", "brotherhood", "clan"}
# role words that before a rank qualify the rank, not the group: a "deputy" is a sheriff's
# officer and a "national" a citizen only as nouns ("deputy chief", "national leaders"); not
# "civilian", whose leaders are as often a protest's as a state's civilian government
RANK_QUALIFIERS = {"deputy", "national"}
GROUP_HEADS = {"member", "thousand", "hundred", "dozen", "group", "team", "representative", "some", "many",
               "most", "all", "scores", "score", "number", "majority", "million", "band", "contingent",
               "deployment", "batch", "detachment", "unit", "convoy", "wave", "squad"}
SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "representative"}  # "a spokesman for X" is X's
# Nouns that name an actor only by its tie to another: "benefactors in Saudi Arabia and China" are
# those countries, where "Pakistan's benefactors" says nothing of who they are
PARTNER_NOUNS = {"ally", "backer", "benefactor", "creditor", "donor", "friend", "partner", "patron",
                 "sponsor", "supporter"}
SUPPORTERS = {"backer", "supporter"}  # a person's are people of the person's country (followers_of)
# The kin among roles.yaml's civilians: "the family members of the service members killed" are
# civilians, not those whose family they are
KIN_NOUNS = {"family", "relative"}
# Nouns for people that are no role of their own ("the international community", "the business
# community" say whose), but placed in a country are its people: "communities in Pakistan"
PLACED_PEOPLE = {"community"}
TIES_VERBS = word_classes()["ties_verbs"]  # "militants linked to Hamas" (tied_ref)
# verbs that move people from a place, who are not the place's (from_objects)
MOVING_WORDS = frozenset().union(*(word_classes()[name] for name in (
    "moving_verbs", "leaving_words", "directional_verbs", "expelling_words")))
# adverbs by which a clause tells what followed another, which the parser may hang on it as if
# said ("They refused, so America ended their program")
CONSEQUENCE_ADVERBS = {"so", "then", "therefore", "thus", "hence"}


@dataclass(frozen=True)
class Ref:
    """What one noun phrase refers to, before the event's date picks the role."""

    entity: Entity
    role: str | None
    text: str
    why: str
    voiced: bool = False  # read as the document's own speaker ("we", "the President" in its statement)
    title: str | None = None  # a person's role as a title before the name gives it ("Prime Minister Minnis")
    # the place whose own government or police it is, within its country ("Kaduna" of "the Kaduna
    # State Government", "Texas" of "the governor of Texas"): not the country's, nor another place's,
    # whatever code they share
    local: str | None = None

    def actor(self, date: str | None) -> Actor | None:
        return self.entity.actor_at(date, self.text, self.role, self.title)


@dataclass
class DocActors:
    """The actors of one parsed document, by noun-phrase head token."""

    doc: Doc
    refs: dict[int, Ref] = field(default_factory=dict)
    places: dict[int, dict] = field(default_factory=dict)  # head token -> {"name", "country"}
    names: dict[int, Ref] = field(default_factory=dict)  # each name's own root token -> its entity
    dictionary: Dictionary | None = None
    sentence_starts: list[int] = field(default_factory=list)  # filled on first use
    date: str | None = None  # the document's day (ISO): which offices "the President" can name
    voice: Ref | None = None  # who speaks, in an institution's own document: its "we", its "the President"
    questions: list[tuple[int, int]] = field(default_factory=list)  # a transcript's question paragraphs
    foreign_titles: frozenset[str] = frozenset()  # person titles the voice's government does not have
    headline: Counter = field(default_factory=Counter)  # the countries a news report's headline names
    complete: bool = False  # resolve has found every ref
    ordered: list[tuple[int, Ref]] | None = None  # the refs by head, once complete
    ordered_keys: list[int] = field(default_factory=list)
    antecedents: dict[int, int] = field(default_factory=dict)  # a "they" -> the mention it was read as

    def refs_in_order(self) -> list[tuple[int, Ref]]:
        return sorted(self.refs.items())

    def refs_between(self, start: int, end: int) -> list[tuple[int, Ref]]:
        """The refs whose head is in [start, end), in order; once resolve is done with them
        (`complete`), put in order once."""
        if not self.complete:
            return [(i, r) for i, r in self.refs_in_order() if start <= i < end]
        if self.ordered is None:
            self.ordered = self.refs_in_order()
            self.ordered_keys = [i for i, _ in self.ordered]
        return self.ordered[bisect_left(self.ordered_keys, start):bisect_left(self.ordered_keys, end)]

    def for_token(self, head: Token, subtree: bool = False) -> list[tuple[Ref, float]]:
        """Refs for an argument head: itself and its conjuncts (or what they corefer with); where
        the head names no actor and `subtree` is set, the actors its noun phrase lists
        ("officials including Sullivan and Burns")."""
        speaker = speaker_of(head)
        if speaker is not None:
            return self.for_token(speaker)
        if a_rulebook(head) and head.i not in self.refs and head.dep_ in SUBJECTS:
            # "Interpol's constitution prohibits": whoever's rules they are does nothing (acts
            # against them are still against their owner: "criticised China's new security law")
            return []
        pair = self.pair_named(head) or self.pair_said_before(head)
        if pair:
            return [(ref, 0.8) for ref in pair]
        found: list[tuple[Ref, float]] = []
        if head.i not in self.refs and (head.like_num or head.lemma_.lower() in GROUP_HEADS | GATHERINGS):
            # "1,800 of 2,200 Serbian teachers": the actor is what the number counts; "the summit
            # between the EU and Turkey failed": the sides of the meeting act
            member = group_member(head)
            if member is not None:
                return self.for_token(member, subtree)
        for tok in (head, *head.conjuncts, *names_hung_on(head)):
            ref = self.settled(tok)
            if ref is not None:
                found.append((ref, 1.0 if tok.i in self.refs else 0.8))
                found.extend((other, 1.0) for other in self.conjoined_modifiers(tok, ref))
        if head.lower_ in GROUP_PRONOUNS and found:
            # "Finland and Sweden ... in the event that they are attacked": each of the countries (or
            # of the persons: "Biden and Modi met. They committed ...")
            said = self.antecedents.get(head.i)  # the mention the pronoun was read as
            together = self.doc[said].conjuncts if said is not None else ()
            found += [(self.settled(c) or self.refs[c.i], 0.8) for c in together
                      if c.i in self.refs and self.refs[c.i].entity.kind in ("country", "person")]
        generic = head.i not in self.refs or self.refs[head.i].entity.kind == "sector"
        if subtree and generic and self.coreference(head) is None and not names_kin(head):
            seen = {id(r) for r, _ in found}
            listed = []
            for tok in listed_tokens(head):
                ref = self.settled(tok) if tok.i in self.refs else None
                if ref is not None and self.owner_of_a_member(tok, ref):
                    continue
                if ref is not None and tok.i != head.i and id(self.refs[tok.i]) not in seen:
                    seen.add(id(self.refs[tok.i]))
                    listed.append((ref, 0.8))
            if listed:  # "top officials including Sullivan and Burns": the named ones
                found = [(r, w) for r, w in found if r.entity.kind != "sector"] + listed
        return found

    def owner_of_a_member(self, tok: Token, ref: Ref) -> bool:
        """"several officials, including Russia's defense minister": the country that owns a member
        named is no member of its own (the minister is Russia's government)."""
        if tok.dep_ != "poss" or tok.head.i not in self.refs:
            return False
        owned = self.settled(tok.head)
        return owned is not None and owned.entity.kind != "sector" and ref_country(owned) == ref_country(ref)

    def settled(self, tok: Token) -> Ref | None:
        """The token's own ref, or, where that is a bare role word or none, whom it stands for: "the
        elected leader" is someone named before; in an institution's own document its capitalised
        titles are its own ("the President met with President Niinistö"), other role words look
        back first."""
        ref = self.refs.get(tok.i)
        if ref is None or ref.entity.kind == "sector":
            titled = tok.is_title and tok.i != tok.sent.start
            ref = (titled and self.voiced_role(tok, ref)) or self.coreference(tok) or \
                self.owned_role(tok, ref) or self.conjoined_role(tok, ref) or self.voiced_role(tok, ref) or \
                self.role_of_the_report_country(tok, ref) or ref
        return ref

    def owned_role(self, head: Token, ref: Ref | None) -> Ref | None:
        """"Its drones", "his government": the role word's owner is who the pronoun stands for."""
        if ref is None or ref.role is None:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"
                      and c.lower_ in PRONOUNS), None)
        found = self.coreference(owner) if owner is not None else None
        if found is None or found.entity.kind == "sector":
            return None
        return Ref(found.entity, ref.role, f"{owner.text} {head.text}",
                   f"{found.why}; owner of role word -> {ref.role}")

    def conjoined_role(self, head: Token, ref: Ref | None) -> Ref | None:
        """"met with Israeli senior leadership and senior military commanders", "with the Thai Prime
        Minister and Deputy Prime Minister and Foreign Minister": a bare role word listed
        after a country's role, as whom an act is aimed at, is of that country (not of the document's
        voice); a subject's list keeps its sides ("the Yemeni army and allied fighters"), and a word
        placed by its own phrase is where that puts it ("the University of Arizona and universities in
        Africa")."""
        # a title is written as a name ("the Thai Prime Minister and Foreign Minister"): bare all the same
        if ref is None or ref.role is None or head.dep_ != "conj" or not (
                head.tag_ in ("NNS", "NN") or (head.tag_ == "NNP" and ref.entity.kind == "sector")) \
                or any(c.dep_ == "prep" and c.lower_ in ("in", "from") for c in head.children):
            return None
        first = head.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ not in ("dobj", "pobj"):
            return None
        other = self.refs.get(first.i)
        if other is None or other.entity.kind != "country" or other.role is None:
            return None
        return Ref(other.entity, ref.role, head.text, f"{other.why}; listed with it -> {ref.role}")

    def voiced_role(self, head: Token, ref: Ref | None) -> Ref | None:
        """"The President", "the Administration", "Congress", "the military" in a White House
        statement: a state's role word that no earlier name or country claims is the speaking
        state's own."""
        if self.voice is None or ref is None or ref.entity.kind != "sector" or ref.role is None \
                or self.voice.entity.kind != "country":
            return None
        opening = quote_opening(head)
        if opening is not None:
            # a quotation's role words are its speaker's country's ("Senator Thune: “The President
            # acted”"); a reporter's "the President" at a White House briefing is the President still
            speaker = self.speaker_ref(opening)
            country = ref_country(speaker) if speaker is not None else None
            entity = self.dictionary.entities.get(country) if country and self.dictionary else None
            return Ref(entity, ref.role, ref.text, f"{speaker.why}; the quotation's speaker's country, role word") \
                if entity is not None else None
        if head.lemma_.lower() in OTHERS_ROLE_WORDS or \
                any(c.lower_ in OTHERS_WORDS for c in head.children if c.dep_ in ("amod", "compound", "det")):
            return None  # "other world leaders", "foreign officials", "the regime" are not the speaker's own
        if at_large(head):
            return None
        if title_words(head) in self.foreign_titles:
            return None  # "the Prime Minister" at a White House briefing is another country's
        if ref.role not in STATE_ROLES and (ref.role in UNPLACED_ROLES or self.abroad(head)):
            # "the unions", "families", "companies" are the speaker's country's only where no other
            # country was named just before them; refugees are from elsewhere
            return None
        return Ref(self.voice.entity, ref.role, ref.text, f"the document's voice ({self.voice.why}), role word",
                   voiced=True)

    def role_of_the_report_country(self, head: Token, ref: Ref | None) -> Ref | None:
        """"Thames Valley Police said ... they arrested a man", "prosecutors charged him", "Senator
        Bernie Sanders slammed Trump": in news (no voice), a bare role word of REPORT_ROLES is of the
        country the report is about (`report_country`). Not one set apart from it ("foreign
        officials"), posted abroad ("the ambassador"), of a pair ("the leaders of the two
        countries"), nor a bare title of one who travels ("the president pledged $500 million",
        a visitor's as often); nor one whose own clause names a place of another country, whose
        country that is (`placed_sides`: "police arrested two men in Christchurch", in an
        Australian report), or that country's own body of the same role, or the state itself for a
        state's role ("met Zelensky", "arrived in Kyiv": from elsewhere)."""
        if not self.complete or ref is None or ref.entity.kind != "sector" or ref.role not in REPORT_ROLES \
                or head.lemma_.lower() in word_classes()["posted_abroad"] \
                or a_travellers_title(head, ref.role) \
                or any(c.lower_ in OTHERS_WORDS for c in head.children if c.dep_ in ("amod", "compound", "det")) \
                or any(g.lemma_.lower() in PAIR_NOUNS and g.tag_ == "NNS" for g in prep_objects(head, "of")):
            return None
        country = self.report_country
        entity = self.dictionary.entities.get(country) if country and self.dictionary else None
        clause = co_arguments(head)
        if entity is None or any(t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS
                                 and self.place_country(t) not in (None, country) for t in clause):
            return None
        others = (self.refs[t.i].actor(self.date) for t in clause if t.i in self.refs)
        if any(other is not None and other.country == country and (
                other.role == ref.role or (other.role is None and ref.role in STATE_ROLES)) for other in others):
            return None
        return Ref(entity, ref.role, ref.text, "the country the report is about, role word")

    @cached_property
    def report_country(self) -> str | None:
        """The country a news report is about (`country_reported_on`); none where a voice speaks."""
        if self.voice is not None:
            return None
        return country_reported_on(self.country_mentions(), self.placed_countries(), headline=self.headline)

    def country_mentions(self) -> Counter:
        """How often each country is named, by its names (a person's, a people's) and places (not
        an organisation or a region: "the UN", "Europe")."""
        return self.countries_named(self.names)

    def headline_countries(self) -> Counter:
        """The countries a headline (this document) names as where its story is: by name or place
        ("Hong Kong protests continue", "bus crashes in Cuba"), and by a people's word only for its
        state's own bodies at home ("Samoan government ends state of emergency"), not its people,
        army or missions, who may be anywhere ("American tourists kidnapped", "French embassy
        attacked", "Chinese warships")."""
        abroad = word_classes()["posted_abroad"]

        def of_home_body(i: int) -> bool:
            head = self.doc[i].head
            body = self.refs.get(head.i) if head.i != i else None
            return body is not None and body.role in HOME_BODIES and head.lemma_.lower() not in abroad

        return self.countries_named({i: ref for i, ref in self.names.items()
                                     if "demonym" not in ref.why or of_home_body(i)})

    def countries_named(self, names: dict[int, Ref]) -> Counter:
        """How often each country is named by a place or one of `names`, each word once (a capital is
        both)."""
        mentioned = {i: place["country"] for i, place in self.places.items()}
        mentioned |= {i: ref_country(ref) for i, ref in names.items()}
        return Counter(country for country in mentioned.values() if self.a_country(country))

    def placed_countries(self) -> Counter:
        """How often each country is named as a place, or by a name placed ("in Hong Kong")."""
        return Counter(country for country in map(self.place_country, self.doc) if self.a_country(country))

    def place_country(self, tok: Token) -> str | None:
        """The country of the place the word names ("Christchurch", "in Hong Kong"), if it names one."""
        if tok.i in self.places:
            return self.places[tok.i]["country"]
        name = self.names.get(tok.i)
        located = name is not None and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
        return ref_country(name) if located else None

    def a_country(self, code: str | None) -> bool:
        """Whether the code is a country's (not an organisation's or a region's)."""
        entity = self.dictionary.entities.get(code) if code and self.dictionary else None
        return entity is not None and entity.kind == "country"

    def abroad(self, head: Token) -> bool:
        """Whether the paragraph, or the one before it, names a country other than the speaker's
        before this word ("Russia shelled Kharkiv. // ... families killed": Ukraine's)."""
        return bool(self.named_abroad(head))

    def named_abroad(self, head: Token) -> list[Ref]:
        """The names of countries other than the speaker's (or of their people) that the paragraph,
        or the one before it, gives before this word, last first. Read back token by token to the
        second paragraph break: Doc.text would join the whole document anew for each word asked
        about."""
        home = ref_country(self.voice)
        breaks, found = 0, []
        for i in range(head.i - 1, -1, -1):
            tok = self.doc[i]
            if tok.is_space and "\n\n" in tok.text:
                breaks += 1
                if breaks == 2:
                    break
            ref = self.refs.get(i)
            if ref is not None and ref.entity.kind != "sector" and ref_country(ref) not in (None, home):
                found.append(ref)
        return found

    def role_abroad(self, head: Token, ref: Ref) -> Ref | None:
        """"What about the elections in Pakistan? -- We urge the government to ...": a government
        read as the speaker's own, where the speaker's own act is aimed at it, is that of the one
        other country the paragraph, or the one before it, names (a government does not urge or
        thank itself); with two named ("spoke with Zelenskyy about Russia's invasion"), whose is
        not said."""
        named = self.named_abroad(head) if ref.voiced and head.lower_ in STATE_BODIES else []
        if len({ref_country(r) for r in named}) != 1:
            return None
        found = named[0]
        entity = self.dictionary.entities.get(ref_country(found)) if self.dictionary else None
        return Ref(entity, ref.role, ref.text, f"the country named before ({found.why}), role word") \
            if entity is not None else None

    def asked(self, tok: Token) -> bool:
        """In a reporter's question: not the document's own voice."""
        return any(start <= tok.idx < end for start, end in self.questions)

    def speaker_ref(self, opening: Token) -> Ref | None:
        """Who speaks the quotation this mark opens, when it is set out as "Name: “...”" (or the
        paragraph this word begins, after "Name:"): a name the parser hung on the verb after it is
        still one."""
        speaker = quoted_speaker(opening)
        return (self.settled(speaker) or self.names.get(speaker.i)) if speaker is not None else None

    def conjoined_modifiers(self, head: Token, ref: Ref) -> list[Ref]:
        """"Russian and American diplomats", "benefactors in Saudi Arabia and China", "the foreign
        ministers of India and China": the other country's too."""
        out = []
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        if ref.why.startswith("located in"):
            modifiers += [place for place in located_in(head) if self.names.get(place.i) is not None]
        if ref.role is not None:  # of two, not of a summit of many
            modifiers += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and len(g.conjuncts) == 1]
        for mod in modifiers:
            for other in mod.conjuncts:
                name = self.names.get(other.i)
                if name is not None and name.entity.kind == "country" and name.entity is not ref.entity:
                    out.append(Ref(name.entity, ref.role, f"{other.text} {head.text}", f"{name.why}, conjoined"))
        return out

    def coreference(self, tok: Token) -> Ref | None:
        sent_start = tok.sent.start
        window = self.window_start(tok)
        # refs are keyed by token index, so a window of sentences is a range of indices
        earlier = self.refs_between(window, tok.i)
        lower = tok.lower_
        if lower in FIRST_PERSON:
            # the document's own words are its voice's; a quotation's are its speaker's
            opening = quote_opening(tok)
            label = label_end(tok) if opening is None else None
            labelled = self.speaker_ref(label) if label is not None else None
            if labelled is not None:
                # "Government of Japan: We committed $100 million": a paragraph's label speaks it
                return Ref(labelled.entity, labelled.role, tok.text, f"the paragraph's label ({labelled.why})")
            if opening is None and self.voice is not None and not self.asked(tok):
                return Ref(self.voice.entity, self.voice.role, tok.text, f"the document's voice ({self.voice.why})",
                           voiced=True)
            found = self.speaker_ref(opening) if opening is not None else None
            if found is not None:
                return Ref(found.entity, found.role, tok.text, f"the quotation's speaker ({found.why})")
        # "they failed to reach an understanding with the IAEA": whom the clause names beside the
        # pronoun is someone else
        others = {(self.refs[t.i].entity.key, self.refs[t.i].role) for t in co_arguments(tok) + doers_over(tok)
                  if t.i in self.refs and self.refs[t.i].entity.kind != "sector"}
        earlier = [(i, r) for i, r in earlier if (r.entity.key, r.role) not in others]
        if lower in THING_PRONOUNS | GROUP_PRONOUNS and thing_said_before(tok, self.refs):
            return None
        if lower in PERSON_PRONOUNS:
            # a country's or an organisation's own name is no person, whatever the tagger says
            return self.last([i for i, r in earlier if r.entity.kind == "person" or (
                names_a_person(self.doc[i]) and not (r.entity.kind in ("country", "org") and r.role is None))], tok)
        if lower in THING_PRONOUNS:
            return self.last([i for i, r in earlier if r.entity.kind in ("country", "org", "sector")
                              and self.doc[i].tag_ not in ("NNS", "NNPS")], tok)
        if lower in GROUP_PRONOUNS:
            said_before = same_subject_before(tok)
            if said_before is not None and not any(i >= sent_start for i, _ in earlier) \
                    and not self.acts_on_a_group(said_before.head):
                # "They committed to ... They called for ...": the same they, unless this sentence
                # names others first ("When Russian troops entered Kherson, they ...") or the one
                # before acted on a group ("They condemned the Houthi rebels. They attacked ...")
                # read once: a run of "They ..." sentences looks back one sentence each
                known = self.antecedents.get(said_before.i)
                found = self.settled(self.doc[known]) or self.refs[known] if known is not None \
                    else self.coreference(said_before)
                if found is not None:
                    if said_before.i in self.antecedents:
                        self.antecedents[tok.i] = self.antecedents[said_before.i]
                    return found
            # a group, or a role's people ("the police"); not one person of a role ("Admiral Kirby",
            # "the President"); else the one country named ("a partnership with Angola; we will work
            # with them"), not one of two, who may both be "they"
            countries = [i for i, r in earlier if r.entity.kind == "country" and r.role is None]
            named = {ref_country(r) for _, r in earlier} - {None}  # "the Japanese government" names Japan
            alone = len(named) == 1 and bool(countries) and not self.doc[countries[-1]].conjuncts
            # countries named together are a group ("Finland and Sweden ... if they are attacked"), and
            # so are persons for a "they" that acts ("Biden and Modi met. They committed to ...")
            groups = [i for i, r in earlier if self.doc[i].tag_ in ("NNS", "NNPS")
                      or r.entity.kind == "org"  # "The European Union is nasty. They sue our companies"
                      or (r.entity.kind == "sector" and not one_person(self.doc[i]))
                      or (r.entity.kind in ("country", "person") and self.doc[i].conjuncts)]
            # persons only for a "they" that acts, and not past a group acted on after them ("Biden and
            # Modi condemned the Houthi rebels. They attacked": the rebels; "Poland promised to protect
            # them": not Putin and Lavrov)
            persons = [i for i in groups if self.refs[i].entity.kind == "person"]
            if persons and (tok.dep_ not in SUBJECTS or any(
                    self.doc[i].dep_ == "dobj" or (self.doc[i].dep_ == "conj" and self.doc[i].head.dep_ == "dobj")
                    for i in groups if i > persons[-1])):
                groups = [i for i in groups if i not in persons]
            subject = next((i for i in reversed(countries) if self.doc[i].dep_ in SUBJECTS
                            and self.doc[i].pos_ == "PROPN" and not only_joins_another(self.doc[i].head)), None)
            subject_country = ref_country(self.refs[subject]) if subject is not None else None
            if tok.dep_ in SUBJECTS and subject is not None and not self.acts_on_a_group(self.doc[subject].head) \
                    and not any(i > subject for i in groups) and not any(
                        i > subject and ref_country(r) not in (None, subject_country) for i, r in earlier):
                # "Israel has made progress against Hamas. They've broken ...": a country named as the
                # subject before a subject "they", with no group nor other country named after it, is
                # they (not one that acted on a group: "The US condemned the Houthi rebels. They
                # attacked ...")
                return self.last([subject], tok)
            return self.last(groups, tok) or (self.last(countries, tok) if alone else None)
        if lower in ("country", "nation"):
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            if owner is not None:  # "Putin said his country will not lift the ban"
                found = self.coreference(owner)
                country = ref_country(found) if found is not None else None
                entity = self.dictionary.entities.get(country) if country and self.dictionary else None
                return Ref(entity, None, f"{owner.text} {tok.text}", f"{found.why}; its country") if entity else None
        # "the President", or a title written as a name beside a named person ("President Biden and
        # Prime Minister hailed"): only the person named before who holds it
        paired_title = tok.tag_ == "NNP" and tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON" and not any(
            c.dep_ in ("det", "poss", "amod") for c in tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not paired_title:
            return None
        titled = [r for _, r in earlier if r.entity.kind == "person" and holds_title(r.entity, tok, self.date)]
        if not titled and not paired_title and title_words(tok) in self.foreign_titles:
            # in a government's own document, another country's title holder is named once and then
            # called by the title, however far on ("Prime Minister Netanyahu" at a briefing's start,
            # "asked the Prime Minister" paragraphs later)
            titled = [r for _, r in self.refs_between(0, window)
                      if r.entity.kind == "person" and holds_title(r.entity, tok, self.date)]
        if titled:  # "the President" after "President Biden ... Secretary General Stoltenberg"
            return titled[-1]
        if paired_title:
            return None
        # "his minister", "the US President", "the Defence Ministry in Beijing": owned or placed, not
        # said before; but a person's title in words of its own is ("the Prime Minister")
        titled_person = lower in PERSON_TITLES and not any(c.dep_ == "prep" for c in tok.children) and not any(
            c.i in self.refs or c.i in self.places for c in tok.children if c.dep_ == "compound")
        if any(c.dep_ == "poss" or (c.dep_ == "compound" and not titled_person) for c in tok.children):
            return None
        if lower in ("country", "nation"):
            before = [r for i, r in earlier if i < sent_start and r.entity.kind == "country"]
            here = {r.entity.key for i, r in earlier if i >= sent_start}
            before = [r for r in before if r.entity.key not in here]
            return before[-1] if before else None
        orgs = [r for _, r in earlier if r.entity.kind == "org"
                and lower in r.entity.name.lower().split()]
        if orgs:
            return orgs[-1]
        if a_state_one_is_in(tok):
            return None
        role = self.role_of(tok)
        if role and lower not in COLLECTIVE_HEADS:  # "the opposition" is a group, not its leader
            # "the minister" is the last minister named; "the embassy" is no ministry named before
            kinds = ("org",) if tok.tag_ in ("NNS", "NNPS") else ("person",)  # "the four leaders"
            # ... or the last country named in that role ("Pakistan's foreign minister ... the minister")
            same = [r for _, r in earlier if (r.entity.kind in kinds
                    and (r.entity.role == role or any(o.role == role for o in r.entity.offices)))
                    or (r.entity.kind == "country" and r.role == role)]
            return same[-1] if same else None
        if role and lower in OTHERS_ROLE_WORDS:
            return self.other_states_own(tok, role, earlier)
        return None

    def other_states_own(self, tok: Token, role: str, earlier: list[tuple[int, Ref]]) -> Ref | None:
        """"Iranian students, backed by the regime, seized the embassy": a role word never the
        speaker's own (OTHERS_ROLE_WORDS) is that of the one other country named before it."""
        home = ref_country(self.voice) if self.voice is not None else None
        countries = {ref_country(r) for _, r in earlier if r.entity.kind != "sector"} - {home, None}
        entity = self.dictionary.entities.get(countries.pop()) if len(countries) == 1 and self.dictionary else None
        return Ref(entity, role, tok.text, "the one other country named before, role word") if entity else None

    def acts_on_a_group(self, verb: Token) -> bool:
        """The verb's object is a group of its own ("condemned the Houthi rebels", "met Finland and
        Sweden"), whom a "they" after it may be."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.i in self.refs and (obj.tag_ in ("NNS", "NNPS") or bool(obj.conjuncts))

    def last(self, indices: list[int], pronoun: Token) -> Ref | None:
        """The last of these earlier mentions, as it stands settled ("he" after "the President" in
        the White House's own statement is the US President, not a bare GOV). A subject pronoun
        opening its sentence's mentions takes the last subject before it ("The President spoke
        with Prime Minister Johnson. He will travel ..." is the President); within a sentence the
        nearest mention stands ("Bilawal's visit, where he met Blinken")."""
        if pronoun.dep_ in SUBJECTS and not any(i >= pronoun.sent.start for i in indices):
            indices = [i for i in indices if self.doc[i].dep_ in SUBJECTS] or indices
        if not indices:
            return None
        self.antecedents[pronoun.i] = indices[-1]
        return self.settled(self.doc[indices[-1]]) or self.refs[indices[-1]]

    def pair_said_before(self, pronoun: Token) -> list[Ref]:
        """"The leaders reaffirmed ... They committed to ...": a subject "they" opening a sentence's
        mentions, after a sentence whose subject is a pair ("the leaders", "the two countries", "both
        sides") or names two countries' actors together ("Biden and Modi expressed concern"), or a
        run of such subjects ("They called for ... Both countries pledge ... They called for"), is
        that pair; a pair word that pair_named cannot place ("Both countries pledge") looks back the
        same way."""
        pair_word = pronoun.lemma_.lower() in PAIR_NOUNS and pronoun.tag_ == "NNS" and pronoun.i not in self.refs
        said = same_subject_before(pronoun, any_subject=True) if pronoun.lower_ == "they" or pair_word else None
        if said is None or self.refs_between(pronoun.sent.start, pronoun.i) or self.acts_on_a_group(said.head):
            return []  # (not past a group the sentence before acted on: "They condemned the rebels. They ...")
        if said.conjuncts and said.i in self.refs:
            named = {}
            for tok in (said, *said.conjuncts):
                ref = self.settled(tok) if tok.i in self.refs else None
                if ref is not None and ref.entity.kind in ("country", "person") and ref_country(ref):
                    named.setdefault(ref_country(ref), ref)
            return list(named.values()) if len(named) > 1 else []
        return self.pair_named(said) or self.pair_said_before(said)

    def pair_named(self, head: Token) -> list[Ref]:
        """"both sides", "the two countries", "either country": the two countries (or a country's
        people or leaders) named together in the last sentence before it that names two, else the
        last two named one by one ("We urge the Taliban to ... We urge Pakistan to ... We urge both
        sides to talk"); never whoever speaks to them ("Russia urged both sides"), nor a pair its
        own phrase places ("both sides of the border"), nor any two ("attacked two countries")."""
        if head.i in self.refs and self.refs[head.i].entity.kind != "sector":
            return []
        words = {c.lower_ for c in head.children if c.dep_ in PAIR_DEPS}
        # "the leaders", "the two leaders": persons or governments, never a place's people
        leaders = summit_leaders(head) or (head.lemma_.lower() == "leader" and "two" in words)
        # "all parties" within a quoted statement ("... the agreement between Israel and Hamas ... We
        # call on all parties to keep their promises"), "all sides" anywhere: a conflict's two sides
        opening = quote_opening(head) if "all" in words else None
        every = "all" in words and (head.lemma_.lower() == "side" or (head.lemma_.lower() == "party" and opening))
        # "both sides", "either country", "the two countries"; "two countries" are any two
        anaphoric = words & {"both", "either"} or ("two" in words and words & {"the", "these", "those"}) \
            or every or leaders
        if head.lemma_.lower() not in PAIR_NOUNS or any(c.dep_ == "prep" for c in head.children) or not anaphoric:
            return []
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ == "nsubj" and verb.dep_ in ("advcl", "xcomp"):
            verb = verb.head  # "called for all sides to reaffirm": whoever calls on them
        speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i), None)
        # whoever speaks to them, all of them ("Qatar and Egypt urged both parties")
        # and those whose statement it is ("Putin and Xi's joint statement called for all sides")
        # (its names and their modifiers, not what a phrase adds: "the UN envoy for Israel urged")
        speaking = [t for tok in ((speaker, *speaker.conjuncts) if speaker is not None else ())
                    for t in (tok, *(m for c in tok.children if c.dep_ in OWNER_DEPS for m in c.subtree))]
        excluded = {ref_country(said_by) for tok in speaking
                    for said_by in [self.settled(tok) or self.refs.get(tok.i)] if said_by is not None}
        # not where they met ("held talks in Cairo"); the pair may be named earlier in the same
        # sentence ("After Trump spoke with Thailand and Cambodia, the two countries announced ..."),
        # in the quoted statement, or (the leaders) anywhere before
        start = 0 if leaders else min(self.window_start(head), opening.i if opening is not None else len(self.doc))
        before = self.refs_between(start, head.left_edge.i)
        # each by whom it names, once ("the President" in the White House's own statement)
        before = [(i, self.settled(self.doc[i]) or ref) for i, ref in before]
        named = [(i, ref) for i, ref in before
                 if ref_country(ref) not in excluded | {None} and (ref.entity.kind in ("country", "person") or (
                     ref.entity.kind == "org" and self.dictionary is not None  # a group of a country, no IGO
                     and ref_country(ref) in self.dictionary.entities))
                 and not (self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ in LOCATIVE_PREPS)]
        by_sentence: dict[int, dict[str, Ref]] = {}
        for i, ref in named:
            sentence = by_sentence.setdefault(self.doc[i].sent.start, {})
            sentence.setdefault(ref_country(ref), ref)
        if head.lemma_.lower() == "party" and not every:
            # "both parties": the two sides of a deal named together in the last sentence that names
            # any (not "The PML-N and the PPP agreed ...", two of one country, after "India criticized Pakistan")
            earlier = [i for i, _ in before if i < head.sent.start]
            last = by_sentence.get(head.sent.start) or (
                by_sentence.get(self.doc[earlier[-1]].sent.start, {}) if earlier else {})
            return list(last.values())[-2:] if len(last) >= 2 else []
        if leaders:
            # the two named together last, near ("the President will welcome the President of
            # Colombia ... During their bilat, the leaders plan ..."), else the two the document
            # opens with ("Trump hosted the Prime Minister of India"); not the leaders of a summit
            # of many
            # "the two leaders" are the last two named together, however far back, past sentences
            # that name more ("a readout of the President's call with Prime Minister Netanyahu ...
            # he welcomed Israel's steps and the Palestinian Authority's ... The two leaders agreed")
            counted = "two" in words
            near = 0 if counted else self.window_start(head)
            close = [pair for start, pair in sorted(by_sentence.items(), reverse=True) if start >= near]
            recent = next((pair for pair in close if len(pair) == 2 and all(
                ref.entity.kind == "person" or ref.role == "GOV" for ref in pair.values())), None) \
                if counted or all(len(pair) <= 2 for pair in close) else None
            first = recent or next((pair for _, pair in sorted(by_sentence.items()) if len(pair) >= 2), {})
            return list(first.values()) if len(first) == 2 else []
        # all sides: the last two named as a pair ("announced that Israel and Hamas have signed"),
        # else the two a sentence names alone ("the agreement between Israel and Hamas"), not the
        # four it thanks for mediating, nor any two named one by one
        if every:
            paired = [(ref, other) for i, ref in named for j, other in named
                      if i < j and len(self.doc[i].conjuncts) == 1 and self.doc[i].conjuncts[0].i == j
                      and ref_country(ref) != ref_country(other)]
            if paired:
                return list(paired[-1])
        together = next((list(pair.values())[-2:] for _, pair in sorted(by_sentence.items(), reverse=True)
                         if len(pair) == 2 or (len(pair) > 2 and not every)), None)
        if together or every:
            return together or []
        pair: dict[str, Ref] = {}
        for i, ref in reversed(named):
            pair.setdefault(ref_country(ref), self.settled(self.doc[i]) or ref)
            if len(pair) == 2:
                return list(pair.values())
        return []

    def countries_around(self, tok: Token, home: str | None, sentences: int = COREF_SENTENCES,
                         skip: Container[int] = ()) -> dict[str, Ref]:
        """The countries other than `home` named in the token's sentence and the `sentences` - 1
        before it (by default as far back as a pronoun looks, a reporter's question included), each
        by its last mention, but for those whose head is in `skip`: the one there may be whom an act
        with no other side named is with (entente.coding.extract). A forum ("the G7") is where
        things around it are said, not whom they are said to."""
        def foreign_country(ref: Ref, _: Ref) -> str | None:
            country = ref_country(ref)
            return country if country not in (home, None) and ref.entity.kind != "sector" and not ref.entity.forum \
                else None
        return self.named_around(tok, foreign_country, sentences, skip)

    def branches_around(self, tok: Token, home: str, roles: set[str]) -> dict[str, Ref]:
        """`home`'s other branches (`roles`: its legislature, its courts) named where
        countries_around looks, each by its last mention."""
        return self.named_around(tok, lambda _, ref: ref_role(ref) if ref_country(ref) == home
                                 and ref_role(ref) in roles else None)

    def named_around(self, tok: Token, key: Callable[[Ref, Ref], str | None],
                     sentences: int = COREF_SENTENCES, skip: Container[int] = ()) -> dict[str, Ref]:
        """The refs named in the token's sentence and the sentences before it that `key` (of the
        ref as named and as settled) gives a key, each key by its last mention, settled."""
        named: dict[str, Ref] = {}
        for i, ref in self.refs_between(self.window_start(tok, sentences), tok.sent.end):
            if i in skip:
                continue
            settled = self.settled(self.doc[i]) or ref
            found = key(ref, settled)
            if found is not None:
                named[found] = settled
        return named

    def window_start(self, tok: Token, sentences: int = COREF_SENTENCES) -> int:
        """The first token of the sentence `sentences` - 1 before the token's own."""
        if not self.sentence_starts:
            self.sentence_starts = [s.start for s in self.doc.sents]
        index = bisect_right(self.sentence_starts, tok.i) - 1
        return self.sentence_starts[max(0, index - sentences + 1)]

    def role_of(self, head: Token) -> str | None:
        dictionary = self.dictionary or default_dictionary()
        return np_role(head, dictionary, set())


def names_hung_on(name: Token) -> list[Token]:
    """"President Biden and Prime Minister Modi intend ...": the parser may make the first name of
    a pair the subject of the second, as if a clause; the pair acts together."""
    if name.pos_ != "PROPN":
        return []
    hung = [c for c in name.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    # not the name's own title, hung there too ("Prime Minister" of "Prime Minister Modi")
    return [t for c in hung for t in (c, *c.conjuncts) if t.i + 1 != name.i]


def co_arguments(mention: Token) -> list[Token]:
    """The words of a mention's own clause outside its phrase: its verb's other arguments (for a
    subject, those after it) and what they hold ("with the IAEA" in "they failed to reach an
    understanding with the IAEA"), an infinitive it controls included, but no clause of its own
    ("When Putin met Xi, he said")."""
    if mention.dep_ not in ARGUMENT_MENTION_DEPS or mention.head.pos_ not in ("VERB", "AUX"):
        return []
    # what is set before a subject may be the same one, told twice ("A lot of the protesters, they
    # have ...")
    found, stack = [], [c for c in mention.head.children if c != mention and c.dep_ in ARGUMENT_DEPS
                        and not (mention.dep_ in SUBJECTS and c.i < mention.i)]
    while stack:
        tok = stack.pop()
        if tok.dep_ in OWN_CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            continue
        if any(c.dep_ == "appos" for c in tok.children):
            # an apposition may be the mention itself, hung on the wrong word ("he was in Davos —
            # Zelenskyy — talking"), and a phrase's actor may be its apposition's
            continue
        found.append(tok)
        stack.extend(tok.children)
    return found


def doers_over(pronoun: Token) -> list[Token]:
    """"Pakistani soldiers started firing at them", "the rebels began shelling them": who does the
    act a pronoun (or a phrase told before: "the ministry") undergoes, named as the subject of its
    verb or of the verb whose subject, or object, an infinitive or gerund takes as its own ("urged
    Kabul to talk to them"), which the pronoun is not (only "themselves" would be)."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        if verb.lower_ == "with" and verb.head.lemma_.lower() in CARRYING_VERBS:
            return []  # "diplomats who brought aid with them": what one carries is with oneself
        verb = verb.head
    elif pronoun.dep_ not in ("dobj", "dative"):
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    # "militants who fired at them": a relative pronoun's doer is the noun its clause is said of
    own = [verb.head if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c for c in own]
    if own or verb.dep_ != "xcomp":
        return [t for c in own for t in (c, *c.conjuncts)]
    controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return [controller, *controller.conjuncts] if controller is not None else []


def only_joins_another(verb: Token) -> bool:
    """"neither is Russia", "so is China": a "be" after "neither", "nor" or "so", with nothing after
    it, whose subject only joins what was said of another."""
    return verb.lemma_ == "be" and any(c.lower_ in ("neither", "nor", "so") and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ in ("attr", "acomp", "ccomp", "xcomp", "prep") for c in verb.children)


def same_subject_before(pronoun: Token, any_subject: bool = False) -> Token | None:
    """The same pronoun as the subject of the sentence just before (or, with `any_subject`,
    whatever that subject is), where this one is its own sentence's subject: a run of sentences
    about the same people ("They committed to ... They called for ..."; "What India has done is
    they have condemned ... They have supported ...": the subject of the clause that says what was
    done)."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ROOT" or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent.root
    said = next((c for c in before.children
                 if c.dep_ in SUBJECTS and (any_subject or c.lower_ == pronoun.lower_)), None)
    if said is None and before.lemma_ == "be":
        said = next((g for c in before.children if c.dep_ in ("ccomp", "attr") for g in c.children
                     if g.dep_ in SUBJECTS and (any_subject or g.lower_ == pronoun.lower_)), None)
    return said


def thing_said_before(pronoun: Token, refs: Container[int]) -> bool:
    """"This work is hard, and it requires reassessment", "the efforts are ongoing, and they
    underscore": a subject "it" or "they" whose sentence has named only things as subjects before
    it (plural ones aside, for "it") is the last of them, in number with it: no actor ("The US
    said the situation is dire, and it will send aid" has an actor for it). With no such subject
    before it in its sentence, "it" is the subject of the sentence before, if that is a thing ("A
    fire destroyed 200 homes in Bangladesh. Officials said it killed nine people": the fire, not
    Bangladesh); "they" may be people a thing stood for ("Protesters' demands include ... They had
    asked Lam to resign")."""
    if pronoun.dep_ not in SUBJECTS:
        return False
    plural = pronoun.lower_ in GROUP_PRONOUNS
    # "it" is never of a plural noun ("Officials said it killed"); "they" may be of a singular one
    # ("a spokesperson for the firm said they were investigating")
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in SUBJECTS
              and (plural or not (t.pos_ == "NOUN" and t.tag_ == "NNS"))]
    if not before and not plural and pronoun.sent.start > 0:
        # (a sentence the parser roots in a noun, its verb hung on it, is about that noun: "A fire
        # swept through ..."); not one that acted on a named actor "it" may be ("The move angered
        # Beijing. Officials said it would retaliate": Beijing; "enabled the Ukrainian people" names
        # no "it"), unless a mishap did ("The hurricane struck Haiti. Officials said it killed 20"),
        # nor across a paragraph
        doc = pronoun.doc
        previous = doc[pronoun.sent.start - 1].sent
        root = previous.root
        before = [c for c in root.children if c.dep_ in SUBJECTS] or ([root] if root.pos_ == "NOUN" else [])
        mishap = any(t.lemma_.lower() in word_classes()["mishaps"] for t in before)
        if "\n" in doc.text[previous.end_char:pronoun.sent.start_char] or (not mishap and any(
                c.dep_ in ("dobj", "dative") and c.i in refs and c.tag_ == "NNP" for c in root.children)):
            return False
    if not before or any(t.i in refs or t.pos_ == "PROPN" or t.lemma_.lower() in PEOPLE_NOUNS or (
            t.pos_ == "PRON" and not thing_said_before(t, refs)) for t in before):
        return False  # "They each agreed to have the teams meet, and they agreed": they are people
    last = before[-1]
    return last.pos_ == "NOUN" and (last.tag_ == "NNS") == plural


def quote_opening(tok: Token) -> Token | None:
    """The opening mark of the quotation that holds the token, if one is open in its paragraph: a
    quote runs over sentences ("Macron: “We welcome the plan. We will discuss it in Paris.”"). Read
    back token by token to the paragraph break, as Doc.text would join the whole document anew."""
    unclosed = 0
    straight: list[Token] = []
    for i in range(tok.i - 1, max(-1, tok.i - 1 - QUOTE_REACH), -1):
        before = tok.doc[i]
        if before.is_space and "\n\n" in before.text:
            break
        unclosed += before.text.count("”")
        if "“" in before.text:
            if unclosed == 0:
                return before
            unclosed -= 1
        if '"' in before.text:
            straight.append(before)
    return straight[0] if len(straight) % 2 == 1 else None  # the nearest mark opens the quote still open


def label_end(tok: Token) -> Token | None:
    """The first word after the label that opens the token's paragraph, "Government of Japan: We
    committed ...": a few words of a name, then a colon (as quoted_speaker reads a quotation's
    opening mark). A paragraph's inner line breaks are spaces by now (nlp.prepare_text), and a
    transcript's "MS. PSAKI:" is blanked."""
    start = tok.i
    while start > 0 and not (tok.doc[start - 1].is_space and "\n" in tok.doc[start - 1].text):
        start -= 1
        if tok.i - start > QUOTE_REACH:
            return None
    colon = next((t for t in tok.doc[start:min(tok.i, start + LABEL_REACH + 1)] if t.text == ":"), None)
    if colon is None or colon.i == start or any(t.pos_ not in LABEL_POS for t in tok.doc[start:colon.i]) or \
            tok.doc[start].pos_ in ("ADP", "PUNCT"):
        return None  # "On Ukraine: we ..." heads a topic, not a speaker
    return tok.doc[colon.i + 1]


def quoted_speaker(opening: Token) -> Token | None:
    """Who speaks a quotation set out as "Senator John Thune: “...”": the name before the colon."""
    if opening.i < 2 or opening.doc[opening.i - 1].text != ":":
        return None
    return opening.doc[opening.i - 2]


def speaker_of(pronoun: Token) -> Token | None:
    """"Lavrov and Kerry said they hoped", "the agency said it is skeptical": a pronoun subject of
    what someone says, believes or warns is, when it agrees with them, that someone, whether or not
    the dictionary knows them."""
    lower = pronoun.lower_
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp" or \
            lower not in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
        return None
    if pronoun.head.head.lemma_ == "be":
        return None  # "the US will be there for Finland and Sweden in the event that they are attacked": no saying
    if any(c.dep_ == "advmod" and c.lower_ in CONSEQUENCE_ADVERBS and c.i > pronoun.i
           for c in pronoun.head.head.children):
        # "They refused, so America ended their program": what followed, no saying (a "So," that
        # opens the sentence is the speaker's: "So, the chain announced they'd require vaccinations")
        return None
    saying = pronoun.head.head
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None and saying.tag_ == "VBG" and saying.dep_ in ("pcomp", "advcl"):
        # "the Israeli government responded by saying they can't accept that", "rejected the
        # proposal, saying they would not": the saying is the act of the subject it hangs on; not
        # when what that act was done to may be the pronoun ("condemned the attack, saying it
        # violated the Charter", "criticized the sanctions, saying they hurt trade")
        done = saying.head.head if saying.dep_ == "pcomp" else saying.head
        thing = next((c for c in done.children if c.dep_ == "dobj"), None)
        if thing is None or (thing.tag_ in ("NNS", "NNPS")) != (lower in GROUP_PRONOUNS):
            speaker = next((c for c in done.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in PRONOUNS or speaker.pos_ == "PRON":
        return None
    many = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    person = names_a_person(speaker)
    if lower in PERSON_PRONOUNS:
        return speaker if person and not many else None
    if lower in THING_PRONOUNS:
        return speaker if not person and not many else None
    return speaker if many or not person else None


def names_a_person(tok: Token) -> bool:
    """A person's name, or one person's title ("the Prime Minister", not "the ministers")."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_TITLES and tok.tag_ in ("NN", "NNP")


def holds_title(entity: Entity, head: Token, date: str | None) -> bool:
    """Whether an office the person holds on `date` (any, when the date is unknown) is named by the
    definite description `head` heads: its words in order at the end of the title ("the Secretary
    General": "NATO Secretary General"; in 2021 "the Vice President" is Harris, no longer Biden)."""
    words = [t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_]
    return any(office.office.lower().split()[-len(words):] == words for office in entity.offices
               if date is None or office.holds(date))


def ref_country(ref: Ref) -> str | None:
    return entity_country(ref.entity)


def entity_country(entity: Entity) -> str | None:
    """The entity's country, else that of the last office it held (a person's)."""
    if entity.country:
        return entity.country
    return entity.offices[-1].country if entity.offices else None


def country_reported_on(mentions: Counter, placed: Counter, share: float = REPORT_SHARE,
                        headline: Counter | None = None) -> str | None:
    """The country a report is about: the only one its headline names ("Police shoot teenage
    protester as Hong Kong demonstrations continue", "Samoan government ends state of emergency"),
    where the report names it too and places it more than any other country (or places none), or,
    placing another as much or more, is one of REPORT_MENTIONS mentions or more that names it by
    `share` of them (not "Eliud Kipchoge of Kenya runs marathon under two hours", told in Vienna;
    not "US condemns arrests of journalists", told of Ethiopia). Else the only one the report
    names, or, in a report of REPORT_MENTIONS mentions or more, the one that has `share` of them;
    and the one whose places it names more than any other's, where it is told to have happened. A
    report that names a country only as an actor may name it as the other side ("lawmakers
    condemned the war against Iran"); an Australian report of the attack in Christchurch names
    Australia most, New Zealand's places most. A report of REPORT_MENTIONS or more that places
    nothing in any country (its streets and districts unknown to the gazetteer: "protesters
    surrounded the police headquarters in Wan Chai") is about the one it names by
    REPORT_SHARE_UNPLACED of them."""
    if not mentions:
        return None
    total = mentions.total()
    if headline is not None and len(headline) == 1:
        (named, _), = headline.items()
        others = [n for country, n in placed.items() if country != named]
        if mentions[named] and (placed[named] > max(others, default=-1) or (
                total >= REPORT_MENTIONS and mentions[named] >= share * total)):
            return named
    (top, count), = mentions.most_common(1)
    if not placed:
        return top if total >= REPORT_MENTIONS and count >= max(share, REPORT_SHARE_UNPLACED) * total else None
    about = count == total or (total >= REPORT_MENTIONS and count >= share * total)
    return top if about and all(placed[top] > n for country, n in placed.items() if country != top) else None


def ref_role(ref: Ref) -> str | None:
    """The sector the mention gives ("Pakistani officials": GOV), else its entity's own."""
    return ref.role or ref.entity.role


def title_words(head: Token) -> str:
    """A role word with the words compounded before it: "prime minister", "foreign minister"."""
    return " ".join([t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_])


def own_post(tok: Token) -> bool:
    """"Embassy Cairo": a capitalised mission word right before a city's name, with nothing saying
    whose."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.text in MISSION_WORDS and before.head.i == tok.i and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for t in (tok, before) for c in t.children if c.i != before.i)


def in_a_division(doc: Doc, result: DocActors, dictionary: Dictionary) -> list[tuple[int, str]]:
    """The towns set beside a state of another country, after a comma, and the country of that state:
    "Odessa, Texas", "Jena, Louisiana". Not a list of places ("in Kandahar, Punjab and Sindh"), nor a
    state that names an office after it ("Odessa, Texas Governor Greg Abbott noted")."""
    found = []
    for i, place in result.places.items():
        if i + 2 >= len(doc) or doc[i + 1].text != ",":
            continue
        state = next((p for k, p in result.places.items() if k >= i + 2 and p["name"] in dictionary.divisions
                      and doc[i + 2:].text.startswith(p["name"])), None)
        if state is None or state["country"] == place["country"]:
            continue
        end = next((j for j in range(i + 3, min(len(doc), i + 12) + 1) if doc[i + 2:j].text == state["name"]), None)
        if end is None or doc[end - 1].dep_ == "compound":
            continue
        after = doc[end:end + 2]
        listed = len(after) > 0 and (after[0].lower_ in ("and", "or") or (
            after[0].text == "," and len(after) > 1 and (after[1].i in result.places or after[1].i in result.names)))
        if not listed:
            found.append((i, state["country"]))
    return found


def no_longer_named(by_anchor: dict[int, list[tuple[Span, Entity, str]]], i: int) -> None:
    """A name read as a place after all names no actor of the phrase it anchors."""
    for named in by_anchor.values():
        named[:] = [entry for entry in named if entry[0].root.i != i]


def listed_with(tok: Token) -> list[Token]:
    """The names a name is listed with or set beside: its conjuncts, and the name it follows or
    that follows it after a comma ("Atlanta, Georgia")."""
    beside = [tok.head] if tok.dep_ in ("appos", "npadvmod", "compound") else []
    return [*tok.conjuncts, *beside, *(c for c in tok.children if c.dep_ == "appos")]


def names_kin(head: Token) -> bool:
    """Whether the noun ("relatives", "family members") names people by their kin."""
    return head.lemma_.lower() in KIN_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in KIN_NOUNS for c in head.children)


def at_large(head: Token) -> bool:
    """"called on leaders to act", "diagnostics for governments": the plural bare, with nothing to
    say whose, of what kind or where (not "congressional leaders", "leaders in Beijing", "a
    generation of leaders", "McCarthy and congressional leaders", "met leaders in Lahore")."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return head.lemma_.lower() in AT_LARGE_ROLE_WORDS and head.tag_ in ("NNS", "NNPS") and head.dep_ != "conj" \
        and not (head.dep_ == "pobj" and head.head.lower_ == "of") \
        and not any(c.dep_ not in ("punct", "cc", "conj") for c in head.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)


def listed_tokens(head: Token) -> list[Token]:
    """Tokens of a noun phrase's modifiers and listed members, not of its clauses or places."""
    out = []
    stack = [head, *stray_lists(head)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if tok.dep_ in SUBJECTS and child.i > tok.head.i and member_list(child) and one_person(tok):
                continue  # hung on one person past the verb: the list is of what the verb acts on
            # a possessed noun's "of" says what it is done to, not who ("Turkey's approval of
            # Sweden's application" is Turkey's)
            owned = child.lower_ == "of" and any(c.dep_ == "poss" for c in tok.children)
            listing = child.dep_ == "prep" and (child.lower_ in LISTING_PREPS or such_as(child)) and not owned
            if (child.dep_ in LISTING_DEPS and not a_description(child)) or listing:
                stack.append(child)
            elif child.dep_ == "relcl":
                stack.extend(c for c in child.children if c.dep_ == "nsubj")
            elif child.dep_ == "prep":
                # "other nations in the region, especially Pakistan": the ones singled out, wherever
                # the parser hangs them, are the members meant (a name in apposition has its ref on
                # the noun it is in apposition to)
                stack.extend(p if a.dep_ == "appos" else a for p in child.children if p.dep_ == "pobj"
                             for a in p.children if a.dep_ in ("appos", "conj") and any(
                                 c.dep_ == "advmod" and c.lower_ in SINGLING_OUT for c in a.children))
    return sorted(out, key=lambda t: t.i)


def a_description(appos: Token) -> bool:
    """"parts of Ukraine, an extremely significant violation of the U.N. Charter": an appositive that
    says what a thing or an act is lists no one ("its neighbours, India and Pakistan" does, and so
    does one of a people: "Aya Hijazi, an American aid worker")."""
    return appos.dep_ == "appos" and appos.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children) and not any(
        c.ent_type_ in NAMED_ENTITIES for c in appos.children if c.dep_ in ("amod", "compound"))


def member_list(prep: Token) -> bool:
    """"including Japan", "among them Modi", "like Britain", "such as Mexico": a preposition that
    lists members."""
    return prep.dep_ == "prep" and (prep.lower_ in MEMBER_LISTS or such_as(prep))


def one_person(tok: Token) -> bool:
    """A person named or one person's title standing alone ("the President"), who has no members
    and is no "they"; joined to another ("the President and the First Lady") the two are a group."""
    return names_a_person(tok) and not tok.conjuncts


def stray_lists(head: Token) -> list[Token]:
    """"The President met with leaders of the region, including President Ruto": the parser may
    hang the list that follows an object on the clause's subject; when that is one person, who
    has no members, it lists the object's ("Several countries have met with Zelensky, including
    Japan" lists the subject's)."""
    verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [prep for subject in verb.children if subject.dep_ in SUBJECTS and one_person(subject)
            for prep in subject.children if member_list(prep) and prep.i > head.i]


def such_as(prep: Token) -> bool:
    """"key partners, such as Mexico and Colombia": the "as" of "such as", whether the parser hangs
    the "such" on it or not."""
    return prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"


def anchor(span: Span) -> Token:
    """The head of the noun phrase a name belongs to ("Pakistan" -> "government" in
    "Pakistan's government"; "Anjum" -> "chief" in "spy chief ... Nadeem Anjum")."""
    tok = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if tok.dep_ == "appos" and before is not None and before.dep_ == "conj" and before.head.i == tok.head.i:
        # "President Biden and Prime Minister Modi": the parser may hang Modi on Biden, as if one
        # person; the title just before the name, the second of the pair, is his
        return before
    while tok.head.i != tok.i and not a_rulebook(tok):  # "the tenets of the UN Charter" are the Charter's
        if tok.dep_ in NP_DEPS and not a_description(tok):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head.i < tok.i and not any(c.dep_ == "poss" for c in tok.head.head.children):
            tok = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in SPEAKER_NOUNS:
            tok = tok.head.head
        else:
            break
    return tok


def a_rulebook(tok: Token) -> bool:
    """A body's standing rules ("charter", "constitution", "guidelines", "rules"), which no owner
    named beside them enacts: "NATO guidelines call for 2%" is no act of NATO's."""
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in word_classes()["rulebooks"] or tok.lower_ in word_classes()["rulebooks_plural"])


def singular(word: str) -> str:
    """A capitalised plural the tagger leaves unlemmatised, made singular: the last word of a title
    of three words or more ("the National Security Advisors of the United States and Pakistan";
    shorter ones read as names too often: "United Airlines", "Security Forces")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def np_tokens(head: Token) -> list[Token]:
    """The head and its pre-modifiers and compounds (no clauses, no prepositional phrases)."""
    out = [head]
    for child in head.children:
        if child.dep_ in NP_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def np_role(head: Token, dictionary: Dictionary, skip: set[int], head_only: bool = False) -> str | None:
    """The sector of the longest role phrase in the noun phrase, the head's own first (only the
    head's, with `head_only`); for a head NAMED_BY_A_DEED, a modifier's first ("Russian military
    hackers", "militant suspects": who they are, the modifier says), and for a RANK_HEADS head any
    phrase before the head word alone ("militant leader")."""
    by_a_deed = head.lemma_.lower() in NAMED_BY_A_DEED
    rank = head.lemma_.lower() in RANK_HEADS
    head_only = head_only and not (by_a_deed or rank)
    of_objects = {c.i for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for c in p.children if c.dep_ == "pobj"}
    tokens = [t for t in np_tokens(head) if t.i not in skip and not t.is_punct]  # "Vice-President"
    lemmas = [t.lemma_.lower() for t in tokens]
    best: tuple[int, int, str] | None = None  # (covers head, length, role)
    for size in (4, 3, 2, 1):
        for k in range(len(tokens) - size + 1):
            words = tuple(t.lower_ for t in tokens[k:k + size])
            role = dictionary.roles.get(tuple(lemmas[k:k + size])) or dictionary.roles.get(words) or (
                dictionary.roles.get((*words[:-1], singular(words[-1])))
                if size > 2 and tokens[k + size - 1].tag_ in ("NNP", "NNPS") else None)
            if role:
                covers_head = any(t.i == head.i for t in tokens[k:k + size])
                if head_only and not covers_head:
                    continue
                if rank:  # the rank alone ranks below the group's word, before it or of it
                    last = tokens[k + size - 1]
                    if not covers_head and ((last.i > head.i and last.i not in of_objects)
                                            or words[-1] in RANK_QUALIFIERS):
                        continue  # "leader of every national security committee" is no civilian
                    # (here the first element ranks: a compound with the rank, the group's word, the rank alone)
                    candidate = (0 if covers_head and size == 1 else 2 if covers_head else 1, size, role)
                else:
                    candidate = (int(covers_head != by_a_deed), size, role)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
    return best[2] if best else None


def resolve(doc: Doc, dictionary: Dictionary | None = None, date: str | None = None,
            voice: str | None = None, questions: list[tuple[int, int]] | None = None,
            headline: Counter | None = None) -> DocActors:
    """Each noun phrase's actor; `date` is the document's day (ISO), when known; `voice` the actor
    code of who speaks in the document (Dictionary.voice), when an institution published it;
    `questions` a transcript's question turns (entente.nlp.question_turns of the unmasked text);
    `headline` the countries its headline names (DocActors.headline_countries of the headline's own
    parse), when it has one."""
    dictionary = dictionary or default_dictionary()
    spans = name_spans(doc, dictionary, date)
    result = DocActors(doc, dictionary=dictionary, date=date, voice=voice_ref(dictionary, voice),
                       questions=question_turns(doc.text) if questions is None else questions,
                       foreign_titles=dictionary.titles_not_of(voice) if voice else frozenset(),
                       headline=headline or Counter())
    by_anchor: dict[int, list[tuple[Span, Entity, str]]] = {}
    for span in sorted(spans, key=lambda s: s.start):
        for key, how in name_choice(dictionary, span.label_, date):
            entity = dictionary.entities[key]
            if how == "place" or how == "capital":
                result.places[span.root.i] = {"name": span.text, "country": key}
            if how != "place":
                result.names[span.root.i] = Ref(entity, "GOV" if how in ("capital", "seat") else None,
                                                span.text, f"{how} of {entity.kind} {entity.name}")
            by_anchor.setdefault(anchor(span).i, []).append((span, entity, how))
    for span in named_places(doc):
        taken = any(i in result.names or i in result.places for i in range(span.start, span.end))
        country = None if taken else town_country(span.text)
        if country in dictionary.entities:
            result.places[span.root.i] = {"name": span.text, "country": country}  # "in Ghazni"
            if span.root.dep_ == "compound":
                # "Kenosha police", "the Manhattan district attorney's office": a role word the
                # town names is of the town's country, as "Lahore police" is of Pakistan's
                by_anchor.setdefault(anchor(span).i, []).append((span, dictionary.entities[country], "place"))
    for i in [i for i, ref in result.names.items() if ref.text in dictionary.homonyms]:
        country = dictionary.homonyms[result.names[i].text]
        if any(result.places.get(t.i, {}).get("country") == country and t.i not in result.names
               for t in listed_with(doc[i])):
            # "Florida, South Carolina and Georgia", "Atlanta, Georgia": the state, not the country
            result.places[i] = {"name": result.names.pop(i).text, "country": country}
            no_longer_named(by_anchor, i)
    for i, country in in_a_division(doc, result, dictionary):
        # "Odessa, Texas", "Paris, Texas": a town set beside a state of another country is in that state
        result.places[i] = {"name": result.places[i]["name"], "country": country}
        result.names.pop(i, None)
        no_longer_named(by_anchor, i)
    for head_i, named in by_anchor.items():
        ref = noun_phrase_ref(doc[head_i], named, dictionary) if named else None
        if ref is not None:
            result.refs[head_i] = ref
    if result.voice is not None and result.voice.entity.kind == "country":
        for i in [i for i in result.refs if i in result.places and own_post(doc[i])]:
            # "Embassy Cairo", "Consulate Peshawar": the speaking state's mission there, as its
            # diplomats name it, not the host's government
            result.refs[i] = Ref(result.voice.entity, "GOV", f"{doc[i - 1].text} {doc[i].text}",
                                 f"the document's voice ({result.voice.why}), its post in {doc[i].text}", voiced=True)
    for owner in [doc[i] for i in result.refs if doc[i].dep_ == "poss"]:
        tok = owner.head
        role = np_role(tok, dictionary, set()) if tok.i not in result.refs else None
        if role:
            # "Sharif's government", "Pakistan's top brass": the owner's country, the head's role;
            # an official's office is the official's ("the district attorney's office": JUD)
            ref = result.refs[owner.i]
            role = ref.role if ref.role and tok.lemma_.lower() == "office" else role
            result.refs[tok.i] = Ref(ref.entity, role, f"{owner.text}'s {tok.text}",
                                     f"{ref.why}; possessor of role word -> {role}")
    for tok in doc:
        if tok.i not in result.refs and tok.i not in result.places and tok.i not in result.names \
                and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in NP_DEPS:
            ref = titled_surname(tok, dictionary, date) or sector_ref(tok, dictionary)
            if ref is not None:
                result.refs[tok.i] = ref
    for tok in doc:
        if tok.pos_ == "NOUN":
            ref = located_ref(tok, result, dictionary) or tied_ref(tok, result, dictionary)
            if ref is not None:
                result.refs[tok.i] = ref
    result.complete = True
    return result


def voice_ref(dictionary: Dictionary, code: str | None) -> Ref | None:
    """The speaker of a voiced document as a ref: a country in a role ("USAGOV"), or an IGO."""
    if not code:
        return None
    country = dictionary.entities.get(code[:3])
    if country is not None and country.kind == "country":
        return Ref(country, code[3:6] or None, country.name, f"{country.name}'s own document")
    entity = dictionary.entities.get(code)
    return Ref(entity, entity.role, entity.name, f"{entity.name}'s own document") if entity else None


def a_travellers_title(head: Token, role: str) -> bool:
    """"The president", "the senator": one person's bare title, of a state's office whose holders
    travel (word class travelling_titles); a titled name ("Senator Bernie Sanders"), a body
    ("lawmakers", "the government") or another group's leader ("an opposition leader") is no
    visitor's."""
    return role in ("GOV", "LEG") and head.lemma_.lower() in word_classes()["travelling_titles"] \
        and head.tag_ in ("NN", "NNP")


def prep_objects(word: Token, *preps: str) -> list[Token]:
    """What the word's phrases of `preps` name ("the leaders of the two countries": countries)."""
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def in_objects(word: Token) -> list[Token]:
    """What the word's "in" phrases name ("officials in Beijing": Beijing)."""
    return prep_objects(word, "in")


def from_objects(word: Token) -> list[Token]:
    """What the word's "from" phrases name, as where people are from ("officials from Kenya"), but
    not where a verb moves them from ("withdrew troops from Afghanistan", "the withdrawal of troops
    from Afghanistan")."""
    mover = word.head if word.dep_ in ("dobj", "nsubjpass") else word.head.head if word.dep_ == "pobj" else None
    if mover is not None and mover.lemma_.lower() in MOVING_WORDS:
        return []
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]


def located_in(head: Token) -> list[Token]:
    """The objects of the noun's "in" or "from" phrases ("officials in Beijing", "officials from
    Kenya"), else of the "in" or "of" phrase that ends a list the noun opens, which is said of the
    whole list ("the citizens and the women of Iran")."""
    own = in_objects(head) + from_objects(head) + situated_in(head)
    last = max((head, *head.conjuncts), key=lambda t: t.i)
    if own or last is head:
        return own
    return [g for c in last.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for g in c.children if g.dep_ == "pobj"]


def situated_in(head: Token) -> list[Token]:
    """Where a participle says the noun is ("two defense companies based in the United States", "a
    company headquartered in Lahore"), as its own "in" phrase would ("companies in the United
    States")."""
    if head.lemma_.lower() in word_classes()["posted_abroad"] or any(
            c.lower_ in OTHERS_WORDS - {"other", "another"} for c in head.children if c.dep_ in ("amod", "compound")):
        return []  # "diplomats based in Cairo", "foreign journalists based in Beijing": from elsewhere
    return [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in word_classes()["situating_participles"]
            for g in in_objects(c)]


def country_of_place(place: Token, result: DocActors, dictionary: Dictionary) -> Entity | None:
    """The country a place word names ("in Pakistan", "in Kabul": its name's country) or is in ("in
    Karachi": the gazetteer's)."""
    name = result.names.get(place.i)
    if name is not None and name.entity.kind == "country":
        return name.entity
    return dictionary.entities.get(result.places[place.i]["country"]) if place.i in result.places else None


def located_ref(head: Token, result: DocActors, dictionary: Dictionary) -> Ref | None:
    """"Officials in Beijing", "police in Karachi", "benefactors in China", "communities in Pakistan":
    a role word (or a partner noun, or people placed) with no country of its own takes the country it
    is placed in. A role word that is owned ("its forces in Lebanon"), named for a people ("Kurdish
    fighters in Iraq") or definite and names someone met before keeps that reading; a partner noun is
    someone else than its owner ("its allies in Saudi Arabia")."""
    ref = result.refs.get(head.i)
    if ref is None:
        if head.lemma_.lower() not in PARTNER_NOUNS | PLACED_PEOPLE:
            return None
        if head.lemma_.lower() in PLACED_PEOPLE and any(c.dep_ in ("amod", "compound") for c in head.children):
            return None  # "the diplomatic community in Islamabad", "the business community in India": whose it says
    elif ref.entity.kind != "sector" or ref.entity.role == UNKNOWN or result.coreference(head) is not None \
            or any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG") for c in head.children):
        return None
    for place in located_in(head):
        entity = country_of_place(place, result, dictionary)
        if entity is None:
            continue
        role = ref.role if ref is not None else "CVL" if head.lemma_.lower() in PLACED_PEOPLE else None
        return Ref(entity, role, f"{head.text} {place.head.text} {place.text}", f"located in {entity.name}"
                   + (f", role word -> {role}" if role else ""))
    return None


def tied_ref(head: Token, result: DocActors, dictionary: Dictionary) -> Ref | None:
    """"A suicide bomber linked to Hamas", "militants affiliated with the Houthis": a role word with
    no country of its own, tied to a group, is one of the group's people, of its country (PSEINS).
    Tied to a state ("fighters allied to Turkey", "rebels linked to Russia") they are its proxies,
    seldom its own people, and stay bare, as those a state backs do (triggers.verb_trigger)."""
    ref = result.refs.get(head.i)
    if ref is None or ref.entity.kind != "sector" or ref.entity.role == UNKNOWN:
        return None
    tied = [g for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() in TIES_VERBS
            for g in prep_objects(acl, "to", "with") if g.i in result.refs]
    for other in tied:
        group = result.refs[other.i]
        country = dictionary.entities.get(ref_country(group) or "")
        if group.entity.kind == "org" and country is not None and country.kind == "country":
            text = " ".join(t.text for t in (*np_tokens(head), *head.doc[other.head.head.i:other.i + 1]))
            return Ref(country, ref.role, text, f"tied to {group.entity.name}, role word -> {ref.role}")
    return None


def group_member(head: Token) -> Token | None:
    """What a number or a group word counts ("teachers" in "1,800 of 2,200 teachers"), or whom a
    meeting is between ("the EU" in "the summit between the EU and Turkey")."""
    prep = "between" if head.lemma_.lower() in GATHERINGS else "of"
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj"), None)


def titled_surname(head: Token, dictionary: Dictionary, date: str | None) -> Ref | None:
    """"Prime Minister Johnson", "Chancellor Merkel": a title before a surname names the one person
    of that surname who holds such an office on the document's day (no one, when the day is
    unknown or two would fit)."""
    # (a surname the tagger missed is a surname still, where a title stands before it: "Chancellor Scholz")
    if date is None or head.ent_type_ not in ("PERSON", "") or head.pos_ != "PROPN" or not head.is_title:
        return None
    title = [t for t in head.subtree if t.i < head.i and t.dep_ == "compound" and t.ent_type_ != "PERSON"]
    role = np_role(head, dictionary, {head.i}) if title else None
    if role is None:
        return None
    words = [t.lower_ for t in title]
    # an office held that day and named by the title; an office PETRARCH's dictionary gives with no
    # title of its own ("Phoenix dictionary") by the title's sector
    holders = [person for person in dictionary.people_named(head.text) if any(
        office.holds(date) and (office.office.lower().split()[-len(words):] == words
                                or office.office == PHOENIX_OFFICE and office.role == role)
        for office in person.offices)]
    if len(holders) != 1:
        return None
    text = " ".join(t.text for t in np_tokens(head))
    return Ref(holders[0], None, text, f"title and surname of person {holders[0].name}, in office on {date}")


def a_state_one_is_in(head: Token) -> bool:
    """"invest in the state", "across the state": one of a country's states, a place, no one."""
    return head.lemma_.lower() == "state" and head.dep_ == "pobj" and head.head.lower_ in ONLY_PLACE_PREPS


def sector_ref(head: Token, dictionary: Dictionary) -> Ref | None:
    """"police", "rebels", "Judge Alejandro Rivera": a role with no country named is still an
    actor, coded by its sector alone as CAMEO does. A person or group the dictionary lacks is kept
    as UNK, so that its acts are still coded (and can be told apart from resolved ones)."""
    if (head.lemma_.lower() in GROUP_HEADS or head.like_num) and not kind_of_its_own(head, dictionary):
        # "thousands of students", "members of parliament": the group is what it is made of
        member = group_member(head)
        if member is not None:
            return sector_ref(member, dictionary)
    if head.ent_type_ not in UNKNOWN_NAME_TYPES and not dictionary.ends_a_role(head):
        return None  # most nouns name no role: no need to look for one
    if mass_sense(head) or sides_of_a_deal(head) or a_rulebook(head) or a_state_one_is_in(head):
        return None  # (nor a body's rules, named for it: "the United States Constitution")
    # a title before a person's name ("Judge Alejandro Rivera"), a role word anywhere in an
    # organisation's ("Junior Doctors Association"), else the head itself ("the police")
    phrase = np_tokens(head)
    qualifiers = {t.i for t in phrase if t.i != head.i and t.lower_ in ADJECTIVE_TITLES} if head.ent_type_ == "ORG" \
        else set()
    role = np_role(head, dictionary, qualifiers, head_only=head.ent_type_ not in ("PERSON", "ORG"))
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lemma_.lower() in SEATS_OF_OFFICE and owner is not None:
        # "the sheriff's office", "the prosecutor's office": a role's office is the role's own body
        role = np_role(owner, dictionary, set()) or role
    text = " ".join(t.text for t in phrase)
    if role is None:
        if head.ent_type_ not in UNKNOWN_NAME_TYPES or head.lemma_.lower() in dictionary.things:
            return None  # no name, or the name of a thing ("COVID-19")
        return Ref(Entity("sector", UNKNOWN, text), None, text, f"{head.ent_type_} name not in the dictionary")
    if role == "GOV" and head.lemma_.lower() in RANK_HEADS and any(
            g.lemma_.lower() in LED_GROUPS or (g.pos_ == "PROPN" and g.ent_type_ not in PLACE_ENTITIES)
            for g in prep_objects(head, "of")):
        # "the leader of the Proud Boys": a group the dictionary would have named if it knew it
        return Ref(Entity("sector", UNKNOWN, text), None, text, "rank of a group not in the dictionary")
    return Ref(Entity("sector", role, text, role=role), role, text, f"role word -> {role}")


def persons_followed(head: Token, named: list[tuple[Span, Entity, str]]) -> list[tuple[Span, Entity, str]]:
    """"Trump supporters", "Putin allies": the person a partner noun follows, named before it."""
    if head.lemma_.lower() not in PARTNER_NOUNS:
        return []
    return [(span, entity, how) for span, entity, how in named
            if entity.kind == "person" and span.root.dep_ == "compound" and span.root.head.i == head.i]


def followers_of(head: Token, person: Entity, dictionary: Dictionary) -> Ref | None:
    """"Trump supporters chanted", "Erdogan backers", "Putin allies criticized": a person's
    followers are of the person's country, not the person; supporters and backers are its people
    (CVL), allies and friends of no known role."""
    entity = dictionary.entities.get(entity_country(person) or "")
    if entity is None:
        return None
    role = "CVL" if head.lemma_.lower() in SUPPORTERS else None
    return Ref(entity, role, " ".join(t.text for t in np_tokens(head)), f"followers of {person.name}")


def bodies_a_member_is_of(head: Token, named: list[tuple[Span, Entity, str]]) -> list[tuple[Span, Entity, str]]:
    """"sanctions against the OPEC member", "a NATO ally", "the EU member state": the organisations
    one of whose members the phrase names, who is not the organisation ("A NATO member, Turkey," is
    Turkey; "NATO allies agreed", "EU member states" are the members together, as the body acts)."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    if head.tag_ != "NN" or not any(w.lemma_.lower() in {"member"} | PARTNER_NOUNS for w in words):
        return []
    return [(span, entity, how) for span, entity, how in named
            if entity.kind == "org" and span.root.dep_ == "compound" and span.root.head in words]


def kind_of_its_own(group: Token, dictionary: Dictionary) -> bool:
    """"the family members of service members": a group word a compound makes a role is that role."""
    return any(c.dep_ == "compound" for c in group.children) \
        and np_role(group, dictionary, set(), head_only=True) is not None


def summit_leaders(head: Token) -> bool:
    """"The leaders reaffirmed their commitment": the bare word, which DocActors.pair_named reads as
    the two leaders a joint statement opens with ("the PTI leaders" are a party's)."""
    return head.lemma_.lower() == "leader" and head.tag_ == "NNS" and [c.lower_ for c in head.children] == ["the"]


def sides_of_a_deal(head: Token) -> bool:
    """"the parties", "both parties", "the parties to the conflict": the sides of a dispute or a
    deal, no political party ("opposition parties", "the ruling party" are)."""
    return head.lemma_.lower() == "party" and head.tag_ == "NNS" and all(
        c.dep_ in ("det", "predet", "nummod", "preconj", "punct") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in head.children)


def mass_sense(head: Token) -> bool:
    return head.lemma_.lower() in MASS_SENSES and head.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod") or c.ent_type_ in ("GPE", "NORP", "ORG") for c in head.children)


def noun_phrase_ref(head: Token, named: list[tuple[Span, Entity, str]], dictionary: Dictionary
                    ) -> Ref | None:
    skip = {i for span, _, _ in named for i in range(span.start, span.end)}
    role = np_role(head, dictionary, skip)
    if role is None and head.i not in skip and head.lemma_.lower() in dictionary.things and not (
            head.lemma_.lower() in SPORTS_SIDES and any(entity.kind == "org" for _, entity, _ in named)):
        # "the Pakistani rupee", "Chinese goods", "the Indian team": the country's thing, not the
        # country; but an organisation fields no sports side ("a UN team", "the IAEA team")
        return None
    if head.lemma_.lower() in ACCORDS and named and all(how in ("capital", "seat", "place") for _, _, how in named):
        # "the Paris Climate Accord", "the Minsk agreements": a deal named for the city it was made in
        return None
    if role is None and head.i not in skip and a_rulebook(head):
        return None  # "the UN Charter", "NATO guidelines", "Omani law": the body's rules, not the body
    if head.i not in skip and head.lemma_.lower() in PARTNER_NOUNS and any(
            c.dep_ == "compound" and c.ent_type_ == "GPE" for c in head.children) and not any(
            c.dep_ == "poss" for c in head.children):
        # "U.S. trading partners": others, allied to it; "its U.S. partners", "Chinese partners" are from there
        return None
    # "the OPEC member", "Trump supporters": the body or the person one belongs to or follows is
    # not the one meant, who is whoever else the phrase names ("NATO member Turkey", "Putin ally
    # Ramzan Kadyrov"), else unnamed, or only the follower of a person
    bodies = [] if head.i in skip else bodies_a_member_is_of(head, named)
    followed = [] if head.i in skip else persons_followed(head, named)
    if bodies or followed:
        named = [n for n in named if n not in bodies and n not in followed]
        if not named:
            return followers_of(head, followed[0][1], dictionary) if followed else None
    if role is None and any(c.dep_ == "poss" and c.lower_ not in PRONOUNS for c in head.children) and all(
            entity.kind == "country" and span.root.dep_ == "compound" for span, entity, _ in named):
        # "President Trump's Middle East peace plan": an owner named by a noun owns the thing, about
        # the place named before it (a pronoun owner may be the place's own: "invested in its
        # Singapore center")
        return None
    # the name the phrase is headed by comes first: "from Syria, Defence Minister Sergei Shoigu
    # said" is Syria, whatever the parser hangs on it
    heading = [n for n in named if n[0].start <= head.i < n[0].end and n[2] != "place"]
    for kind in ("person", "org"):
        for span, entity, how in heading or named:
            if entity.kind == kind:
                # a title said now is the person's role now, unless it says it is past; the title
                # of a phrase about someone else is not theirs ("the son of President Deby")
                title = role if kind == "person" and span.start <= head.i < span.end and not any(
                    t.lower_ in FORMER_WORDS for t in np_tokens(head)) else None
                return Ref(entity, None, span.text, f"{how} of {kind} {entity.name}", title=title)
    for span, entity, how in heading or named:
        if how == "place" and role is None:
            continue
        if span.start <= head.i < span.end and how != "place":
            role = None  # "top investor China": the name is the head, titles before it are not roles
        if how == "seat" or (how == "capital" and span.root.dep_ != "compound"):
            # "Kabul said", "Moscow's decision" are the government's; "a Kabul hotel", "a Jerusalem
            # pizzeria" are in the country
            role = role or "GOV"
        text = " ".join(t.text for t in np_tokens(head)) if role else span.text
        why = f"{how} of {entity.name}" + (f", role word -> {role}" if role else "")
        return Ref(entity, role, text, why, local=local_place(head, span, how, role))
    return None


def local_place(head: Token, span: Span, how: str, role: str | None) -> str | None:
    """The place a phrase's government or police are of, when they are the place's own (Ref.local):
    a town's, a province's or a state's ("the governor of Texas", "Lahore police"), a capital's own
    office ("the mayor of Paris") or a capital named as a city ("the Mexico City government"); not a
    capital's bare name or its officials ("Kyiv said", "Moscow officials": the state's), nor those
    who once held office there."""
    words = {t.lemma_.lower() for t in np_tokens(head) if not span.start <= t.i < span.end}
    own = how == "place" or (how == "capital" and (
        any(t.lower_ == "city" for t in span) or bool(words & LOCAL_OFFICES)))
    return span.text if role in LOCAL_ROLES and own and not words & FORMER_WORDS else None
