"""Features of a change candidate, for the learned decision layer.

Each feature is generic language evidence (which rules and vetoes fired, the
trigger's class and word, name/trigger distance and order, tense, modality,
negation, board versus officer words, how often the person is named, where the
sentence sits, the document's genre), never one document's wording. A feature
set is a ``dict[str, float]``: binary indicators are 1.0.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.names import Person
from reviewer.core.extraction.patterns import BOARD_LOWER_RE, OFFICER_RE
from reviewer.core.extraction.sentences import Sentence

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


def features(ctx: Context, info: DocInfo, candidate: Candidate) -> dict[str, float]:
    """The features of one candidate.

    Small named groups, always in the same order: the change and its rules, the
    name and the trigger, tense and negation, the sentence, the trigger's
    window, what the rules resolved, the person, the document.
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
