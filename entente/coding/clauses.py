"""Clause structure on a dependency parse: who is the subject, the object, the agent, whom an act
is aimed at, what clause a word takes as its complement, and whether the clause is negated. The
coder asks these of each event word (entente.coding.triggers); what the clause says of its act's
happening is its mode (entente.coding.clause_modes)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from entente.actors.dictionary import commented_csv, default_dictionary, split
from entente.actors.resolve import (
    FIRST_PERSON,
    GATHERINGS,
    NAMED_ENTITIES,
    PLACE_ENTITIES,
    RELATIVE_PRONOUNS,
    prep_objects,
)
from entente.coding.lexicon import ACCORD, Match, of_objects, opened
from entente.coding.words import (
    ACTOR_NOUNS,
    ACTS_OF_FORCE,
    AS_ASIDE_VERBS,
    ASSERTING_GOVERNORS,
    BIDDING_NOUNS,
    COERCING_VERBS,
    CULPABLE_WORDS,
    DONE_IN_AN_ACT,
    GIVING_VERBS,
    HAPPENING_VERBS,
    HELPING_VERBS,
    LEAVING_WORDS,
    MISHAPS,
    OBJECT_CONTROL,
    PHASE_VERBS,
    PLACES_BESIDE,
    PROPERTY_NOUNS,
    READINESS_WORDS,
    SAID_THINGS,
    STATIVE_VERBS,
    UTMOST_OBJECTS,
    VIOLENT_EVENT_NOUNS,
    VOICED_NOUNS,
    of_class,
)

TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "from", "between",
                "for", "over"}
# an attack's "at" is what it is aimed at ("fired rockets at a US base"); elsewhere "at" is where
# something happens ("met at the White House")
AIMED_PREPS = {"at"}
HIT_PREPS = {"on", "upon", "against"}  # "attacks on Israeli forces": whom an act of force hit
VENUE_PREPS = {"at", "in"}  # where a meeting is ("met at the White House")
MEETINGS = "04"  # consultations, meetings, visits
MEETING_INTENT = "036"  # an intent to meet or negotiate
STANCE_PARTICIPLES = {"oppose"}  # "is opposed to": a stance the subject takes, told as a passive
VISIT_PAID = "042"  # a visit paid: where one went is whom it was paid
# prepositions that point an act at someone ("aid to", "sanctions on", "talks with"); "from", "for"
# and "over" more often say where from, for whose sake or about what
DIRECTED_PREPS = {"to", "on", "upon", "against", "with", "between", "toward", "towards", "into", "at"}
AIMED_CODES = ("175", "18", "19")  # violent repression, assaults, fighting
GIVING_CODES = ("06", "07", "08")  # cooperation, aid, yielding: given to someone
AID_CODES = ("033", "07")  # aid pledged or given
AID = "07"  # aid given: economic, military, humanitarian
MATERIAL_COOPERATION = "06"  # economic, military, judicial cooperation: an investment among them
UNDOING_CODES = ("08", "12")  # yielding (lifting, easing) and rejecting: what is undone was someone's
RECIPIENT_PREPS = {"to", "for", "via", "through"}  # "through COVAX": the body that hands it on
# of RECIPIENT_PREPS, those by which a gift goes by way of someone ("through COVAX") or somewhere
# ("through Belarus"): only a body by name is its recipient
CONDUIT_PREPS = {"via", "through"}
# "at the summit", "during the talks", "on the sidelines of": the occasion an act was done at (its
# date is the act's; a city named there is where it was done, not whom it was for)
OCCASION_PREPS = {"at", "during", "on"}
ACT_OCCASION_PREPS = {"in", "during"}  # the act another was done in: "killed in an attack on Monday"
INTENTS = "03"  # pledges and offers: "will share doses through COVAX"
# a sanction, a ban or a restriction imposed, eased or kept: whom it is on hangs anywhere in it
# ("restrictions on travel to Cuba", "a ban on imports of Egyptian products", "sanctions in relation
# to Guinea Bissau")
# (eased, intended to be eased, asked or demanded to be eased, refused easing, threatened, imposed)
RESTRICTION_CODES = ("081", "085", "0351", "0354", "0251", "0254", "1051", "1054", "1241", "1244", "1312", "163")
# words and stances about what someone did or said (comment, appeal, praise, investigation, demand,
# disapproval, rejection, threat, denial): not material acts done to a thing, nor talks about a
# report by someone (04) or an intent to support efforts by them (03), which are with others
REACTION_ROOTS = {"01", "02", "05", "09", "10", "11", "12", "13", "16"}
PROTEST = "14"  # a protest is aimed at whoever did what it is against
PROTESTED_PREPS = {"against", "over"}
RESTRICTED_PREPS = {"on", "against", "to", "from", "of", "in"}
PARTNERSHIP_NOUNS = {"association", "collaboration", "concert", "conjunction", "consultation", "cooperation",
                     "coordination", "partnership"}
TIES_NOUNS = {"tie", "relation", "relationship"}
TALKS = {"040", "041", "046"}  # consulting, discussing by telephone, negotiating: about their object
ATTITUDES = {"012", "013"}  # pessimistic and optimistic comments
YIELDING = "08"  # yielding: to whoever pressed for it
ASKING_ROOTS = {"02", "10"}  # appeals and demands: of whoever is to do what they ask
RELEASE_NOUNS = {"release", "return", "handover"}  # of those held: asked of whoever holds them
CONCERN_PREPS = {"about", "over", "at", "regarding", "concerning", "of", "on"}  # "skeptical of", "optimism on"
HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}  # "wo" is spaCy's token for the "wo" of "won't"
ABILITY = {"can", "ca", "could"}  # "cannot accept any more refugees": a refusal ("ca" of "can't")
NOT_ONLY = {"just", "only", "merely", "simply"}  # "not just X" does X, and more
NEGATORS = {"no", "neither", "never", "nor", "hardly", "scarcely"}  # "we are hardly refusing talks"
# verbs whose negation is their complement's: "not going to respond", "never tried to attack", "has
# not decided to impose sanctions"
NEGATION_CARRIERS = {"go", "try", "attempt", "manage", "dare", "bother", "decide", "choose", "opt", "able", "unable"}
ABLE = {"able", "unable"}  # "were not able to", "is unable to": what one could not do is not done
DAY_ENTITIES = {"DATE", "TIME"}  # the named entities that say when ("in March", "later today")
THING_ENTITIES = {"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", *DAY_ENTITIES, "MONEY",
                  "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}


def infinitive(clause: Token) -> bool:
    """A "to" clause: "to protest", "to resume aid"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def infinitive_beside(verb: Token) -> Token | None:
    """"resolved to increase cooperation, enhance consultations, and increase collaboration": the
    parser may hang a bare verb of a row of "to" clauses on the finite verb the first "to" clause
    completes; such a verb, with no subject or auxiliary of its own, is that clause's sibling."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in FINITE_TAGS | {"VBN"} or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and infinitive(c) and c.i < verb.i), None)


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The clause's subject and whether the clause is passive ("the President was opposed to the
    tax cuts" is his stance, as "opposes" would be: not passive)."""
    subject, passive = clause_subject(verb)
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
    stance = verb.lemma_.lower() in STANCE_PARTICIPLES and agent_of(verb) is None and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return subject, passive and not stance


def clause_subject(verb: Token) -> tuple[Token | None, bool]:
    # the parser sometimes hangs the subject on the auxiliary ("The UK and France however have
    # opposed": "Kingdom" under "have")
    children = [*verb.children, *(g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # 'Senator Thune: “The regime in Iran has rejected ...”': the parser gives the verb the
        # quotation's speaker, set out before a colon, as a second subject; the quotation's acts
        speakers = {c.i for c in subjects if c.i + 1 < len(c.doc) and c.nbor(1).text == ":"}
        children = [c for c in children if c.i not in speakers] if len(speakers) < len(subjects) else children
    for child in children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return author_of(verb.head) or verb.head, False
            return child, False
        if child.dep_ == "nsubjpass":
            return child, True
    # "rejects and condemns": a verb the tagger took for a noun still shares its subject, at the root
    # or as what is said ("The government rejects and condemns the decision, said Al-Mahmoud")
    if verb.dep_ == "conj" and (verb.head.pos_ in ("VERB", "AUX") or verb.head.dep_ == "ROOT" or (
            verb.head.dep_ == "ccomp" and verb.head.tag_ in ("NN", "NNS"))):
        return clause_subject(verb.head)
    # "condemned terrorism, the use of proxies and called on Pakistan to act": a finite verb the
    # parser conjoins to the last object of a list is the list's verb's next act
    if verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and verb.head.pos_ == "NOUN":
        listed = verb.head
        while listed.dep_ in ("conj", "appos") and listed.head.pos_ in ("NOUN", "PROPN"):
            listed = listed.head
        if listed.dep_ in ("dobj", "nsubj") and listed.head.pos_ == "VERB":
            return clause_subject(listed.head)
    # the small model reads an acronym before its verb as an adverb ("USAID/advmod provided"): an
    # acronym there is the subject it missed (a day there is when: "and Tuesday expelled")
    stray = next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i
                  and c.is_upper and len(c) > 1 and c.ent_type_ not in DAY_ENTITIES), None)
    if stray is not None:
        return stray, False
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = direct_object(head)
            if obj is not None:
                return obj, False
        # "Pakistan is expected to sign a deal": the controller signs, in the active voice
        return clause_subject(head)[0], False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and not names_an_actor(verb.head):
        return clause_subject(verb.head.head)  # "issued a declaration demanding ...": its issuer demands
    if verb.dep_ in ("relcl", "acl"):
        if infinitive(verb):
            noun = verb.head
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            governed = noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX")
            # (a possessor owns it, named or not: "the Speaker's decision to travel to Taiwan"; a
            # pronoun one when it is not the governing verb's own subject: "I support his decision")
            own = clause_subject(governor)[0] if governor.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) else None
            owner = next((c for c in noun.children if (c.dep_ == "poss" and (
                c.pos_ != "PRON" or own is None or grammatical_person(c) != grammatical_person(own))) or (
                c.dep_ in ("compound", "amod") and c.ent_type_ in NAMED_ENTITIES)), None) or next(
                (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ in NAMED_ENTITIES), None)
            if owner is not None:
                # "the US decision to resume aid", "an announcement by Micron to invest": the US
                # resumes it, Micron invests (not whoever welcomed or respects the decision)
                return owner, False
            if governed:  # "converged for a rally to protest ...": who protests is who rallies
                return clause_subject(governor)
        return verb.head, verb.tag_ == "VBN"
    if verb.dep_ == "acomp":
        return clause_subject(verb.head)
    if verb.dep_ == "advcl" and infinitive(verb):
        return clause_subject(verb.head)  # "shunned work to protest": a purpose shares its subject
    if verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in CULPABLE_WORDS:
        return clause_subject(verb.head.head)  # "are guilty of violating": the subject violated
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and (verb.head.head.lemma_.lower() in ASSERTING_GOVERNORS
                                                         or readied_or_awaited(verb)):
        # "resorted to throwing stones", "is committed to sharing": the subject throws, shares
        return clause_subject(verb.head.head)
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        subject, _ = clause_subject(verb.head)
        return subject, verb.tag_ == "VBN" and not perfect(verb)  # "have since sanctioned 300 persons"
    return None, False


def grammatical_person(token: Token) -> int:
    """1 for "I", "we", "our"; 2 for "you", "your"; 3 for any other word, a name or "its"."""
    lower = token.lower_
    return 1 if lower in FIRST_PERSON else 2 if lower in ("you", "your", "yours") else 3


def author_of(noun: Token, things: frozenset[str] | None = SAID_THINGS) -> Token | None:
    """"issued a report that calls on ...", "its statement, which condemned ...": a said thing
    speaks for whoever owns or issued it (any thing, with `things` None: "rebuffed our proposal")."""
    if things is not None and noun.lemma_.lower() not in things:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj":
        owner = clause_subject(noun.head)[0]
    return owner


def wielder_of(subject: Token) -> Token | None:
    """"The missiles fired by the Israeli military struck ...": who fired the weapon that acts."""
    if names_an_actor(subject):
        return None
    return next((agent for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for agent in [agent_of(c)] if agent is not None), None)


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def object_of(verb: Token, match: Match) -> Token | None:
    """The target slot: the pattern's preposition's object, the direct object, a prepositional
    object, or the pattern's own noun when it names the target ("expelled two diplomats"). An
    object that names an actor comes first: "expelled the Libyan ambassador to Greece" targets
    Libya, "pledged aid to Ukraine" and "mediated talks between Israel and Hamas" their pobjs."""
    used = {t.i for t in match.tokens}
    if match.ends_in_preposition and match.tokens[-1].dep_ == "prep":
        # "stand with and pray for our President": the object both verbs' prepositions share
        prep = match.tokens[-1]
        asked_for = next((c for c in prep.children if c.dep_ == "pobj"), None) or clause_party(
            prep) or next((g for other in verb.children if other.dep_ == "conj" for p in other.children
                           if p.dep_ in ("prep", "dative") for g in p.children if g.dep_ == "pobj"), None)
        aside = prep.i + 1 < len(prep.doc) and prep.nbor(1).is_punct
        if asked_for is None and aside and not any(c.dep_ == "pcomp" for c in prep.children):
            # "stands with, again, Iranian women": an aside cuts the preposition off its object,
            # which the parser hangs on the verb
            asked_for = next((c for c in verb.children if c.dep_ in ("npadvmod", "dobj") and c.i > prep.i), None)
        # "condemned the killing of civilians by Russian forces", "rallied against abuses by the
        # police": at whoever did it
        reaction = match.code[:2] in REACTION_ROOTS or match.code.startswith(PROTEST)
        # (the act the pattern's "of" names, or what it is against; not what a response is "to":
        # "condemned the response by Israel to the attack by Hamas")
        acts = [prep.head] if prep.lower_ == "of" else [asked_for] if asked_for is not None \
            and prep.lower_ in PROTESTED_PREPS else []
        doer = a_doer([d for act in acts for d in done_by(act)]) if reaction else None
        if doer is not None and not (asked_for is not None and actor_like(asked_for) and prep.lower_ != "of"):
            return doer
        if asked_for is not None and prep.lower_ == "of" and match.code[:2] in ASKING_ROOTS:
            # "demanded the release of its citizens detained by India": a pattern that ends on the
            # act's own "of" asks India (a frame's "called for" asks it on its noun: triggers)
            asked_for = asked_of(prep.head) or asked_for
        if asked_for is not None and not actor_like(asked_for):
            asked_for = whose_words(asked_for) or asked_for  # "responded to demands from UNITA"
        # "asked the European Union for aid": what the preposition names is what is asked for; the
        # actor the verb names first is whom; "call on all parties": the parser may hang the
        # preposition's object on the verb
        named = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i not in used and not stranded(verb, c)]
        # "meet his counterpart Italian President Sergio Mattarella at a lunch", "meet regional rival
        # Japan's Prime Minister Shinzo Abe, at a time when": the one naming an actor, or its apposition
        addressee = next((c for c in named if addressee_named(c)), named[0] if named else None)
        if addressee is not None and (asked_for is None or (addressee_named(addressee) and not actor_like(asked_for))):
            return addressee
        if asked_for is not None and prep.lower_ in VENUE_PREPS and not actor_like(asked_for):
            # "will meet at Camp David with leaders of Japan": where, and then with whom ("Biden and
            # Modi met at the White House": with no one, a meeting's venue is no counterpart)
            partner = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                            for g in p.children if g.dep_ == "pobj"), None)
            held = match.code.startswith(MEETINGS) and not match.code.startswith(VISIT_PAID)  # a visit is to where
            return partner if partner is not None or held else asked_for
        return asked_for
    # "refuse to release X": the pattern's own inner verb holds the object, as does the verb a gift's
    # noun hangs on ("pledged to deliver aid to Ukraine" matches "pledge aid")
    verbs = [verb, *(t for t in match.tokens[1:] if t.pos_ == "VERB")]
    if match.code.startswith(AID_CODES):
        verbs += [t.head for t in match.tokens[1:] if t.pos_ == "NOUN" and t.head.pos_ == "VERB"
                  and t.head.lemma_.lower() in GIVING_VERBS and t.head not in verbs]
    # "meet his counterpart Italian President Sergio Mattarella": the parser may find two objects,
    # of which the one naming an actor is whom
    objects = [c for holder in verbs for c in holder.children
               if c.dep_ in ("dobj", "dative") and c.i not in used and not stranded(holder, c)]
    shared = shared_object(verb) or object_after_an_aside(verb) or object_past_an_as_aside(verb)
    if not objects and shared is not None and shared.i not in used:
        objects = [shared]
    direct = next((c for c in objects if addressee_named(c)), objects[0] if objects else None) or next(
        (g for c in verb.children if small_clause(c) for g in c.children if g.dep_ == "nsubj"), None)
    nouns = [t for t in match.tokens[1:] if t.pos_ in ("NOUN", "PROPN")]
    own = next((t for t in nouns if t.dep_ == "dobj"), None)
    if own is not None and any(t.lower_ == "of" for t in match.tokens) and not owned_or_named_for(own):
        own = None  # "declared a state of siege": the act, not who suffers it ("Trump's offer of talks": his)
    # the other side of talks opened by a gerund may hang on it ("called for resuming dialogue with
    # Pakistan")
    openings = [n.head for n in nouns if n.dep_ == "dobj" and any(t.i == n.i for t in opened(n.head))]
    # "is grateful to China": a predicate adjective of the pattern holds its object as a verb would
    # (not a readiness: "prepared for the long haul" is ready for no one)
    states = [t for t in match.tokens[1:]
              if t.pos_ == "ADJ" and t.dep_ == "acomp" and not match.code.startswith(INTENTS)]
    # a converted pattern's noun is the act it names ("condemn * attack"): whom that act hit is not
    # whom the verb aims at
    holders = verbs if match.pattern.converted else [*verbs, *nouns, *openings, *states]
    prepositional = [pobj for holder in holders for pobj in target_pobjs(holder, match, used)]
    if direct is not None and not act_of_force(direct) and (
            match.code not in TALKS or direct.lemma_.lower() in PARTNERSHIP_NOUNS | TIES_NOUNS):
        # "aid to Ukraine", "sanctions on Chinese companies"; but "a call for its forces to deploy"
        # names who would act, not the target, "condemned the attack on the consulate" is aimed at
        # whoever attacked, not at the consulate, and "discussed the latest between Israel and
        # Hamas" is a talk about them, not with them (but "discussed the ties between the UAE and
        # Bahrain" is one of the two with the other)
        prepositional += [p for p in target_pobjs(direct, match, used) if p.head.lower_ != "for"]
    # the direct object is never the pattern's own noun (`used`): the two are looked at in turn;
    # a protest's is what it is against ("rallied against abuses by the police"), not its own noun
    # ("a protest by students") nor a place it went over ("marched over the bridge built by China")
    protested = [g for holder in verbs for c in holder.children if c.dep_ == "prep" and c.lower_ in PROTESTED_PREPS
                 for g in c.children if g.dep_ == "pobj" and not of_class(g, PLACES_BESIDE)
                 and g.ent_type_ not in PLACE_ENTITIES] if match.code.startswith(PROTEST) else []
    doers: list[Token] = []
    for acted_on in (t for t in (direct, own, *protested) if t is not None):
        if (match.code[:2] in REACTION_ROOTS or acted_on in protested) and not actor_like(acted_on):
            # "condemned the attack by Hamas", "spurned offers for peace talks by the Kabul
            # government": a word about an act or a word is aimed at whoever did or said it (not
            # one about people a participle says were acted on: "pardoned Americans targeted by
            # the Biden Administration")
            doers += done_by(acted_on)
        if acted_on in protested:
            continue
        if act_of_force(acted_on):
            continue
        if match.code.startswith(UNDOING_CODES):
            # "lifted sanctions imposed on China": what is lifted or refused was imposed on or asked
            # of someone, and its participle says whom ("praised the aid sent to Afghanistan by
            # China" praises China, not Afghanistan)
            prepositional += [p for c in acted_on.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              for p in target_pobjs(c, match, used) if p.head.lower_ in DIRECTED_PREPS]
    if match.code == ACCORD:
        # "we share Congress's concern about forced labor in Xinjiang": agreed with whose it is;
        # "Ukrainian officials share our concerns" agree with the speaker (but "we shared our
        # concerns", "the President shared our concerns with President Xi" convey the speaker's own)
        subject = clause_subject(verb)[0]
        others_share = (subject is None or subject.lower_ not in FIRST_PERSON) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for t in (verb, direct, own) if t is not None for c in t.children)
        sharer = next((c for t in (direct, own) if t is not None for c in t.children if c.dep_ == "poss" and (
            actor_like(c) or (others_share and c.lower_ in FIRST_PERSON))), None)
        if sharer is not None:
            return sharer
    if match.code[:2] in REACTION_ROOTS:
        # "condemned Russia's invasion of Ukraine": a word about an act of force is aimed at whose act it is
        doer = next((c for t in (direct, own) if t is not None and t.lemma_.lower() in VIOLENT_EVENT_NOUNS
                     for c in t.children if c.dep_ == "poss" and actor_like(c)), None)
        if doer is not None:
            return doer
    # ... and one about an act it says who did, rather than whom it was done to ("condemned the use
    # of force against protesters by Myanmar's military"); not where the verb or the pattern's own
    # noun is aimed at another ("imposed sanctions on the CAR ... abuses by armed groups")
    doer = a_doer(doers)
    aimed = any(p.head.lower_ in DIRECTED_PREPS and p.head.head in (*verbs, own) and actor_like(p)
                for p in prepositional)
    if doer is not None and not aimed:
        return doer
    prepositional += doers
    if match.code[:2] in ASKING_ROOTS:
        asked = next((a for t in (direct, own) if t is not None for a in [asked_of(t)] if a is not None), None)
        if asked is not None:
            return asked
    # "accepted the demands by protesters for talks with the government", "conceded to demands from
    # UNITA": an answer goes to whoever made what it answers
    author = next((a for t in (direct, own, *prepositional) if t is not None
                   for a in [whose_words(t)] if a is not None), None)
    if author is not None:
        return author
    chosen = next((p for p in prepositional if p.head.lower_ in DIRECTED_PREPS and actor_like(p)), None)
    for candidate in (direct, own):
        # "sent top government officials to Qatar", "dispatched a team to Kabul": people sent,
        # unless the phrase says whose they are, yield to whom they go; property always does
        # ("returned six Iraqi artifacts to the government of Iraq")
        if candidate is not None and actor_like(candidate) and (chosen is None or (
                says_whose(candidate) and candidate.lemma_.lower() not in PROPERTY_NOUNS)):
            return candidate
    if chosen is not None:
        return chosen
    if match.code.startswith(RESTRICTION_CODES):
        # in what is restricted (the object, or the pattern's own noun: "lift a ban") or in the
        # verb's phrases ("lifted travel curbs to and from North Korea")
        holders = [t for t in (direct, own) if t is not None] + [c for c in verb.children if c.dep_ == "prep"]
        restricted = next((g for h in holders for t in phrase_tokens(h)
                           if t.pos_ == "ADP" and t.lower_ in RESTRICTED_PREPS
                           for g in t.children if g.dep_ == "pobj" and actor_like(g)), None)
        if restricted is not None:
            return restricted
    if match.code.startswith((*GIVING_CODES, INTENTS)):
        # "sent supplies and personnel such as doctors to Nepal", "€10 million in aid to the
        # Palestinian people": a gift's recipient hangs anywhere in what is given; "donated doses
        # through COVAX", "will share 75% through COVAX": the body that hands it on, on the verb
        preps = [*(direct.subtree if direct is not None else ()),
                 *(c for c in verb.children if c.lower_ in CONDUIT_PREPS)]
        recipient = next((g for t in preps if t.dep_ == "prep" and t.lower_ in RECIPIENT_PREPS
                          for g in t.children if g.dep_ == "pobj" and (actor_like(g) or placed_in_a_country(g))),
                         None)
        if recipient is not None and (recipient.head.lower_ not in CONDUIT_PREPS or (
                recipient.pos_ == "PROPN" and recipient.ent_type_ not in PLACE_ENTITIES | {"NORP"})):
            # a body by name, not a place ("sent through Belarus" goes by way of it) nor one's own
            # means ("through USAID's warehouse", "through joint task forces")
            return recipient
    if match.code.startswith(GIVING_CODES):
        helped = helped_by(verb)
        if helped is not None:
            return helped
    # "refused vaccine donations from COVAX", "pledged support for Ukraine": an actor named in a
    # phrase outranks a thing as the object ("over" says what about: "sanctions over Ukraine")
    named = next((p for p in prepositional if p.head.lower_ != "over" and actor_like(p)), None)
    if named is not None and (direct is None or not names_an_actor(direct)):
        return named
    if match.code.startswith(YIELDING):
        forcer = forced_by(verb)
        if forcer is not None:
            return forcer
    if direct is not None:
        return direct
    if prepositional:
        return prepositional[0]
    return own


def done_by(act: Token) -> list[Token]:
    """Who the phrase of an act or a word says did or said it: "the attack by Hamas", "offers for
    peace talks by the Kabul government", "the attack on a police station by Taliban militants", or
    a participle's agent ("the efforts made by Indonesia", "the attack carried out by Hamas"); not
    one a clause further in names ("sanctions on the CAR due to abuses by armed groups")."""
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]  # "the threats and the acts by the Houthis"
    heads = [*acts, *(g for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ != "by"
                      for g in p.children if g.dep_ == "pobj")]
    return [g for h in heads for g in prep_objects(h, "by")] + [
        agent for a in acts for c in a.children if c.dep_ == "acl" and c.tag_ == "VBN"
        for agent in [agent_of(c)] if agent is not None]


def a_doer(doers: list[Token]) -> Token | None:
    """The first of `doers` (done_by) that names an actor and no place a "by" may set the act beside
    ("the killing of a soldier by the Lebanese border")."""
    return next((d for d in doers if actor_like(d) and not of_class(d, PLACES_BESIDE)), None)


def act_of_force(noun: Token) -> bool:
    """"the attack", "violence", "recent acts of terror": what it hit is not whom a word about it
    is aimed at."""
    return noun.lemma_.lower() in VIOLENT_EVENT_NOUNS | ACTS_OF_FORCE or (noun.lemma_.lower() == "act" and any(
        o.lemma_.lower() in VIOLENT_EVENT_NOUNS | ACTS_OF_FORCE for o in of_objects(noun)))


def hit_by_force(word: Token) -> bool:
    """"attacks on Israeli forces", "on Ukraine's grid", "violence against protesters": the word
    names whom an act of force hit (not "attacks on civilians and Russia's refusal to negotiate",
    whose refusal is another thing the phrase names)."""
    owner = word.dep_ == "poss"
    if owner:
        word = word.head
    while (word.dep_ in ("amod", "compound") or (word.dep_ == "conj" and not owner)) and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in HIT_PREPS and act_of_force(word.head.head)


def asked_of(act: Token) -> Token | None:
    """Who is to do the act an appeal or a demand asks for, where the act's phrase names them:
    "the release of its citizens detained by India" is asked of India, who holds them; "the
    withdrawal of Russian troops from Ukraine" of the troops, who are to go (the resolver reads
    the act's phrase as theirs, on its head)."""
    lemma = act.lemma_.lower()
    if lemma not in RELEASE_NOUNS | LEAVING_WORDS:
        return None
    held = next((g for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    if held is None:
        return None
    # (the parser may hang "detained by India" on the release; "displaced by the war" names no one)
    holder = next((a for c in (*held.children, *act.children) if c.dep_ == "acl" and c.tag_ == "VBN"
                   for a in [agent_of(c)] if a is not None and actor_like(a)), None)
    if holder is not None:
        return holder
    # forces a country's own ("Russian troops", "its forces"; not "foreign forces", whose place
    # stays the act's other side)
    return act if lemma in LEAVING_WORDS and owned_or_named_for(held) else None


def forced_by(verb: Token) -> Token | None:
    """Who made the one who does the verb's act do it: "Trump forced Colombia to accept the
    flights" (Colombia, the coercing verb's object, accepts; Trump made it)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in COERCING_VERBS or direct_object(head) is None:
        return None
    return clause_subject(head)[0]


def addressee_named(token: Token) -> bool:
    """An object that names an actor, itself or in its apposition ("regional rival Japan's Prime
    Minister Shinzo Abe")."""
    return actor_like(token) or any(a.dep_ == "appos" and actor_like(a) for a in token.children)


def shared_object(verb: Token) -> Token | None:
    """"arrested and charged two men", "condemned and rejected the move": the object two verbs
    share, which the parser hangs on the second only: for verbs side by side ("and", a comma or
    an adverb between: "condemned and then rejected"), the first with no object or clause of its
    own, the second with no subject of its own."""
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if second is None or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(t.dep_ not in ("cc", "punct", "advmod") for t in verb.doc[verb.i + 1:second.i]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None
    return next((c for c in second.children if c.dep_ == "dobj"), None)


def object_after_an_aside(verb: Token) -> Token | None:
    """"issued a statement condemning, in the strongest terms, the acts by the Houthis": an aside
    between commas cuts the verb off its object, which the parser hangs elsewhere (on the noun the
    verb describes, as an apposition)."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," or doc[verb.i + 2].dep_ != "prep" or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    close = next((t for t in doc[verb.i + 2:verb.sent.end] if t.text == ","), None)
    if close is None or not all(t.head.i in range(verb.i + 2, close.i) or t.i == verb.i + 2
                                for t in doc[verb.i + 2:close.i]):
        return None  # no aside that is one phrase
    after = next((t for t in doc[close.i + 1:verb.sent.end] if t.head.i <= close.i), None)
    # a day after the aside is when ("protested, in a formal note, on Tuesday"), not what
    if after is None or after.pos_ not in ("NOUN", "PROPN") or after.dep_ not in ("appos", "dobj") \
            or after.ent_type_ in DAY_ENTITIES:
        return None
    return after


def object_past_an_as_aside(verb: Token) -> Token | None:
    """"has now killed, as you all know, more than 200 people": an aside between commas whose verb
    takes no object of its own (its "as" stands for what is known) does not cut the verb off the
    object after it, which the parser hangs on the aside's verb or on the verb as no object. Not "as"
    of time or cause, with no commas ("retaliated as it saw NATO expansion as a threat")."""
    doc = verb.doc
    asides = (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.lemma_.lower() in AS_ASIDE_VERBS)
    for aside in asides:
        mark = next((m for m in aside.children if m.dep_ == "mark" and m.lower_ == "as" and m.i > 0), None)
        if mark is None or doc[mark.i - 1].text != ",":
            continue
        close = next((t for t in doc[aside.i + 1:verb.sent.end] if t.text == ","), None)
        if close is None:
            continue
        hung = [o for o in doc[close.i + 1:verb.sent.end] if o.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                and o.ent_type_ not in DAY_ENTITIES]
        return next((o for o in hung if (o.head.i == aside.i and o.dep_ == "dobj")
                     or (o.head.i == verb.i and o.dep_ in ("dep", "npadvmod"))), None)
    return None


def whose_words(noun: Token) -> Token | None:
    """Who made the demand, the charge or the offer a verb answers: "accepted the demands by
    protesters", "denied charges from Liberman"; the parser may hang that "by" on an active verb
    ("denied charges by Central American clergymen"), where it cannot be the verb's agent."""
    if noun.lemma_.lower() not in VOICED_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None  # "rejected Hamas's demands by a large majority": the owner made them
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" and not subject_of(noun.head)[1] else [])]
    return next((g for holder in holders for c in holder.children
                 if c.dep_ == "prep" and c.lower_ in ("by", "from") and (holder is noun or c.lower_ == "by")
                 for g in c.children if g.dep_ == "pobj" and someone(g)), None)


def someone(token: Token) -> bool:
    """A person, a group or a state: a name or an actor noun, or one of a people's ("Central American
    clergymen"), or a word for people that the dictionary gives a role ("protesters"); not "a large
    majority", "letter"."""
    return token.ent_type_ not in THING_ENTITIES and (actor_like(token) or people(token))


def people(token: Token) -> bool:
    """A word for people that the dictionary gives a role: "protesters", "the population"."""
    return word_role(token) is not None


def word_role(token: Token) -> str | None:
    """The sector the dictionary gives the word alone ("protesters": CVL, "reservists": MIL)."""
    return default_dictionary().roles.get((token.lemma_.lower(),))


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a phrase, not of the clauses in it ("a trip in Paris, where he had lunch with
    Macron": not Macron), nor what the parser hangs on it past one ("a statement condemning, in the
    strongest terms, the acts by the Houthis": the acts condemned, clauses.object_after_an_aside)."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        # a participle's clause, not a relative one ("the man who leads Russia, Vladimir Putin")
        clause = next((c.i for c in tok.children if c.dep_ == "acl"), len(tok.doc))
        stack += [c for c in tok.children if c.pos_ not in ("VERB", "AUX") and not (c.dep_ == "appos" and c.i > clause)]
    return sorted(out, key=lambda t: t.i)


def complement_party(clause: Token) -> Token | None:
    """Whom a hope, a worry or an intent concerns when its verb names no one: the actor its clause
    makes the subject ("hopes the Senate will act") or the one it acts with or on ("committed to
    working together with the countries of the Western Hemisphere")."""
    subject, _ = subject_of(clause)
    if clause.dep_ == "ccomp" and subject is not None and names_an_actor(subject):
        return subject
    # "giving money to the boat people": the parser may call that "to" a dative
    return next((g for t in clause.subtree if t.dep_ in ("prep", "dative") and t.lower_ in DIRECTED_PREPS
                 for g in t.children if g.dep_ == "pobj" and actor_like(g)), None)


def actor_it_is_about(trigger_tokens: list[Token]) -> Token | None:
    """Whom a hope or a worry is about, named in what it is about: "optimism about the talks with
    Argentina", "skeptical about Iranian motives", "pessimism over holding negotiations with the
    United States"; not in a clause there ("the fate of a journalist who vanished in Turkey")."""
    phrases = [t for holder in trigger_tokens for prep in holder.children
               if prep.dep_ == "prep" and prep.lower_ in CONCERN_PREPS
               for t in [*phrase_tokens(prep), *gerund_phrases(prep),
                         *(w for of in phrase_tokens(prep) if of.lower_ == "of" and of.i != prep.i
                           for w in gerund_phrases(of))]]
    # "voiced hope that the new government in Greece will help", "hoped the lifting of martial law
    # in Beijing would lead to ...": the clause hoped or feared, by its subject's phrase
    phrases += [t for holder in trigger_tokens for clause in holder.children if hoped_clause(clause)
                for subject in [subject_of(clause)[0]] if subject is not None for t in phrase_tokens(subject)]
    # "optimism about the economic reforms taken by the Egyptian government": whoever did it
    phrases += [agent for t in phrases for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for agent in [agent_of(c)] if agent is not None]
    nouns = [t for t in phrases if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and actor_like(t)]
    # a name before a role word ("the use of force by police in Hong Kong": Hong Kong, not force)
    named = (t for t in nouns if t.ent_type_ in NAMED_ENTITIES or owned_or_named_for(t))
    return next(named, nouns[0] if nouns else None)


def gerund_phrases(prep: Token) -> list[Token]:
    """The phrases of a gerund a preposition takes, its doer's first: "pessimism over holding
    negotiations with the United States", "worried about China building bases in Cambodia" (China
    is the one it is about, not where it builds), "the prospect of Israel conducting operations"."""
    return [w for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
            for c in sorted(g.children, key=lambda c: c.dep_ not in ("nsubj", "poss"))
            if c.dep_ in ("nsubj", "poss", "dobj", "prep") for w in phrase_tokens(c)]


def hoped_clause(clause: Token) -> bool:
    """A clause a hope or a worry holds: a verb's object clause, or a noun's "that" clause ("hope
    that ..."), not a relative one ("the hope that he voiced")."""
    return clause.dep_ == "ccomp" or (clause.dep_ == "acl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def placed_in_a_country(token: Token) -> bool:
    """"support for agri-businesses in Nigeria": whoever they are, they are in a named country."""
    return any(t.ent_type_ == "GPE" for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
               for t in c.subtree)


def helped_by(verb: Token) -> Token | None:
    """Whom a gift's stated purpose helps: "earmarked aid to help Haiti cope"."""
    for purpose in verb.subtree:
        if purpose.lemma_.lower() in HELPING_VERBS and purpose.pos_ == "VERB" and infinitive(purpose):
            for child in purpose.children:
                helped = child if child.dep_ == "dobj" else next(
                    (g for g in child.children if g.dep_ == "nsubj"), None) if child.dep_ == "ccomp" else None
                if helped is not None and actor_like(helped):
                    return helped
    return None


def direct_object(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "dobj" and not stranded(token, c)), None)


def stranded(verb: Token, obj: Token) -> bool:
    """"The government has now killed, as you all know, more than 200 people, and we condemn the
    authorities; the targeted arrests of journalists": an object the parser hangs on a verb past a
    later clause of the verb's own, with a subject and an object of its own, is that clause's list,
    not the verb's (but "the army has bombed, and the militia has looted, towns" share theirs)."""
    return any(c.dep_ == "conj" and verb.i < c.i < obj.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
               and any(o.dep_ in ("dobj", "dative") for o in c.children) for c in verb.children)


def target_pobjs(holder: Token, match: Match, used: set[int]) -> list[Token]:
    """The objects of the holder's target prepositions ("to", "on", "with", ...; "at" for an attack)."""
    # one fights or protests for someone, not at them
    preps = (TARGET_PREPS | AIMED_PREPS) - {"for"} if match.code.startswith(AIMED_CODES + ("14",)) else TARGET_PREPS
    out = []
    for child in holder.children:
        # "sent medical supplies to African countries": the parser may call that "to" a dative
        if (child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP")) and child.lower_ in preps \
                and child.i not in used:
            pobj = prep_object(child) or (
                clause_party(child) if child.lower_ in DIRECTED_PREPS else None)  # "a proposal for signing X"
            if pobj is None or pobj.ent_type_ in DAY_ENTITIES or at_someones_word(pobj):
                continue  # "fight on behalf of the Afghans": for them, not at them
            if child.lower_ in AIMED_PREPS and pobj.ent_type_ in THING_ENTITIES:
                continue  # "the airstrike at Baghdad International Airport": where, not whom
            out.append(pobj)
        elif child.dep_ == "prep" and child.lower_ == "in":
            # "an investment in partnership with the WMO": the partner is the other side
            out += [g for pobj in child.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in PARTNERSHIP_NOUNS
                    for p in pobj.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj"]
    return out


def at_someones_word(noun: Token) -> bool:
    """"At the direction of President Trump", "on behalf of the Afghans": whose word an act is done
    by, not where or at whom it is done."""
    return noun.lemma_.lower() in BIDDING_NOUNS


def with_object(word: Token) -> Token | None:
    """Whom or what the word is "with" ("shared the evidence with allies", "provided Ukraine with
    weapons")."""
    return next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"), None)


def prep_object(preposition: Token) -> Token | None:
    """The preposition's object, or that of the one it is conjoined with: "aid into and throughout
    Gaza" goes into Gaza."""
    return next((g for p in (preposition, *preposition.conjuncts) for g in p.children if g.dep_ == "pobj"), None)


def clause_party(preposition: Token) -> Token | None:
    """The actor a preposition's clause names, where it has a clause for an object: "agree with what
    Republicans were proposing" (its subject), "a lawsuit against visiting Crown Prince Mohammed
    bin Salman" (its object)."""
    clause = next((g for g in preposition.children if g.dep_ == "pcomp"), None)
    if clause is None:
        return None
    # a subject the clause shares with the verb above it ("is committed to working") is no party to it
    return next((party for party in (subject_of(clause)[0], direct_object(clause))
                 if party is not None and clause.left_edge.i <= party.i <= clause.right_edge.i
                 and actor_like(party)), None)


def actor_like(token: Token) -> bool:
    """A name, an actor noun, or a noun owned by or named for one ("three Chinese companies",
    "Iranian airline Mahan Air"); not an indefinite country, which names none in particular ("to
    an Arab country"), though an indefinite person of one is of that one ("a senior Indian
    diplomat")."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return token.lemma_.lower() not in COUNTRY_NOUNS and names_an_actor(token) and owned_or_named_for(token)
    return names_an_actor(token) or owned_or_named_for(token)


def owned_or_named_for(token: Token) -> bool:
    return any(t.ent_type_ in NAMED_ENTITIES
               for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree)


def says_whose(token: Token) -> bool:
    """A name, or a noun owned by or named for one ("the Dutch ambassador", "UN agencies"); not a
    bare role ("top government officials")."""
    return token.pos_ == "PROPN" or token.ent_type_ in NAMED_ENTITIES or owned_or_named_for(token)


def names_an_actor(token: Token) -> bool:
    """An unresolved target blocks the event only when it is a name or a group of people."""
    if token.ent_type_ in THING_ENTITIES:
        # "blocked the Europe Bridge": a named place or thing, not an actor; but a world region,
        # which the tagger calls a place too, stands where a country would ("donated doses to Africa")
        return token.ent_type_ == "LOC" and a_region(token)
    return token.pos_ == "PROPN" or token.ent_type_ in NAMED_ENTITIES or \
        token.lemma_.lower() in ACTOR_NOUNS


def a_region(token: Token) -> bool:
    """Whether the place name the token is in is a world region CAMEO codes (data/regions.csv)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = doc[start:end].text.lower()
    return words.removeprefix("the ") in region_names()


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    return frozenset(name.lower().removeprefix("the ") for row in commented_csv("regions.csv")
                     for name in split(row["aliases"]))


# an indefinite one of these names none in particular: "to an Arab country", "a Western power"
COUNTRY_NOUNS = {"country", "nation", "state", "power"}
# "at no time", "at no point", "in no way": never, said of when or how ("with no hesitation" is not)
NEVER_NOUNS = {"time", "point", "stage", "moment", "way", "circumstance"}
NO_ONE = {"nothing", "none", "nobody"}  # "that's nothing we will apologize for": a clause on none


def is_negated(token: Token, match: Match) -> bool:
    """Negated in its own words, or through the verb it completes ("not going to respond")."""
    carried = negation_carriers(token)
    if any(tok.dep_ == "relcl" and tok.head.lower_ in NO_ONE and tok.head.dep_ == "attr" for tok in (token, *carried)):
        # "that's nothing we're going to apologize for", "there is nothing we can offer" (but "nothing
        # Iran offered was accepted": offered)
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and none_of(c) for c in token.children):
        # "no prisoners were released", "zero illegal immigrants were released" (an object is the
        # verb's: "donating 1.1 billion doses, no strings attached")
        return True
    if any(t.lower_ == "unable" for t in carried):
        return True  # "Iran was unable to retaliate"
    if negated_with_its_pair(token):
        return True
    for tok in (token, *match.tokens, *carried):
        for child in tok.children:
            if a_denial(child):
                return True
            if child.dep_ == "prep" and any(  # "at no time did we say", "in no way has it agreed"
                    g.dep_ == "pobj" and g.lemma_.lower() in NEVER_NOUNS and
                    any(d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in child.children):
                return True
    return False


def a_denial(word: Token) -> bool:
    """A word that denies the verb it hangs on: "not" (but "whether or not", "not only"), "never",
    "no", "hardly"."""
    return (word.dep_ == "neg" and not whether_or_not(word) and not not_only(word)) or (
        word.dep_ in ("det", "advmod") and word.lower_ in NEGATORS)


def negated_with_its_pair(verb: Token) -> bool:
    """"did not condemn or criticize Russia", "has neither condemned nor criticized it", "will not
    attend the summit and meet Sharif": a verb joined to a negated one, with no subject nor
    auxiliary of its own, is denied with it when "or" or "nor" joins them, or when both are bare
    verbs the negated auxiliary governs ("did not attend the summit but met Pakistani officials",
    "have not been truthful and deny it": a tense of its own; "decided not to expel the envoy
    and summon him instead": done in its stead)."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or c.lower_ in ("instead", "rather")
            for c in verb.children):
        return False
    joined_by = {c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i}
    if "nor" in joined_by:
        return True
    return any(a_denial(c) for c in head.children) and ("or" in joined_by or (verb.tag_ == head.tag_ == "VB"))


def not_only(word: Token) -> bool:
    """The "not" of "didn't just defend democracy, it helped save it", "not only condemned": the act
    done, and more; not "can't just accept that", "won't just stand by": what one will not simply do."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ in NOT_ONLY and not any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | ABILITY | {"will", "wo"} for c in word.head.children)


def whether_or_not(word: Token) -> bool:
    """The "not" of "whether or not China has decided": an open question, no denial."""
    return word.i >= 2 and [t.lower_ for t in word.doc[word.i - 2:word.i]] == ["whether", "or"]


def negation_carriers(token: Token) -> list[Token]:
    """The verbs whose negation is `token`'s: "not going to respond", "has not decided to impose";
    "we don't have any calls to preview" (no call, as "have" says there is none); "I'm not here to
    set a new deadline" (the purpose one is not there for); through a chain of them: "is not going to
    try to mediate" ("did not hesitate to attack" attacked); "were not able to overthrow"."""
    carried: list[Token] = []
    tok = token
    while tok.head.i != tok.i and len(carried) < 3:
        head = tok.head
        if not ((tok.dep_ == "xcomp" and head.lemma_.lower() in NEGATION_CARRIERS) or (
                tok.dep_ == "dobj" and tok.pos_ == "NOUN" and head.lemma_.lower() == "have" and not carried) or (
                tok.dep_ in ("xcomp", "advcl") and infinitive(tok) and head.lemma_ == "be") or (
                tok.dep_ == "acomp" and tok.lemma_.lower() in ABLE and head.lemma_ == "be")):
            break
        carried.append(head)
        tok = head
    return carried


def none_of(noun: Token) -> bool:
    """"no prisoners", "zero illegal immigrants", "none of the leaders", "neither China nor Russia": a
    noun counted as none."""
    return noun.lower_ in NO_ONE or any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in ("nummod", "amod") and c.lower_ == "zero") or
        (c.dep_ in ("preconj", "det") and c.lower_ == "neither") for c in noun.children)


def aux_word(token: Token) -> str:
    """An auxiliary as the word it stands for, whichever apostrophe it was typed with: "we’ll" is
    "we'll" (will), and "I’d" before a verb is "I would"."""
    word = token.lower_.replace("’", "'")
    return "would" if word == "'d" and token.tag_ == "MD" else word


FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # a verb in a tense of its own


def present_progressive(verb: Token) -> bool:
    """"is meeting", "are sending" ("has been meeting" is not): what is under way, or, dated by a
    day to come, arranged (entente.coding.event_dates)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)


def perfect(verb: Token) -> bool:
    """"has sanctioned", "haven't spoken", "has criticized China and condemned North Korea": done
    by now (or not), not done to someone."""
    return any(c.lemma_.lower() == "have" for c in auxiliaries(verb))


def past_perfect(verb: Token) -> bool:
    """"had warned", "had vowed": done before the time a story tells of."""
    return verb.pos_ in ("VERB", "AUX") and any(c.lemma_.lower() == "have" and c.tag_ == "VBD"
                                                for c in auxiliaries(verb))


def present_perfect(verb: Token) -> bool:
    """"has imposed sanctions since 2017", "have been killed in the war": done up to now, not before
    the time a story tells of (past_perfect)."""
    return perfect(verb) and not past_perfect(verb)


def told_as_done(verb: Token) -> bool:
    """"spoke with the King", "has sanctioned", "were given to the Afghan forces": an act the telling
    puts behind it (the simple past, a perfect, a passive in the past), not one it only supposes
    ("would have spoken", "could have been sent")."""
    helpers = auxiliaries(verb) + [c for c in verb.children if c.dep_ == "auxpass"]
    if any(h.lower_ in FUTURE_AUX | HYPOTHETICAL_MODALS | ABILITY for h in helpers):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        h.lemma_.lower() == "have" or (h.dep_ == "auxpass" and h.tag_ == "VBD") for h in helpers)


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, or, for a verb joined to another with none of its own, the first
    verb's: "will lay down their weapons and disband" will disband too, "could be arrested and
    deported" could be deported; but a tense of its own after a bare verb tells its own ("will free
    the prisoners and released 20" released them)."""
    own = [c for c in verb.children if c.dep_ == "aux"]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or (
            verb.tag_ in FINITE_TAGS and verb.head.tag_ == "VB") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):  # "talks may be held, and India attacked"
        return own
    return auxiliaries(verb.head)


def phase_of(verb: Token) -> Token:
    """The verb whose auxiliaries an act takes through a phase verb: "might continue to attack" is
    as hypothetical as "might attack", "will continue to work" as much to come as "will work"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in PHASE_VERBS:
        verb = verb.head
    return verb


def consequence(verb: Token) -> bool:
    """"claimed responsibility for the attack, dealing a severe blow to ...": a participle after
    its clause's verb tells what the act brought about."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and \
        not any(c.dep_ in ("mark", "nsubj") for c in verb.children)


def complement_of(verb: Token) -> Token | None:
    """The clause a verb takes as its object; a "to" clause the parser hung as adverbial counts
    ("have sworn to fight")."""
    found = next((c for c in verb.children if (c.dep_ in ("xcomp", "ccomp") and not small_clause(c)) or (
        c.dep_ == "advcl" and infinitive(c))), None)
    if found is None:  # "is prepared to impose": the clause hangs on the adjective
        found = clause_on_adjective(verb, "xcomp")
    if found is None:
        found = cleft_clause(verb)
    if found is None:  # "is committed to sharing", "committed to donating": on the readiness's "to"
        holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
        found = next((g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in p.children if g.dep_ == "pcomp" and readied_or_awaited(g)), None)
    return (utmost_act(found) or found) if found is not None else None


def cleft_clause(verb: Token) -> Token | None:
    """"What we hope is next is that we can continue to communicate with the Chinese": the clause
    a pseudo-cleft sets after "is" is what its "what" stands for."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return None
    be = verb
    while be.dep_ == "csubj" and be.head.i != be.i:
        be = be.head
    if be.i == verb.i or be.lemma_ != "be":
        return None
    return next((c for c in be.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)


def utmost_act(do: Token) -> Token | None:
    """"committed to doing everything that we can to support Puerto Rico": the act done as far as
    one can, which is what the doing says."""
    if do.lemma_.lower() != "do":
        return None  # asked of every verb's ancestors (clause_modes.intended): the cheap test first
    utmost = [obj for obj in do.children if obj.dep_ == "dobj" and obj.lower_ in UTMOST_OBJECTS]
    if not utmost:
        return None
    # the parser hangs the "to" clause on the doing, on "(that) we can", or makes it that clause
    clauses = [r for obj in utmost for r in obj.children if r.dep_ == "relcl"]
    return next((act for act in (*do.children, *clauses, *(c for r in clauses for c in r.children))
                 if act.pos_ == "VERB" and infinitive(act)), None)


def clause_on_adjective(verb: Token, dep: str = "ccomp") -> Token | None:
    """"We are confident that we can work with them" (a ccomp), "is prepared to impose" (an xcomp):
    the clause a state of mind is about, hung on its adjective."""
    return next((g for c in verb.children if c.dep_ == "acomp" for g in c.children if g.dep_ == dep), None)


def small_clause(clause: Token) -> bool:
    """"would allow UN agencies access": the parser's clause of a noun and its subject is the
    verb's two objects (whom it is given to, what is given), no reported act."""
    return clause.dep_ == "ccomp" and clause.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in clause.children)


def readied_or_awaited(verb: Token) -> bool:
    """"is ready to send", "are committed to sharing", "is determined to expand", "look forward to
    working with": a readiness, or an act awaited, that its subject states, however the parser hangs
    the act on it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to":
        holder = verb.head.head
    elif verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive(verb)):
        holder = verb.head
    else:
        return False
    if looks_forward(holder):
        return True
    # "are eager to be partners, to continue to provide assistance": a second "to" clause the
    # parser hangs on the copula is the adjective's too
    holders = [holder, *(c for c in holder.children if c.dep_ == "acomp")] if holder.lemma_ == "be" else [holder]
    # "is determined to", "are committed to": the adjective's own form ("prepared to resume
    # shelling" in the past tense is a preparation made)
    return any(h.lemma_.lower() in READINESS_WORDS or (h.lower_ in READINESS_WORDS and h.tag_ != "VBD")
               for h in holders)


def looks_forward(verb: Token) -> bool:
    """"look forward to": what one says one awaits."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def reports_an_act(clause: Token, speech: Token) -> bool:
    """A complement in the past tense, or before a trailing "officials said", with no modal reports
    something done ("Y killed Z, police said"): the speaker's statement is not the event, the act
    is (or nothing is, if the lexicon lacks it)."""
    if clause.lemma_.lower() in STATIVE_VERBS or any(
            c.dep_ == "aux" and aux_word(c) in HYPOTHETICAL_MODALS | FUTURE_AUX for c in clause.children):
        return False
    return clause.tag_ == "VBD" or clause.i < speech.i or (clause.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass")
                                                                 for c in clause.children))


def attached(date_root: Token, event: Token, cues: set[int]) -> bool:
    """A date belongs to the event when the path up to it crosses no other event word or clause (but
    its occasion's, or a clause saying when it happened, where the date hangs on them: not "killed in an
    attack on the anniversary of the 2014 revolution")."""
    tok, through_a_noun = date_root, False
    while tok.i != event.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != event.i and (tok.i in cues or tok.pos_ in ("VERB", "AUX")) and not causing_event(tok, event) \
                and (through_a_noun or not (occasion_of(tok, event, cues) or tells_it_happened(tok, event, cues))):
            return False
        through_a_noun |= tok.pos_ in ("NOUN", "PROPN")
    return True


def occasion_of(noun: Token, event: Token, cues: set[int]) -> bool:
    """The gathering the event was done at ("At the August 2023 Africa Climate Summit, Kerry announced
    a contribution" announced it in August 2023), or the act it was done in ("two people were killed
    in an attack on Monday", "were arrested in a raid on Friday"): the day of either is the event's."""
    if noun.dep_ != "pobj" or noun.head.head.i != event.i:
        return False
    # (what is told as done up to now is not done on its occasion's day: "have been killed in the war")
    act = (noun.i in cues or act_of_force(noun) or noun.lemma_.lower() in MISHAPS) and not present_perfect(event)
    return (noun.lemma_.lower() in GATHERINGS and noun.head.lower_ in OCCASION_PREPS) or (
        act and noun.head.lower_ in ACT_OCCASION_PREPS and event.lemma_.lower() in DONE_IN_AN_ACT)


def tells_it_happened(verb: Token, event: Token, cues: set[int]) -> bool:
    """"an attack that happened 20 years ago", "killed in a bombing that took place on June 27": a
    clause on the event, or on its occasion, that says only that it happened dates it, as "the June 27
    bombing" does (not a clause on what the event is about: "condemned the shooting that took place on
    Sunday" is not dated by it; not one that says when it began: "protests that erupted on Saturday")."""
    lemma = verb.lemma_.lower()
    return verb.dep_ in ("relcl", "acl") and (verb.head.i == event.i or occasion_of(verb.head, event, cues)) and (
        lemma in HAPPENING_VERBS or any(f"{lemma} {c.lower_}" in HAPPENING_VERBS for c in verb.children
                                        if c.dep_ in ("dobj", "prt")))


def causing_event(noun: Token, event: Token) -> bool:
    """The event noun that is the event's subject: "the 1983 bombing of the barracks killed 241
    troops" killed them in 1983."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == event.i


def clause_depth(token: Token) -> int:
    """How many clauses up the main one is: the main clause's event ranks first in its sentence."""
    return sum(1 for t in token.ancestors if t.pos_ in ("VERB", "AUX"))
