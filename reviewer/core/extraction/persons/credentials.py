"""Post-nominal credentials after a name: degrees, fellowships, honours, licences.

``Jane Roe, M.D., FAHA``, ``Dr Ann Lee MBBS FRACP``, ``Tan Wei Ming, PBM, BBM``,
``Mark Stone CPA, CA``. They are not part of the name (the corpus convention:
the person is written without honorifics or degrees), but the mention covers
them, so that what stands between two names of a list is only ", and" and a
credential is never read as a person or swallowed into one.

Rule ``name:post_nominals``; the lists below are the rule's data.
"""

from __future__ import annotations

from reviewer.core import lazyre as re

# Written with dots, in any case of the letters: "M.D.", "Ph.D.", "D.Phil."
DOTTED = (
    "M.D.", "Ph.D.", "Ph. D.", "D.Phil.", "M.S.", "M.Sc.", "B.Sc.", "B.A.", "M.A.",
    "M.B.A.", "J.D.", "LL.B.", "LL.M.", "M.P.H.", "D.O.", "D.D.S.", "D.M.D.", "R.N.",
    "Pharm.D.", "Ed.D.", "Sc.D.", "D.B.A.", "C.P.A.", "C.F.A.", "P.E.", "Q.C.", "K.C.",
    "Esq.",
)  # fmt: skip
# Written as one word in capitals (or as shown): degrees, fellowships,
# professional designations, British, Commonwealth, Hong Kong and Singapore
# honours. Each stands after a name by itself.
WORDS = frozenset(
    """
    MD PhD DPhil MBA MPH MSc BSc MBBS MBChB FRACP FRCP FRCS FRCPath FRCPC FRACS
    FAHA FACC FACP FACS FASCO FAAN FACE FRSE FRS FREng FMedSci FAcSS FAICD GAICD
    FCA ACA FCCA ACCA FCPA CPA CFA CMA CGMA FCIS FCG FCMA CIMA ICD.D
    DDS DMD PharmD EdD ScD JD LLB LLM FIEAust FAusIMM FIoD FCIArb Esq
    CBE OBE MBE KBE DBE GBE CMG KCMG GCMG CVO LVO KCVO GCVO KStJ DL FRSA
    AO AC OAM ONZM CNZM KNZM DNZM MNZM QSO
    GBS SBS BBS JP MH PBM BBM SBM PPA PJG DSO QC KC SC
    """.split()  # noqa: SIM905
)
# Short letters that are also ordinary abbreviations (a state, "a.m.", a
# company's "CA"): taken only without a comma straight after the name
# ("Smith KT CH") or after another credential ("Mark Stone CPA, CA").
AMBIGUOUS = frozenset("CA MA MS KT CH AM PE RN".split())  # noqa: SIM905

_ONE = (
    "(?:"
    + "|".join(re.escape(d) for d in sorted(DOTTED, key=len, reverse=True))
    + r"|(?P<word>[A-Z][A-Za-z.]{1,7})(?![\w.'’-])(?![ \t]+[A-Z][a-z]))"
)  # "JP Morgan" is not a credential and a name
_NEXT = re.compile(r"(?P<sep>,?[ \t]{1,2})" + _ONE)


def credentials_end(text: str, at: int) -> int:
    """Where the credentials written right after ``text[:at]`` end (``at`` if none)."""
    end = at
    first = True
    while True:
        match = _NEXT.match(text, end)
        if match is None:
            return end
        word = match.group("word")
        if (
            word is not None
            and word not in WORDS
            and (word not in AMBIGUOUS or (first and "," in match.group("sep")))
        ):
            return end
        end = match.end()
        first = False
