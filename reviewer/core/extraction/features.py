"""Features of a change candidate, for the learned decision layer.

Each feature is generic language evidence (which rules and vetoes fired, the
trigger's class and word, name/trigger distance and order, tense, modality,
negation, board versus officer words, how often the person is named, where the
sentence sits, the document's genre), never one document's wording. A feature
set is a ``dict[str, float]``: binary indicators are 1.0.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reviewer.core import lazyre as re
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.lexical import Tokens, lexical_features
from reviewer.core.extraction.names import Person
from reviewer.core.extraction.patterns import BOARD_LOWER_RE, OFFICER_RE
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.extraction.trap_cues import precision_features
from reviewer.core.schema import Direction

# The document's genre, from words in its first few thousand characters (plain
# substring tests on the lower-cased, space-normalised text: fast).
_GENRE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("8k", ("item 5.02", "item 5.07", "form 8-k", "form 6-k")),
    (
        "exchange",
        (
            "hkex",
            " asx",
            "regulatory news",
            " rns",
            "listing rules",
            " sgx",
            " nzx",
            "sebi",
            "stock code",
        ),
    ),  # fmt: skip
    ("wire", ()),  # _WIRE below, on the text as written
    # a proxy statement's letter to shareholders is no resignation letter
    ("proxy", ("proxy statement", "schedule 14a", "notice of annual meeting")),
    (
        "letter",
        (
            "dear ",
            "sincerely",
            "regards,",
            "respectfully,",
            "yours faithfully",
            "yours sincerely",
            "yours truly",
            "i hereby",
            "my resignation",
        ),
    ),  # fmt: skip
)
_WIRE = re.compile(
    r"PR\s?Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|ACCESSWIRE|Newsfile"
    r"|\((?:NYSE|NASDAQ|Nasdaq|TSX|OTC\w*)[^)]{0,20}:\s*[A-Z.]{1,6}\)"
    r"|\bFOR\s+IMMEDIATE\s+RELEASE\b"
)
# one of which _WIRE needs (lower-cased): a cheap test before the search
_WIRE_WORDS = (
    "wire",
    "newsfile",
    "(nyse",
    "(nasdaq",
    "(tsx",
    "(otc",
    "immediate release",
)
# "... on The Stock Exchange of Hong Kong", not "the New York Stock Exchange"
_STOCK_EXCHANGE = re.compile(r"stock exchange\b(?![^.]{0,40}\b(?:nyse|nasdaq)\b)")
_SPACES = re.compile(r"\s{2,}")
# Patterns below run on the lower-cased text (DocInfo.lowered): no IGNORECASE, fast.
_FUTURE = re.compile(r"\b(?:will|shall|to\s+be|is\s+to|intends?\s+to|plans?\s+to)\b")
_PERFECT = re.compile(r"\b(?:has|have|had)\b")
_MODAL = re.compile(
    r"\b(?:may|might|could|would|should|if|proposed|propose[sd]?|subject\s+to|expected"
    r"|intend\w*|candidate|nominat\w*|recommend\w*)\b",
)
_NEGATION = re.compile(r"\b(?:not|no\s+longer|never|neither|nor)\b")
_BIOGRAPHY = re.compile(
    r"\b(?:previously|prior\s+to|formerly|served\s+as|serves\s+as|has\s+served"
    r"|career|since\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d|experience|graduate|degree"
    r"|holds?\s+an?|currently|also\s+serves?)\b",
)
_FORMER = re.compile(r"\b(?:former|late|founding|emeritus)\b")
_COMMITTEE = re.compile(r"\bcommittee\b")
_HOLDERS = re.compile(
    r"\b(?:share|stock|unit)holders?\b|\bannual\s+(?:general\s+)?meeting\b|\bagm\b",
)
_BOARD = BOARD_LOWER_RE
_OFFICER = re.compile(OFFICER_RE.pattern)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
_COMPANY_SUBJECT = re.compile(
    r"\b(?:the\s+company|the\s+board|board\s+of\s+directors|announce[sd]?|today)\b",
)
_WORD = re.compile(r"\S+")
_SUFFIX = re.compile(r"(?:s|es|ed|ing|ment|ments|ation|ations)$")
_OTHER_ORG = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+"
    r"(?:Inc|Corp|Corporation|Ltd|Limited|plc|LLC|Bank|University|Group|Foundation)\b"
)


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the features need to know about the whole document."""

    genre: str
    sentence_order: dict[int, int]  # sentence start -> index
    sentences: int
    people: int
    mention_starts: list[int]  # sorted starts of every person mention
    mention_people: list[int]  # id() of each mention's person, in the same order
    lowered: str  # the flattened text lower-cased, offsets kept
    mention_ends: dict[int, int]  # mention start -> end
    by_sentence: dict[int, dict[str, float]] = field(default_factory=dict)
    by_person: dict[int, dict[str, float]] = field(default_factory=dict)
    tokens: dict[int, Tokens] = field(default_factory=dict)  # by sentence start
    cues: dict[tuple[str, int], bool] = field(default_factory=dict)  # trap_cues


def lowered_text(flat: str) -> str:
    """``flat`` lower-cased with every offset kept."""
    lowered = flat.lower()
    if len(lowered) != len(flat):  # "İ" lowers to two characters: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)
    return lowered


def genre_of(ctx: Context, text: str) -> str:
    """8k, exchange, wire, proxy, letter or news, from the document's first words."""
    raw = text[:20000]
    head = _SPACES.sub(" ", ctx.flat[:20000].lower())
    return next(
        (
            name
            for name, words in _GENRE_WORDS
            if any(w in head for w in words)
            or (
                name == "wire"
                and any(w in head for w in _WIRE_WORDS)
                and _WIRE.search(raw)
            )
            or (
                name == "exchange"
                and "stock exchange" in head
                and _STOCK_EXCHANGE.search(head)
            )
        ),
        "news",
    )


def doc_info(
    ctx: Context, text: str, sentences: list[Sentence], genre: str, lowered: str
) -> DocInfo:
    """Genre, sentence order and mentions of a document."""
    starts = sorted(ctx.person_of)
    return DocInfo(
        genre,
        {s.start: i for i, s in enumerate(sentences)},
        len(sentences),
        len(ctx.people),
        starts,
        [id(ctx.person_of[s]) for s in starts],
        lowered,
        {m.start: m.end for p in ctx.people for m in p.mentions},
    )


def _sentence_features(info: DocInfo, sentence: Sentence) -> dict[str, float]:
    """What a sentence says whoever the candidate is (computed once per sentence)."""
    cached = info.by_sentence.get(sentence.start)
    if cached is not None:
        return cached
    text = info.lowered[sentence.start : sentence.end]
    out: dict[str, float] = {}
    if _MODAL.search(text):
        out["modal"] = 1.0
    boards = len(_BOARD.findall(text))
    out["board_words:" + _bucket(boards, (0, 1, 3))] = 1.0
    if _OFFICER.search(text):
        out["officer_words"] = 1.0
        if not boards:
            out["officer_not_board"] = 1.0
    for name, pattern in (
        ("biography_words", _BIOGRAPHY),
        ("holders_or_meeting", _HOLDERS),
        ("company_announces", _COMPANY_SUBJECT),
    ):
        if pattern.search(text):
            out[name] = 1.0
    if _FIRST_PERSON.search(sentence.text):  # "I", not "i"
        out["first_person"] = 1.0
    if len(text) > 400:
        out["long_sentence"] = 1.0
    at = info.sentence_order.get(sentence.start, 0)
    out["sentence:" + _bucket(at, (0, 2, 5, 10, 25))] = 1.0
    if info.sentences:
        out["position:" + _bucket(10 * at // info.sentences, (2, 5, 8))] = 1.0
    info.by_sentence[sentence.start] = out
    return out


def _person_features(info: DocInfo, person: Person) -> dict[str, float]:
    """How the person is named (computed once per person)."""
    cached = info.by_person.get(id(person))
    if cached is not None:
        return cached
    out = {"mentions:" + _bucket(len(person.mentions), (1, 2, 4)): 1.0}
    if person.full.is_full:
        out["full_name"] = 1.0
    if any(m.honorific for m in person.mentions):
        out["honorific"] = 1.0
    # how much the words look like a person's name (persons.person_likelihood)
    likely = max(m.likelihood for m in person.mentions)
    out["name_likely:" + _bucket(int(10 * likely), (5, 6, 8))] = 1.0
    info.by_person[id(person)] = out
    return out


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def features(
    ctx: Context, info: DocInfo, candidate: Candidate, lexical: bool = True
) -> dict[str, float]:
    """The features of one candidate.

    Small named groups, always in the same order: the change and its rules, the
    name and the trigger, tense and negation, the sentence, the trigger's
    window, what the rules resolved, the person, the document, then the
    hashed words around it (:mod:`.lexical`, unless ``lexical`` is false).
    """
    event = candidate.event
    direction = event.direction
    out: dict[str, float] = {}
    words = _change_features(info, candidate, direction, out)
    if candidate.mention_start >= 0:
        _name_features(ctx, info, candidate, direction, out)
    else:
        out["pronoun"] = 1.0
    _tense_features(info, event, words, out)
    out.update(_sentence_features(info, event.sentence))
    _window_features(ctx, info, event, out)
    _resolved_features(event, out)
    out.update(_person_features(info, event.person))
    out["genre:" + info.genre] = 1.0
    out[f"genre_src:{info.genre}:{candidate.source}"] = 1.0
    out["people:" + _bucket(info.people, (1, 3, 8))] = 1.0
    trap_features(ctx, info, candidate, out)
    if not lexical:
        return out
    mention = candidate.mention_start
    lexical_features(
        info.lowered, candidate, info.mention_ends.get(mention, mention),
        out, (info.mention_starts, info.mention_ends),
        info.tokens,
    )  # fmt: skip
    return out


def _change_features(
    info: DocInfo, candidate: Candidate, direction: str, out: dict[str, float]
) -> list[str]:
    """Source, direction, change type, rule and veto ids, the trigger's word stem.

    Returns the trigger's words (lower-cased).
    """
    event = candidate.event
    out["bias_source:" + candidate.source] = 1.0
    out["dir:" + direction] = 1.0
    out["kind:" + event.kind] = 1.0
    out[f"src_dir:{candidate.source}:{direction}"] = 1.0
    for rule in event.rules:
        out["rule:" + rule] = 1.0
    if candidate.veto:
        out["veto:" + candidate.veto] = 1.0
    words = info.lowered[event.trigger_start : event.trigger_end].split()
    word = _SUFFIX.sub("", words[0]) if words else ""
    out["word:" + word] = 1.0
    return words


def _name_features(
    ctx: Context,
    info: DocInfo,
    candidate: Candidate,
    direction: str,
    out: dict[str, float],
) -> None:
    """Name <-> trigger: order, words and names between, the name's surroundings."""
    event = candidate.event
    flat, low, sentence = ctx.flat, info.lowered, event.sentence
    mention = candidate.mention_start
    before = mention < event.trigger_start
    out["order:" + ("name_first" if before else "trigger_first")] = 1.0
    end = info.mention_ends.get(mention, mention)
    lo, hi = (end, event.trigger_start) if before else (event.trigger_end, mention)
    gap = len(_WORD.findall(flat, lo, max(lo, hi)))
    out["gap:" + _bucket(gap, (1, 3, 6, 12, 25))] = 1.0
    out[f"gap_dir:{direction}:" + _bucket(gap, (3, 12))] = 1.0
    first, last = (
        bisect_right(info.mention_starts, lo),
        bisect_left(info.mention_starts, hi),
    )
    names_between = sum(
        1 for who in info.mention_people[first:last] if who != id(event.person)
    )
    out["names_between:" + _bucket(names_between, (0, 1, 3))] = 1.0
    if before and len(_WORD.findall(flat, sentence.start, mention)) <= 3:
        out["name_is_subject"] = 1.0
    if "," in flat[lo:hi]:
        out["comma_between"] = 1.0
    if _FORMER.search(low, max(sentence.start, mention - 25), mention):
        out["former_before_name"] = 1.0
    if _BOARD.search(low, max(sentence.start, mention - 40), mention):
        out["board_title_before_name"] = 1.0
    if before and _BOARD.search(low, mention, event.trigger_start):
        out["board_between_name_and_trigger"] = 1.0


def _tense_features(
    info: DocInfo, event: Event, words: list[str], out: dict[str, float]
) -> None:
    """Tense (future, perfect, past) and negation before the trigger."""
    start = event.trigger_start
    head = info.lowered[max(event.sentence.start, start - 40) : start]
    if _FUTURE.search(head):
        out["tense:future"] = 1.0
    elif _PERFECT.search(head[-25:]):
        out["tense:perfect"] = 1.0
    elif words and words[0].endswith("ed"):
        out["tense:past"] = 1.0
    if _NEGATION.search(head[-25:]):
        out["negated"] = 1.0


def _window_features(
    ctx: Context, info: DocInfo, event: Event, out: dict[str, float]
) -> None:
    """Board, officer and committee words, another organisation, after the trigger."""
    stop = min(event.sentence.end, event.trigger_end + 80)
    window = info.lowered[event.trigger_end : stop]
    if _BOARD.search(window):
        out["board_after_trigger"] = 1.0
    if _OFFICER.search(window):
        out["officer_after_trigger"] = 1.0
    if _COMMITTEE.search(window):
        out["committee_after_trigger"] = 1.0
    if _OTHER_ORG.search(ctx.flat, event.trigger_end, stop):
        out["other_org_after"] = 1.0


def _resolved_features(event: Event, out: dict[str, float]) -> None:
    """What the rules resolved: a date, a role and its family."""
    if event.effective_date:
        out["dated"] = 1.0
    if event.roles:
        out["role_found"] = 1.0
    out["role_family:" + _family(event.role)] = 1.0


def _family(role: str) -> str:
    lowered = role.lower()
    if "vice" in lowered and "chair" in lowered:
        return "vice_chair"
    if "committee" in lowered:
        return "committee"
    if "chair" in lowered:
        return "chair"
    if "lead" in lowered:
        return "lead"
    return "director"


# --- Trap cues (issue #12) --------------------------------------------------------
# What the rules' vetoes read, as evidence for every candidate: the model weighs
# it instead of obeying it. Each group below has an example in docs/extraction.md.

# A veto's family: the model learns one weight per family, not per veto.
VETO_FAMILIES: dict[str, str] = {
    "veto:biography": "biography",
    "veto:refers_back": "elsewhere",
    "veto:speaker": "elsewhere",
    "veto:other_board": "other_board",
    "veto:other_org_board": "other_board",
    "veto:subsidiary": "other_board",
    "veto:committee_only": "committee",
    "veto:committee_seat_left": "committee",
    "veto:not_a_seat": "not_a_seat",
    "veto:from_employment": "officer",
    "veto:executive_stepping_back": "officer",
    "veto:officer_title": "officer",
    "veto:officer_only": "officer",
    "veto:former_director": "former",
    "veto:no_board_role": "no_role",
    "veto:no_role": "no_role",
    "veto:current_role": "no_role",
    "veto:role_change_to_director": "no_role",
    "veto:role_change_no_senior_role": "no_role",
}
# ", a former director", " (ex-chairman)", right after the name (lower-cased text)
_FORMER_AFTER = re.compile(
    r"\s*,?\s*\(?\s*(?:(?:a|an|the|our|its|his|her)\s+)?"
    r"(?:former|formerly|past|ex-|one-time|onetime|retired|late)\b"
)
# the cue names a board seat: "former director", "ex-chairman", "past board member"
_BOARD_SEAT_AFTER_CUE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:director|chair\w*|board\s+member|member\s+of\s+the\s+board"
    r"|trustee)\b"
)
# "former director Edwin Ray", "ex-chairman Ray" right before the name
_FORMER_BEFORE = re.compile(
    r"(?:\bformer|\bpast|\bex-|\bone-time|\bonetime)(?P<title>\s*(?:[\w-]+\s+){0,2})$"
)
# a past year dating the trigger: "in 2019", "from 2010 to 2015", "since 2015"
_TRAP_YEAR = re.compile(
    r"\b(?:in|from|since|during|until|between)\s+(?:[a-z]+,?\s+)?(?:\d{1,2},?\s+)?"
    r"((?:19|20)\d\d)\b"
)
# a biography's wording before the trigger in its clause
_BIOGRAPHY_CUE = re.compile(
    r"\b(?:previously|formerly|prior\s+to|served|serves|has\s+served|had\s+been"
    r"|before\s+joining|earlier\s+in|during\s+(?:his|her|their)\s+(?:career|tenure))\b"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|where|which|who)\b")
# "the board of <X>": X written in capitals (on the text as written)
_BOARD_OF = re.compile(
    r"\b[Bb]oards?\s+(?:of\s+[Dd]irectors\s+)?(?:of|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|&\s+|and\s+)?[A-Z][\w&.'’-]*){0,6})"
)
_OWN_ORG_WORDS = frozenset(
    {"directors", "company", "corporation", "group", "board", "registrant", "issuer",
     "trustees", "the"}
)  # fmt: skip
# "its board", "the Company's board", "our board", "the board of the Company"
_OWN_BOARD = re.compile(
    r"\b(?:its|our|their|the\s+company['’]s|the\s+corporation['’]s)\s+(?:[\w-]+\s+)?"
    r"boards?\b|\bboards?\s+(?:of\s+directors\s+)?of\s+(?:the\s+)?(?:company|corporation"
    r"|group|registrant)\b"
)
_SUBSIDIARY = re.compile(r"\bsubsidiar(?:y|ies)\b|\baffiliate[sd]?\b")
# "She remains an independent director", "will continue to serve on the board",
# "(been) re-designated as a Non-Executive Director", "become a non-executive director"
_REMAINS = re.compile(
    r"\b(?:remain|remains|remaining|will\s+remain|continues?\s+to\s+(?:serve|be|sit)"
    r"|continuing\s+(?:to\s+serve\s+)?as|stays?\s+on|retains?|re-?designated\s+as)\b"
    r"[^.;]{0,50}?"
    r"\b(?:director|board|member)"
    # "(and) become a non-executive director": the seat kept, the executive post left
    r"|\bbecom(?:e|es|ing)\s+(?:an?\s+)?non-?\s?executive\s+(?:director|member)"
)
# "steps down as Chief Executive and ...": an executive post left (lower-cased text)
_LEFT_POST_BEFORE = re.compile(
    r"\b(?:resign\w*|step(?:s|ped|ping)?\s+(?:down|back)|stood\s+down|retir\w*"
    r"|relinquish\w*)\s+(?:as|from)\s+(?:(?:the|his|her|its)\s+)?"
    r"(?:(?:role|position|post|office)\s+of\s+)?(?:(?:group|interim|joint|co-?)\s*)?"
    r"(?:ceo\b|chief\s+executive|managing\s+director|president\b"
    r"|executive\s+(?:role|position|duties))[^.;]{0,80}?\band\b"
)
_NON_EXEC = re.compile(r"\bnon[-\s]?executive\b")
# "will be succeeded by", "replaced by" right before the name
_SUCCEEDED_BY_BEFORE = re.compile(
    r"\b(?:succeeded|replaced)\s+(?:as\s+[\w\s]{1,40}?\s+)?by\s+"
    r"(?:(?:mr|ms|mrs|dr|sir|dame)\.?\s+)?$"
)
# "X succeeds Y", "X, who will succeed Y", "X is to replace Y"
_SUCCEEDS_AFTER = re.compile(
    r"\s*(?:,\s*who\s+)?(?:will\s+|would\s+|to\s+|is\s+to\s+|has\s+)?"
    r"(?:succeed|succeeds|succeeded|replace|replaces|replaced)\b(?!\s+by\b)"
)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|they)\b")
_SUCCEEDED_BY_AFTER = re.compile(r"\s*(?:will\s+be|is|was|has\s+been|to\s+be)\s+"
                                 r"(?:succeeded|replaced)\s+by\b")  # fmt: skip


def trap_features(
    ctx: Context, info: DocInfo, candidate: Candidate, out: dict[str, float]
) -> None:
    """Cues of the known traps, for every candidate (issue #12).

    The vetoes' families, a "former" cue on either side of the name, a past year
    or biography wording governing the trigger, "the board of <another body>",
    subsidiaries, "remains a director" after a departure, and which side of
    "succeeded by" the name is on.
    """
    event = candidate.event
    if candidate.mention_start >= 0:
        _succession_side_features(info, candidate, out)
    precision_features(
        ctx, info.lowered, info.mention_starts, info.mention_ends, candidate, out,
        info.cues,
    )  # fmt: skip
    if candidate.source == "rule":
        return  # the rules read these cues already: they weigh what the rules dropped
    _veto_family_features(ctx, candidate, out)
    if candidate.mention_start >= 0:
        _former_features(info, candidate, out)
    _biography_trigger_features(ctx, info, event, out)
    _board_of_features(ctx, info, event, out)
    if event.direction == Direction.LEAVE:
        _remains_features(info, event, out)
    elif event.direction == Direction.ROLE:
        _stepping_back_features(info, event, out)
    if any(name.startswith(_AGAINST) for name in out):
        out["trap:cue_against"] = 1.0  # pooled: each cue alone is rare in training


# the cues that speak against a board change (pooled in trap:cue_against); the
# no_role veto family is not one (a third of what it drops is a real change)
_AGAINST = tuple(
    "trap:" + name
    for name in (
        "veto_family:biography", "veto_family:committee", "veto_family:not_a_seat",
        "veto_family:officer", "veto_family:other_board", "veto_family:former",
        "vetoed_here:", "former_director:", "past_year_at_trigger",
        "biography_before_trigger", "board_of:other_named", "subsidiary:",
        "remains_director",
    )
)  # fmt: skip


def _veto_family_features(
    ctx: Context, candidate: Candidate, out: dict[str, float]
) -> None:
    """The family of the veto that fired (per family, not per veto).

    ``trap:veto_family:<f>``: the candidate's own veto ("appointed X as CFO":
    ``officer``); ``trap:vetoed_here:<f>``: a veto dropped the same person's
    change in the same sentence (on the wide twins of a vetoed change).
    """
    if candidate.veto:
        out["trap:veto_family:" + VETO_FAMILIES.get(candidate.veto, "other")] = 1.0
        return
    event = candidate.event
    for item in ctx.vetoed:
        if item.person is event.person and item.sentence.start == event.sentence.start:
            out["trap:vetoed_here:" + VETO_FAMILIES.get(item.veto, "other")] = 1.0


def _former_features(
    info: DocInfo, candidate: Candidate, out: dict[str, float]
) -> None:
    """A board seat held in the past, on either side of the name.

    ``trap:former_director:after`` ("Edwin Ray, a former director of the
    Company, died"), ``trap:former_director:before`` ("ex-chairman Hugo Brandt").
    """
    low, mention = info.lowered, candidate.mention_start
    end = info.mention_ends.get(mention, mention)
    found = _FORMER_AFTER.match(low, end, min(len(low), end + 40))
    if found and _BOARD_SEAT_AFTER_CUE.match(low, found.end(), found.end() + 40):
        out["trap:former_director:after"] = 1.0
    start = max(candidate.event.sentence.start, mention - 30)
    found = _FORMER_BEFORE.search(low, start, mention)
    if found and _BOARD_SEAT_AFTER_CUE.match(low, found.start("title"), mention):
        out["trap:former_director:before"] = 1.0


def _succession_side_features(
    info: DocInfo, candidate: Candidate, out: dict[str, float]
) -> None:
    """Which side of "succeeded by" / "replaced by" the name is on.

    ``trap:succeeded_by:successor`` ("She will be succeeded by Grace Hopper"),
    with ``trap:succeeded_by:after_pronoun`` when the one succeeded is "he",
    "she" or "they"; ``trap:succeeded_by:predecessor`` ("Carl Sagan will be
    succeeded by Vera Rubin"). ``trap:successor:rule|other``: the name is the
    successor, either after "succeeded by" or before "succeeds" / "will succeed"
    / "to replace" ("Lena Moss will succeed Omar Reyes as Chair"), split by
    whether the candidate is a rule row. Also on rule rows.
    """
    low, mention = info.lowered, candidate.mention_start
    sentence = candidate.event.sentence
    start = max(sentence.start, mention - 70)
    before = _SUCCEEDED_BY_BEFORE.search(low, start, mention)
    if before:
        out["trap:succeeded_by:successor"] = 1.0
        out["trap:successor:" + _rule_or_other(candidate)] = 1.0
        if _PRONOUN_SUBJECT.match(low, sentence.start, before.start()):
            out["trap:succeeded_by:after_pronoun"] = 1.0
        return
    end = info.mention_ends.get(mention, mention)
    if _SUCCEEDED_BY_AFTER.match(low, end, min(sentence.end, end + 40)):
        out["trap:succeeded_by:predecessor"] = 1.0
    elif _SUCCEEDS_AFTER.match(low, end, min(sentence.end, end + 40)):
        out["trap:successor:" + _rule_or_other(candidate)] = 1.0


def _rule_or_other(candidate: Candidate) -> str:
    return "rule" if candidate.source == "rule" else "other"


def _biography_trigger_features(
    ctx: Context, info: DocInfo, event: Event, out: dict[str, float]
) -> None:
    """A biography governing the trigger.

    ``trap:past_year_at_trigger``: a year two or more before the announcement's
    dates the trigger ("was elected to the board of Initech Inc. in 2019" in a
    2024 release); ``trap:biography_before_trigger``: "previously", "served",
    "prior to" ... earlier in the trigger's clause ("previously served at Globex
    and was elected").
    """
    low, sentence = info.lowered, event.sentence
    # before the trigger only in its own words ("in 2019 joined"; not "a director
    # since 2019, has resigned", where the year dates the description)
    lo = max(sentence.start, event.trigger_start - 30)
    comma = low.rfind(",", lo, event.trigger_start)
    lo = max(lo, comma + 1)
    hi = min(sentence.end, event.trigger_end + 60)
    reference = ctx.announcement.year if ctx.announcement else ctx.latest_year
    if reference is not None and any(
        int(m.group(1)) < reference - 1 for m in _TRAP_YEAR.finditer(low, lo, hi)
    ):
        out["trap:past_year_at_trigger"] = 1.0
    clause = max(sentence.start, event.trigger_start - 120)
    breaks = list(_CLAUSE_BREAK.finditer(low, clause, event.trigger_start))
    if breaks:
        clause = breaks[-1].end()
    if _BIOGRAPHY_CUE.search(low, clause, event.trigger_start):
        out["trap:biography_before_trigger"] = 1.0


def _board_of_features(
    ctx: Context, info: DocInfo, event: Event, out: dict[str, float]
) -> None:
    """Whose board the trigger's object is, and subsidiary words.

    After the trigger: ``trap:board_of:other_named`` ("her election to the board
    of the Harbor Arts Trust"), ``trap:board_of:own`` ("its board", "the Board
    of Directors of Corvane Inc."), ``trap:board_of:named_issuer_unknown``
    (a named board, the issuer unknown), ``trap:subsidiary:after_trigger``
    ("resigned from the board of one of its Asian subsidiaries"); before it,
    ``trap:subsidiary:before_trigger`` ("X S.L., the company's subsidiary, has
    appointed").
    """
    stop = min(event.sentence.end, event.trigger_end + 100)
    low = info.lowered
    found = _BOARD_OF.search(ctx.flat, event.trigger_end, stop)
    if found is not None:
        words = set(re.findall(r"[a-z0-9]+", found.group("org").lower()))
        issuer = ctx.issuer_words or _sentence_companies(ctx.flat, event)
        if words & issuer or words <= _OWN_ORG_WORDS:
            out["trap:board_of:own"] = 1.0
        elif issuer:
            out["trap:board_of:other_named"] = 1.0
        else:
            out["trap:board_of:named_issuer_unknown"] = 1.0
    elif _OWN_BOARD.search(low, event.trigger_end, stop):
        out["trap:board_of:own"] = 1.0
    if _SUBSIDIARY.search(low, event.trigger_end, stop):
        out["trap:subsidiary:after_trigger"] = 1.0
    if _SUBSIDIARY.search(low, event.sentence.start, event.trigger_start):
        out["trap:subsidiary:before_trigger"] = 1.0


_COMPANY_NAME = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+){1,4}(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC"
    r"|Co|Company|Group|Holdings|N\.V|S\.A|AG|SE)\b"
)


def _sentence_companies(flat: str, event: Event) -> frozenset[str]:
    """Words of the companies named before the trigger in its sentence.

    They stand for the issuer when the document's is unknown ("Pellow Mills
    Corp. congratulated Rosa Lind on her election to the board of ...").
    """
    return frozenset(
        word
        for m in _COMPANY_NAME.finditer(flat, event.sentence.start, event.trigger_start)
        for word in re.findall(r"[a-z0-9]+", m.group().lower())
    )


def _stepping_back_features(info: DocInfo, event: Event, out: dict[str, float]) -> None:
    """A move to non-executive after an executive post is left: the seat stays.

    ``trap:remains_director`` on a role change: "will step down as Chief Executive
    and become a non-executive director" (no board-role change).
    """
    low = info.lowered
    start = max(event.sentence.start, event.trigger_start - 200)
    if _LEFT_POST_BEFORE.search(low, start, event.trigger_start) and _NON_EXEC.search(
        low, event.trigger_start, min(event.sentence.end, event.trigger_end + 60)
    ):
        out["trap:remains_director"] = 1.0


def _remains_features(info: DocInfo, event: Event, out: dict[str, float]) -> None:
    """A departure from a post by someone who stays on the board.

    ``trap:remains_director``: "remains a director", "will continue to serve on
    the board" after the trigger, in its sentence or the next ("has resigned as
    chairman of the compensation committee ... She remains an independent
    director").
    """
    low = info.lowered
    end = low.find(". ", event.sentence.end, event.sentence.end + 300)
    stop = end if end >= 0 else min(len(low), event.sentence.end + 300)
    if _REMAINS.search(low, event.trigger_end, stop):
        out["trap:remains_director"] = 1.0
