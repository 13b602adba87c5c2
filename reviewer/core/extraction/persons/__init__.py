"""Person or not: whether a capitalised run of words is a person's name.

``person_likelihood(name, context)`` scores a name from 0 to 1 by the name lists
(given names and surnames derived from Faker), its shape (honorific, initials,
suffix, nickname) and what surrounds it (``aged 54``, ``said``, words the
document writes in lower case). ``features`` gives the same evidence as numbers
for a learned classifier.
"""

from reviewer.core.extraction.persons.likelihood import (
    THRESHOLD,
    NameContext,
    features,
    is_person,
    leading_noise,
    person_likelihood,
)

__all__ = [
    "THRESHOLD",
    "NameContext",
    "features",
    "is_person",
    "leading_noise",
    "person_likelihood",
]
