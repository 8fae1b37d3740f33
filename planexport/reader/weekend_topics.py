"""A weekend that is a lesson's topic, not the days a heading's plan is for.

`# Speaking "My Weekend"` (a language lesson about what the pupils did on Saturday) is one lesson
on no weekday; before, its `Weekend` made the lesson a template for Saturday and Sunday, read
twice. The weekend is a topic when someone's weekend is meant: a possessive stands right before
the word (`my`, `your`, `our`, `mein`, `unser`, `mi`, `nuestro`, `mon`, `notre`, `mio`, `meu`,
`mijn`…). `## Weekend`, `### Weekend (Sat–Sun)` and `## The weekend` stay a weekend's days.
"""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["weekend_topic"]

# A possessive right before the weekend word, in the folded words of a heading.
_OWNED = lazy(
    r"(?<![\w-])(?:my|your|our|his|her|their|mein|meine|meinem|dein|deine|unser|unsere"
    r"|mi|mis|tu|tus|su|nuestro|nuestros|mon|ton|son|notre|votre|il mio|il tuo|il nostro"
    r"|mio|tuo|nostro|meu|teu|seu|nosso|o meu|o nosso|mijn|jouw|ons|onze) "
    r"(?:weekend|weekends|week-end|week-ends|wochenende|fin de semana|fine settimana"
    r"|fim de semana)(?![\w-])"
)


def weekend_topic(words: str) -> bool:
    """Whether the folded words of a heading speak of someone's weekend (`speaking my weekend`)."""
    return _OWNED.search(words) is not None
