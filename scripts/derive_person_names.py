"""Rebuild resources/persons/{given,surnames,english}.txt from Faker and pyspellchecker.

Faker (MIT licence, https://github.com/joke2k/faker) keeps first-name and
surname lists for some 80 locales, drawn from public sources (national
statistics offices, census tables). This script takes every Latin-script name
of every locale, romanised Chinese and Japanese names included, folds case and
writes one name a line, sorted, so the extractor ships a compact list and does
not depend on Faker at run time.

pyspellchecker (MIT licence, https://github.com/barrust/pyspellchecker) keeps an
English word-frequency list drawn from OpenSubtitles. ``english.txt`` holds its
25,000 most frequent words of three letters or more that are on neither name
list: words that, capitalised, are more likely a heading or a defined term than
a name ("Balance Sheet", "Supplemental Indenture").

Usage (both installed, e.g. ``pip install faker pyspellchecker``)::

    python scripts/derive_person_names.py [OUT_DIR]
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

# A name is Latin letters (accents included), with inner hyphens or apostrophes.
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)*$")

_SCRIPT = "scripts/derive_person_names.py"
_GIVEN_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)
_SURNAME_ATTRS = (
    "last_names",
    "last_names_male",
    "last_names_female",
    "last_romanized_names",
)


def _words(value: object) -> set[str]:
    names: set[str] = set()
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        return names
    for item in value:
        if not isinstance(item, str):
            continue
        for word in item.split():  # "Van der Berg", "Mary Ann"
            if _LATIN.match(word) and len(word) >= 2 and word[0].isupper():
                names.add(word.casefold())
    return names


def derive() -> tuple[set[str], set[str], str]:
    import faker
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}")
        cls = getattr(provider, "Provider", None)
        if cls is None:
            continue
        for attr in _GIVEN_ATTRS:
            given |= _words(getattr(cls, attr, ()))
        for attr in _SURNAME_ATTRS:
            surnames |= _words(getattr(cls, attr, ()))
    return given, surnames, faker.VERSION


def english(names: set[str], count: int = 25_000) -> tuple[list[str], str]:
    import gzip
    import json
    from importlib import metadata
    from importlib.resources import files

    data = files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    frequency: dict[str, int] = json.loads(gzip.decompress(data))
    ranked = sorted(frequency.items(), key=lambda item: (-item[1], item[0]))
    words = [w for w, _ in ranked if w.isascii() and w.isalpha() and len(w) >= 3]
    common = [w for w in words[:count] if w not in names]
    return sorted(common), metadata.version("pyspellchecker")


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[1]) if len(argv) > 1 else root / "resources" / "persons"
    out.mkdir(parents=True, exist_ok=True)
    given, surnames, version = derive()
    header = f"# derived from Faker {version} (MIT) by {_SCRIPT}\n"
    for name, words in (("given.txt", given), ("surnames.txt", surnames)):
        (out / name).write_text(header + "\n".join(sorted(words)) + "\n", "utf-8")
    print(f"{len(given)} given names, {len(surnames)} surnames from Faker {version}")
    words, spell = english(given | surnames)
    header = f"# derived from pyspellchecker {spell} (MIT) by {_SCRIPT}\n"
    (out / "english.txt").write_text(header + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} English words from pyspellchecker {spell}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
