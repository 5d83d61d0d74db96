"""How a verb's complement refines or blocks its event, as CAMEO's codebook describes.

"urge X to negotiate" is an appeal to meet (026), not a negotiation; "refuse to reschedule" is a
rejection of economic cooperation; "vow to help" an intent to give aid; "threaten to strike" a
threat of force. The complement's own code picks the specific code from these tables; the
complement itself is not coded as an event, since the text only asks, promises, refuses or threatens it.
"""

from __future__ import annotations

# The cue code of each frame -> {complement code prefix: refined code}; the longest prefix wins.
FRAMES: dict[str, dict[str, str]] = {
    "020": {"04": "026", "036": "026", "046": "026", "045": "028", "05": "022", "06": "021",
            "061": "0211", "062": "0212", "07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
            "08": "025", "0841": "0253", "057": "027", "085": "0254", "087": "0256", "0871": "0256", "037": "027",
            "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244", "081": "0251", "084": "0253"},
    "100": {"04": "106", "045": "108", "05": "102", "06": "101", "07": "103", "08": "105",
            "071": "1031", "072": "1032", "073": "1033", "074": "1034",
            "0841": "1053", "085": "1054", "087": "1056", "0871": "1056", "0874": "1056",
            "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044", "081": "1051", "084": "1053",
            "037": "107", "057": "107"},
    "030": {"04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312",
            "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035",
            "0841": "0353", "087": "0356", "0871": "0356", "037": "037", "057": "037",
            "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344", "081": "0351", "084": "0353"},
    "120": {"01": "011", "04": "125", "045": "126", "046": "125", "05": "120", "057": "127",
            "06": "121", "061": "1211", "062": "1212", "07": "122",
            "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124", "0841": "1243",
            "085": "1244", "087": "1246", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
            "081": "1241", "084": "1243"},
    "130": {"18": "1383", "19": "1384", "20": "138", "204": "1385", "195": "1384", "192": "1382", "191": "1381",
            "16": "131", "162": "1311", "164": "134", "165": "135", "163": "1312", "161": "1313",
            "17": "137", "14": "133",
            "04": "134", "045": "135", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323",
            "1724": "1324", "15": "138", "166": "136", "1661": "136", "1662": "136", "1663": "136"},
}

# Speech verbs whose complement the text asserts (coded, with less confidence) ...
REPORTING = {"say", "tell", "state", "announce", "declare", "add", "report", "stress", "note",
             "confirm", "reiterate", "emphasize", "emphasise", "explain", "write", "insist"}
# ... and verbs whose complement is only claimed, wished or feared: never coded as an event.
NON_FACTIVE = {"claim", "allege", "deny", "wonder", "hope", "fear", "suspect", "speculate",
               "believe", "think", "doubt", "want", "expect", "predict", "accuse", "charge",
               "suggest", "rumor", "rumour", "worry", "argue", "contend", "question", "ask",
               "urge", "demand", "threaten", "warn", "promise", "vow", "pledge", "refuse",
               "decline", "reject", "plan", "intend", "seek", "fail", "agree", "propose",
               # nouns whose complement is only wanted, claimed or possible: "the right to fire",
               # "an appeal to extradite", "an admission that forces murdered"
               "right", "ability", "proposal", "offer", "bid", "effort", "readiness", "willingness",
               "intention", "permission", "possibility", "option", "threat", "call", "appeal",
               "request", "plea", "obligation", "need", "admission", "allegation", "accusation",
               "suggestion", "belief", "speculation", "reminder", "warning",
               # "it is logical for the government to look to the US": judged, not done
               "logical", "likely", "unlikely", "possible", "impossible", "necessary", "important",
               "crucial", "essential", "vital", "natural", "reasonable", "probable"}
# A claim about an actor is an accusation (112) when the claimed act is hostile.
ALLEGATION_VERBS = {"claim", "allege", "charge", "contend", "insist", "say", "argue"}
HOSTILE_WORDS = {"orchestrate", "conspire", "meddle", "interfere", "sponsor", "harbor", "harbour", "fund",
                 "arm", "plot", "sabotage", "scheme"}  # as verbs: "arming militants"
HOSTILE_NOUNS = {"conspiracy", "plot", "interference", "meddling", "coup", "scheme", "sabotage"}


def refine(cue: str, complement: str) -> str | None:
    """The frame's code for a complement code, or None when the cue frames nothing."""
    table = FRAMES.get(cue)
    if table is None:
        return None
    for size in (4, 3, 2):
        if complement[:size] in table:
            return table[complement[:size]]
    return cue
