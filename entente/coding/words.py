"""Word classes the coder's rules ask about ("support verbs", "claim nouns", "non-factive verbs"),
read from data/word_classes.yaml: the rules are code, the words they apply to are data."""

from __future__ import annotations

from spacy.tokens import Token

from entente.data import word_classes


def _words(name: str) -> frozenset[str]:
    return word_classes()[name]


def of_class(token: Token, words: frozenset[str]) -> bool:
    """The word, by its lemma or as written, is of the class (the tagger may leave "opening" or
    "reporters" unlemmatised)."""
    return token.lemma_.lower() in words or token.lower_ in words


SUPPORT_VERBS = _words("support_verbs")
STATIVE_PASSIVES = _words("stative_passives")
EVENT_CARRIERS = _words("event_carriers")
GROWTH_NOUNS = _words("growth_nouns")
CAPTIVE_WORDS = _words("captive_words")
HOLDING_VERBS = _words("holding_verbs")
PROPERTY_NOUNS = _words("property_nouns")
MONEY_NOUNS = _words("money_nouns")
CONVENING_VERBS = _words("convening_verbs")
TALKS_READ_OUT = _words("talks_read_out")
TOPIC_TURNS = _words("topic_turns")
NEEDING_VERBS = _words("needing_verbs")
INVESTED_NOUNS = _words("invested_nouns")
ACCEPTANCE_VERBS = _words("acceptance_verbs")
MEASURES = _words("measures")
HARM_DONE = _words("harm_done")
HARM_UNDERGONE = _words("harm_undergone")
MISHAPS = _words("mishaps")
SPAN_SETTING_VERBS = _words("span_setting_verbs")
SEIZED_PLACES = _words("seized_places")
DEFEATED = _words("defeated")
ARMS = _words("arms")
INTRANSITIVE_PROTESTS = _words("intransitive_protests")
DIRECTIONAL_VERBS = _words("directional_verbs")
WRONGS = _words("wrongs")
TAKEN_NOT_SEIZED = _words("taken_not_seized")
ABSTRACT_STATES = _words("abstract_states")
PUBLISHED_THINGS = _words("published_things")
MEASURE_NOUNS = _words("measure_nouns")
OWN_READINGS = _words("own_readings")
THE_PRESS = _words("the_press")
AUDIENCES = _words("audiences") | THE_PRESS
NAMING_VERBS = _words("naming_verbs")
ENVOY_VERBS = _words("envoy_verbs")
HELPING_VERBS = _words("helping_verbs")
GIVING_VERBS = _words("giving_verbs")
PEACEKEEPING_WORDS = _words("peacekeeping_words")
SAID_THINGS = _words("said_things")
ABSTRACT_GIFTS = _words("abstract_gifts")
TIME_NOUNS = _words("time_nouns")
BEYOND_BORDERS = _words("beyond_borders")
HEARTENING_VERBS = _words("heartening_verbs")
AERIAL_NOUNS = _words("aerial_nouns")
CLAIM_NOUNS = _words("claim_nouns")
VOICED_NOUNS = _words("voiced_nouns")
PHONE_CALL_WORDS = _words("phone_call_words")
CALL_HOLDING_VERBS = _words("call_holding_verbs")
CIRCUMSTANCE_PREPS = _words("circumstance_preps")
BESIDE_PREPS = _words("beside_preps")
COERCING_VERBS = _words("coercing_verbs")
OBJECT_CONTROL = _words("object_control") | COERCING_VERBS
LEAVING_WORDS = _words("leaving_words")
DECISION_NOUNS = _words("decision_nouns")
READINESS_WORDS = _words("readiness_words")
SCHEDULING_WORDS = _words("scheduling_words")
UTMOST_OBJECTS = _words("utmost_objects")
BIDDING_NOUNS = _words("bidding_nouns")
STRIVING_VERBS = _words("striving_verbs")
STATIVE_VERBS = _words("stative_verbs")
CULPABLE_WORDS = _words("culpable_words")
ASSERTING_GOVERNORS = _words("asserting_governors")
PHASE_VERBS = _words("phase_verbs")
OPENING_WORDS = _words("opening_words")
ACTOR_NOUNS = _words("actor_nouns")
REPORTING = _words("reporting")
MANDATING_WORDS = _words("mandating_words")
WISHING_VERBS = _words("wishing_verbs")
LAWS = _words("laws")
OFFICES_SOUGHT = _words("offices_sought")
ENACTING_VERBS = _words("enacting_verbs")
NON_FACTIVE = _words("non_factive")
FUTURE_WORDS = _words("future_words")
DELIBERATING_VERBS = _words("deliberating_verbs")
DENYING_WORDS = _words("denying_words")
ALLEGATION_VERBS = _words("allegation_verbs")
RESPONSIBILITY_VERBS = _words("responsibility_verbs")
HOSTILE_WORDS = _words("hostile_words")
HOSTILE_NOUNS = _words("hostile_nouns")
VIOLENT_EVENT_NOUNS = _words("violent_event_nouns")
ACTS_OF_FORCE = _words("acts_of_force")
UNIT_NOUNS = _words("unit_nouns")
OTHER_OUTLOOKS = _words("other_outlooks")
STRUGGLE_VERBS = _words("struggle_verbs")
ADDRESSING_VERBS = _words("addressing_verbs")
STATES_AT_LARGE = _words("states_at_large")
STANDING_RELATIONS = _words("standing_relations")
KILLING_WORDS = _words("killing_words")
EVIDENCE_NOUNS = _words("evidence_nouns")
KILLED_PLANS = _words("killed_plans")
HARM_VERBS = _words("harm_verbs")
PRESS_CALL_WORDS = _words("press_call_words")
EXPELLING_WORDS = _words("expelling_words")
SEATS_HELD = _words("seats_held")
