"""Row details around a change: disagreement, nominator, committees, name lists."""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.patterns import (
    BOARD_RE,
    COMMITTEE_RE,
    DISAGREEMENT_RE,
    NO_DISAGREEMENT_RE,
    NOMINATOR_RE,
    TRIGGER_RES,
    UPPER,
)
from reviewer.core.extraction.roles import RoleMention, find_roles
from reviewer.core.extraction.sentences import Sentence

# "the following persons", "as follows:", a final colon; but not the preposition
# "Following Mr Hale's retirement, ...".
_LEAD_IN_RE = re.compile(
    r"\b(?:the|these)\s+following\b|\bfollowing\s+(?:\w+\s+){0,2}(?:persons|people"
    r"|individuals|nominees|candidates|directors)\b|\bas\s+follows\b|:\s*$"
    # "Detailed results of the vote are set out below."
    r"|\b(?:set\s+(?:out|forth)|listed|shown|presented|provided|reported)\s+below\W*$",
    re.IGNORECASE,
)
# A telephone number or an e-mail address: a contact line, never a change.
_CONTACT_RE = re.compile(
    # +61 8 6555 0100, +44 (0)20 7946 0321
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)\s?)?\d{1,4}[\s.-]?\d{2,4}[\s.-]?\d{2,4}"
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|(?<![\d,.])\b\d{3}[.-]\d{3}[.-]\d{4}\b"
    r"|\b(?:Tel|Phone|Telephone|Mobile|Ph)\.?\s*:?\s*\+?\(?\d"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
)
_CONTACT_LONG = 300  # a longer sentence is prose that happens to give a number
_LINE_START_BEFORE = re.compile(
    r"(?:Votes|Abstain|Abstentions|Against|Withheld|Nominee|Nominees|Name|Director)"
    r"\s+$|"
    r"(?:^|\n)[ \t]*(?:[•*\-–]|\d+[.)])?[ \t]*$|[\d%)]\s+$"
)
_NUMBERED_ITEM = re.compile(r"^\s*(?:\(\d+\)|\d+\.|Item\b)")
PRONOUN_START = re.compile(
    r"^\W*(?:he|she|they|in\s+addition,?\s+(?:he|she))\b", re.IGNORECASE
)
_COMMITTEE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z])|\s*&\s*(?=[A-Z])")
_NOT_A_SEAT = re.compile(
    r"\b(?:recommendation|approval|advice|review|consent|charter)\s+of\s+(?:the\s+|its\s+)?$"
    r"|\bby\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
_COMMITTEE_NOISE = frozenset(
    {"the", "its", "board", "board's", "company's", "a", "member", "of"}
)


def disagreement(
    flat: str, sentences: list[Sentence]
) -> list[tuple[Sentence, str, int, int]]:
    """Sentences that state (or deny) a disagreement: (sentence, value, start, end)."""
    found = []
    for sentence in sentences:
        if "isagree" not in sentence.text and "ISAGREE" not in sentence.text:
            continue
        match = DISAGREEMENT_RE.search(sentence.text)
        if not match:
            continue
        negated = NO_DISAGREEMENT_RE.search(sentence.text)
        value = "no" if negated else "yes"
        span = negated or match
        found.append(
            (
                sentence,
                value,
                sentence.start + span.start(),
                sentence.start + span.end(),
            )
        )
    return found


_IS_INDEPENDENT = re.compile(
    r"\b(?:is|as|be)\s+(?:an?\s+)?(?:(?:not|no\s+longer)\s+)?independent\b",
    re.IGNORECASE,
)


def independence(sentences: list[Sentence], surname: str) -> str:
    """``true``/``false`` when a sentence naming the person says so, else ``""``.

    For example ``The Board determined that Ms. Doe is independent``.
    """
    for sentence in sentences:
        if surname not in sentence.text:
            continue
        match = _IS_INDEPENDENT.search(sentence.text)
        if match:
            return (
                "false"
                if re.search(r"\bnot\b|\bno\s+longer\b", match.group())
                else "true"
            )
    return ""


_ABBREVIATED = frozenset({"inc", "corp", "co", "ltd", "jr", "sr", "bros", "assn"})


def nominator(flat: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The party that nominated someone, from ``nominated by X`` in [start, end)."""
    match = NOMINATOR_RE.search(flat, start, end)
    if not match:
        return None
    group = 1 if match.group(1) else 2
    value = match.group(group).strip()
    value = re.sub(r"\s+(?:in|pursuant|under|and|as|to|for|on|at)$", "", value)
    last = value.rsplit(" ", 1)[-1]
    if (
        last.endswith(".")
        and "." not in last[:-1]
        and last[:-1].lower() not in _ABBREVIATED
    ):
        value = value[:-1]  # the sentence's full stop: "nominated by Hale Capital AB."
    if value.lower() in (
        "the board",
        "the company",
        "board",
    ) or value.lower().startswith("the board"):
        return None
    return value, match.start(group), match.start(group) + len(value)


def committees(
    flat: str, sentences: list[Sentence], index: int, person: Person
) -> list[tuple[str, int, int]]:
    """Committee names in sentence ``index`` and the next ones about the person."""
    picked: list[tuple[str, int, int]] = []
    surnames = {person.surname.lower(), person.full.tokens[0].lower()}
    for offset in (0, 1, 2):
        if index + offset >= len(sentences):
            break
        sentence = sentences[index + offset]
        if offset and not (
            PRONOUN_START.search(sentence.text)
            or any(s in sentence.text.lower() for s in surnames)
        ):
            break
        for match in COMMITTEE_RE.finditer(flat, sentence.start, sentence.end):
            before = flat[
                max(sentence.start, match.end()) : min(sentence.end, match.end() + 40)
            ]
            if re.match(r"\s+of\s+[A-Z](?!he\b)", before):
                continue
            prefix = flat[max(sentence.start, match.start() - 40) : match.start()]
            if _NOT_A_SEAT.search(prefix):
                continue  # "upon the recommendation of the Nominating Committee"
            if (
                re.search(r"\b[" + UPPER + r"][\w.&'’-]+['’]s\s*$", prefix)
                and "Company" not in prefix
            ):
                continue  # "APA Corporation's audit committee"
            raw = match.group(1).strip()
            plural = match.group().rstrip().endswith("Committees")
            parts = _COMMITTEE_SPLIT.split(raw) if plural else [raw]
            for part in parts:
                words = [w for w in part.split() if w.lower() not in _COMMITTEE_NOISE]
                name = " ".join(words).strip(" ,").lower()
                if name and len(name) < 60 and name not in [p[0] for p in picked]:
                    picked.append((name, match.start(1), match.end(1)))
    return picked


def listed_people(
    text: str,
    sentences: list[Sentence],
    index: int,
    mentions: list[Mention],
    limit: int | None,
) -> list[Mention]:
    """Names listed after a lead-in sentence (``The following persons were elected:``).

    Collects full names that open a line (bullets, table rows) in the sentences
    after the lead-in, stopping at the next numbered item or change sentence.
    """
    found: list[Mention] = []
    empty = 0
    for sentence in sentences[index + 1 : index + 60]:
        if is_contact(sentence):
            break
        if _NUMBERED_ITEM.match(sentence.text) or (
            BOARD_RE.search(sentence.text)
            and any(p.search(sentence.text) for _, p in TRIGGER_RES)
        ):
            break
        before_count = len(found)
        for mention in mentions:
            if (
                not (sentence.start <= mention.start < sentence.end)
                or not mention.is_full
            ):
                continue
            before = text[max(0, mention.start - 20) : mention.start]
            if mention.start == sentence.start or _LINE_START_BEFORE.search(before):
                found.append(mention)
                if limit is not None and len(found) >= limit:
                    return found
        if len(found) == before_count:
            empty += 1
            if found or empty > 2:
                break  # the list (or table) has ended
    return found


def is_contact(sentence: Sentence) -> bool:
    """Whether a sentence is a contact block: a name, a title and a number.

    For example ``For further information: Jane Roe, Company Secretary, +44 20
    7946 0000``.
    """
    return len(sentence.text) < _CONTACT_LONG and bool(
        _CONTACT_RE.search(sentence.text)
    )


def is_lead_in(sentence: Sentence) -> bool:
    """Whether a sentence introduces a list (``the following``, a final colon)."""
    return bool(_LEAD_IN_RE.search(sentence.text))


# "Each of the seven nominees ... was elected", "all nominees were re-elected"
_NOMINEES_ELECTED = re.compile(
    r"\b(?:nominees|candidates|persons|individuals)\b[^.;]{0,200}?\b(?:was|were"
    r"|have\s+been|has\s+been)\s+(?:duly\s+)?(?:re-?)?elected\b",
    re.IGNORECASE,
)


def nominees_elected(sentences: list[Sentence], index: int) -> int:
    """The sentence saying that the nominees listed after ``index`` were elected.

    The lead-in at ``index`` or one of the three before it; -1 when none says so.
    """
    for back in range(index, max(-1, index - 4), -1):
        if _NOMINEES_ELECTED.search(sentences[back].text):
            return back
    return -1


_HELD_SEAT_RE = re.compile(
    r"\b(?:served|serves|serving|has\s+served|had\s+served|(?P<go_on>continue\s+to\s+serve))"
    r"\s+as\s+(?:a\s+director,?\s+and\s+as\s+)?(?:the\s+|its\s+)?"
    r"(?P<role>(?i:(?:non-executive\s+|independent\s+|executive\s+)?(?:lead\s+independent"
    r"\s+director|vice[- ]chair\w*|chair\w*))"
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?:(?i:board)['’]s\s+)?(?:["
    + UPPER
    + r"][\w,&'’-]*\s+"
    r"(?:and\s+|&\s+)?){0,6}(?:Committee|Board)(?:\s+of\s+Directors)?)?)"
    r"(?!\s+of\s+[A-Z])"
    r"|\b(?:chaired|has\s+chaired|had\s+chaired)\s+(?:the\s+|its\s+)?(?:(?i:board|company)['’]s\s+)?"
    r"(?:(?P<committee>(?:[" + UPPER + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,6}Committee)"
    r"|(?P<board>(?i:board)(?:\s+of\s+(?i:directors))?\b))"
)
_PAST_SEAT_RE = re.compile(
    r"\b(?:previously|formerly|prior\s+to|until|from\s+(?:19|20)\d\d)\b", re.IGNORECASE
)


_OTHER_ORG_AFTER = re.compile(
    r"\s+(?:of|at)\s+(?:the\s+)?(?:(?i:board)\s+of\s+(?:directors\s+of\s+)?)?"
    r"(?!the\s+(?i:company|corporation|board)\b)(?:the\s+)?[A-Z]"
)


def held_seat(
    flat: str, sentences: list[Sentence], index: int, person: Person
) -> RoleMention | None:
    """The chair a leaving director held, from the sentences about them.

    For example ``At the time of her resignation, Ms. Doe served as chair of the
    Audit Committee`` or ``Mr. Roe had served as Chairman since 2017``.
    """
    surname = person.surname
    for sentence in sentences[index : index + 6]:
        if surname not in sentence.text:
            continue
        for match in _HELD_SEAT_RE.finditer(flat, sentence.start, sentence.end):
            head = flat[max(sentence.start, match.start() - 50) : match.start()]
            tail = flat[match.end() : min(sentence.end, match.end() + 40)]
            if _PAST_SEAT_RE.search(head) or (
                _PAST_SEAT_RE.search(tail) and not match.group("go_on")
            ):  # "will continue to serve as chair ... until his term expires"
                continue
            if _OTHER_ORG_AFTER.match(tail):
                continue  # "served as chairman of the board of Orbis Ltd"
            if match.group("board"):  # "who has chaired its Board since 2012"
                return RoleMention(match.start(), match.end(), "chair", "chair")
            if match.group("committee"):
                name = " ".join(match.group("committee").split()[:-1]).lower()
                role = f"{name} committee chair"
                return RoleMention(match.start(), match.end(), role, "committee chair")
            found = [
                r
                for r in find_roles(flat, match.start("role"), match.end("role"))
                if r.family != "director"
            ]
            if found:
                return found[0]
    return None


# "its Chair, Mr Ian Dale, will retire": the chair held by the leaving director.
_GIVES_TITLE = (
    r"(?:as|to|be|become|becomes|became|becoming|name|names|named|naming|appoint"
    r"|appoints|appointed|elect|elects|elected|new|incoming|former|formerly|then|ex"
    r"|designate|proposed|future|next|succeeding|replacing|by|and)"
)
# ``role:chair_held``: also after a verb or conjunction ("said that Chairman X",
# "when Chairman X resigned") and after the company's name ("Corvane Chairman X"),
# but not where the title is given ("as Chairman X", "named Chairman X") or was
# held before ("former chairman X"), nor a committee's chair.
_CHAIR_TITLE_BEFORE = re.compile(
    r"(?:^|\b(?:its|our|the|company['’]s|board['’]s)\s+|[.;:]\s+|\(\w+\)\s+"
    r"|\b(?!" + _GIVES_TITLE + r"\b)(?-i:[a-z]+)\s+"
    r"|\b(?!(?:committee|former|new|incoming|interim|acting|designate|proposed)\b)"
    r"(?-i:[A-Z][\w&'’.-]*)\s+)"
    r"((?:non-executive\s+|independent\s+|executive\s+)?(?:vice[- ]|deputy\s+)?"
    r"chair(?:man|woman|person)?(?:\s+of\s+the\s+(?:supervisory\s+)?board)?)"
    # "The chairman of Corvane Inc., Wilhelm Strand": the issuer (checked by the caller)
    r"(?:\s+of\s+(?P<org>[A-Z][^,;()]{0,60}?(?:,\s+(?:Inc|Ltd|LLC|plc|Corp|AG|SE|ASA"
    r"|A/S|AB|S\.A|N\.V|Limited)\.?)?)(?=\s*,))?\s*,?\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?$",
    re.IGNORECASE,
)


# "his resignation as an independent director of the Company, chairman of the audit
# committee and a member of ...": the committee chair listed after the seat
_LISTED_CHAIR_RE = re.compile(
    r"\bas\s+(?:an?\s+)?(?:(?:independent|non-executive|executive)\s+)*director"
    r"(?:\s+of\s+the\s+(?:company|corporation|board))?,\s+(?:the\s+)?"
    r"chair(?:man|woman|person)?\s+of\s+(?:the\s+|its\s+)?"
    r"(?P<committee>(?:[\w&'’-]+\s+(?:and\s+)?){1,6}?committee)\b",
    re.IGNORECASE,
)


def listed_committee_chair(sentence: Sentence) -> str:
    """The committee chair listed right after a leaving director's seat, or ''."""
    match = _LISTED_CHAIR_RE.search(sentence.text)
    if not match:
        return ""
    name = " ".join(match.group("committee").split()[:-1]).lower()
    return f"{name} committee chair"


def _issuer_named(org: str, issuer: frozenset[str]) -> bool:
    """Whether ``org`` ("Corvane Inc.") names the issuer (its distinctive words)."""
    return any(w in issuer for w in re.findall(r"[a-z0-9]+", org.lower()))


_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+(?:Company|Corporation|Board)['’]s\s+|its\s+|our\s+|the\s+)"
    r"((?i:(?:senior|lead)\s+independent\s+director|(?:non-executive\s+|independent\s+"
    r"|executive\s+)?"
    r"(?:vice[- ]|deputy\s+)?chair(?:man|woman|person)?(?:\s+of\s+the\s+board)?))"
    # "Odin Farrow, the Executive Chair of Corvane Inc., announced": the issuer's
    # name (checked by the caller); "the Chairman of the Board and an Executive
    # Director"
    r"(?:\s+of\s+(?P<org>[A-Z][^,;()]{0,60}?(?:,\s+(?:Inc|Ltd|LLC|L\.P|plc|Corp|Co|N\.V"
    r"|S\.A|AG|SE|ASA|A/S|AB|Limited)\.?)?))?\s*(?:,|\band\b)"
)


def chair_title_before(
    flat: str, sentence: Sentence, person: Person, issuer: frozenset[str] = frozenset()
) -> RoleMention | None:
    """The chair title written right before the person's name in the sentence."""
    spans = [
        (m.start, m.end)
        for m in person.mentions
        if sentence.start <= m.start < sentence.end
    ]
    if not spans and person.full.is_full:  # a headline's name is no mention
        name = person.name
        at = flat.find(name, sentence.start, sentence.end)
        if at >= 0:
            spans.append((at, at + len(name)))
    for start, end in spans:
        after = _TITLE_AFTER.match(flat, end, sentence.end)
        org = after.group("org") if after else None
        if org and not _issuer_named(org, issuer):
            after = None  # "Gus Meade, the chairman of Orbis Ltd, has resigned"
        if after:  # "Ann Roe, the Company's Senior Independent Director, will retire"
            found = find_roles(flat, after.start(1), after.end(1))
            if found and found[0].family != "director":
                return found[0]
        head = flat[max(sentence.start, start - 60) : start]
        match = _CHAIR_TITLE_BEFORE.search(head)
        if (
            match
            and match.group("org")
            and not _issuer_named(match.group("org"), issuer)
        ):
            match = None  # "The chairman of Orbis Ltd, Gus Meade, ..."
        if match:
            at = start - len(head) + match.start(1)
            found = find_roles(flat, at, at + len(match.group(1)))
            if found and found[0].family != "director":
                return found[0]
    return None
