"""Meals as plans name them beyond one word: `Snack A`, `Comida principal`, `Leichtes
Mittagessen`, a meal with company then a rest (`Lunch with the team and take a rest`), and a
meal that leads another activity (`Breakfast and reading`, `Almuerzo y repaso`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import BREAK_WORDS, FREE_WORDS

__all__ = ["busy_parts", "leads_activity", "pause_end", "qualified_meal", "rest_after_meal"]

_MEALS = frozenset(BREAK_WORDS)
# Words that say which meal, before or after it: "Morning snack", "Comida ligera", "Pranzo
# leggero", "Déjeuner rapide", "Lanche leve", "Lichte lunch", "Leichtes Mittagessen".
_WHICH = frozenset((
    "main", "light", "quick", "late", "early", "small", "big", "healthy", "morning", "afternoon",
    "evening", "midday", "mid-morning", "mid-afternoon", "am", "pm",
    "leichtes", "leichte", "leichter", "kleines", "kleine", "kleiner", "spates", "spate",
    "fruhes", "warmes", "kaltes", "gesundes", "gesunder",
    "principal", "ligera", "ligero", "rapida", "rapido", "tardia", "temprana", "saludable",
    "leger", "legere", "rapide", "tardif", "matin", "apres-midi",
    "leggero", "leggera", "principale", "veloce", "sano", "sana",
    "leve", "saudavel", "reforcado",
    "lichte", "snelle", "vroege", "gezonde",
    "continental", "buffet",
))  # fmt: skip
# Words after a meal that say it is laid on, as agendas write it: "Lunch served", "Dinner
# provided", "Mittagessen serviert", "Almuerzo incluido", "Déjeuner offert", "Lunch verzorgd".
_SERVED = frozenset((
    "served", "provided", "included", "catered", "available",
    "serviert", "inklusive", "servido", "servida", "incluido", "incluida", "servi", "servie",
    "offert", "inclus", "servito", "servita", "offerto", "incluso", "fornecido",
    "geserveerd", "verzorgd", "inbegrepen",
))  # fmt: skip
# "Lunch with … and take a rest", "Almuerzo con … y descanso", "Mittagessen mit … und Pause".
_WITH = frozenset(("with", "mit", "con", "avec", "com", "met"))
_AND = frozenset(("and", "y", "e", "und", "et", "en"))
_REST = frozenset((
    "rest", "break", "nap", "relax", "pause", "ruhe", "ausruhen", "erholung", "descanso",
    "descansar", "siesta", "repos", "reposer", "sieste", "riposo", "riposare", "pausa",
    "sesta", "rust", "rusten", "pauze", "dutje",
))  # fmt: skip


def qualified_meal(words: list[str]) -> bool:
    """Whether two words name a meal and which one (`snack a`, `comida principal`), or a meal
    said to be laid on (`lunch served`, `continental breakfast served`)."""
    if len(words) > 1 and words[-1] in _SERVED:
        words = words[:-1]
        if len(words) == 1:
            return words[0] in _MEALS
    if len(words) != 2:
        return False
    first, second = words
    if first in _MEALS:
        return len(second) == 1 or second in _WHICH  # "Snack A", "Snack B (PM)"
    return second in _MEALS and first in _WHICH


def rest_after_meal(words: list[str]) -> bool:
    """Whether words are a meal with company or food, then a rest (`lunch with the provided
    meal and take a rest`); a meal with company alone (`dinner with speakers`) is not."""
    if len(words) < 5 or words[0] not in _MEALS or words[1] not in _WITH:
        return False
    joins = [idx for idx, word in enumerate(words) if word in _AND]
    if not joins:
        return False
    tail = words[joins[-1] + 1 :]
    return joins[-1] <= 7 and 0 < len(tail) <= 3 and tail[-1] in _REST


# What joins a meal to what is done with it: "Breakfast and reading", "Lunch + review",
# "Almuerzo y repaso", "Mittagessen und Vokabeln", "Déjeuner et lecture", "Pranzo e ripasso",
# "Almoço e leitura", "Lunch en lezen", "Lunch & walk".
_JOIN = lazy(r"[+&]|\b(?:and|y|und|et|e|en)\b")
# With whom: "Lunch and rest with friends" is a rest, whoever it is with.
_COMPANY = lazy(r"\b(?:with|mit|con|avec|com|met)\b.*")
# Words that leave a part a pause, not an activity: "Lunch + rest", "Almuerzo y siesta",
# "Mittagessen und ein kurzer Spaziergang", "Déjeuner et pause café", "Lunch en een wandeling",
# "Lunch & personal time".
_IDLE = frozenset((
    *(word for meal in BREAK_WORDS for word in meal.split()), *_REST, *_WHICH, *FREE_WORDS,
    "a", "an", "the", "some", "short", "little", "time", "take", "tea", "walk", "stroll",
    "relax", "relaxing", "relaxation", "chill", "shower",
    # "Break & Mental Reset", "Break + recharge", "Pause / hydrate": the pause itself
    "mental", "reset", "recharge", "hydrate", "hydration", "water", "breathe", "breathing",
    "ein", "eine", "einen", "kurze", "kurzer", "kurzen", "tee", "spaziergang", "entspannen",
    "entspannung", "freizeit",
    "un", "una", "el", "la", "corta", "corto", "breve", "paseo", "pasear", "caminata",
    "relajarse", "relajacion",
    "une", "le", "du", "petite", "petit", "courte", "promenade", "marche", "detente",
    "il", "lo", "uno", "piccola", "piccolo", "passeggiata", "rilassarsi", "caffe",
    "o", "um", "uma", "curta", "curto", "passeio", "caminhada", "relaxar", "cha",
    "een", "het", "korte", "wandeling", "wandelen", "ontspannen", "ontspanning", "thee",
    "vrije", "tijd",
    # Time of one's own: "Lunch & personal time", "Mittagessen und Zeit für mich", "Almuerzo
    # y tiempo personal", "Déjeuner et temps perso", "Pranzo e tempo personale", "Almoço e
    # tempo pessoal", "Lunch en eigen tijd".
    "personal", "own", "me", "private", "downtime",
    "personliche", "eigene", "zeit", "fur", "mich", "privat",
    "tiempo", "propio", "mi",
    "temps", "perso", "personnel", "pour", "moi",
    "tempo", "personale", "per",
    "pessoal", "para", "mim",
    "eigen", "voor", "mezelf",
    # Water and a stretch in a pause: "Break + water", "Descanso + Hidratación (500ml)",
    # "Pausa + estiramientos", "Pause + Dehnen", "Pause et étirements", "Intervalo + alongamento".
    "water", "hydrate", "hydration", "drink", "stretch", "stretches", "stretching",
    "wasser", "trinken", "dehnen", "dehnung", "dehnubungen",
    "agua", "hidratacion", "hidratarse", "beber", "estirar", "estiramiento", "estiramientos",
    "eau", "hydratation", "boire", "etirement", "etirements",
    "acqua", "idratazione", "bere", "allungamento", "allungamenti",
    "hidratacao", "alongamento", "alongamentos", "alongar",
    "drinken", "rekken", "strekken", "rekoefeningen",
))  # fmt: skip


def leads_activity(plain: str) -> bool:
    """Whether folded words that start with a meal or a pause join it to another activity
    (`breakfast and reading`, `mittagessen und vokabeln`): a block, not a gap. A rest, a walk
    or another meal joined to it (`lunch + rest`, `almuerzo y siesta`), with anyone, leaves it
    a gap, and so does what comes after a `/` or a `,` (choices and menus: `lunch + rest /
    hobby`)."""
    head = re.split(r"[/,]", plain, maxsplit=1)[0]
    return any(busy_part(part) for part in _JOIN.split(head)[1:])


def busy_part(part: str) -> bool:
    """Whether folded words name something done, not a pause or a meal (`tarefas domesticas`,
    not `a short walk` or `rest with friends`)."""
    words = re.findall(r"[a-z]+", _COMPANY.sub("", part))
    return bool(words) and not all(word in _IDLE for word in words)


def busy_parts(plain: str) -> bool:
    """Whether any part of folded words, split at commas, `/` and the words that join them,
    names something done (`tarefas domesticas e outras necessidades`)."""
    return any(busy_part(part) for part in re.split(r"[,/;]", plain) for part in _JOIN.split(part))


# "Word Break", "Line Break": a thing named with the word break (a problem, a typesetting
# term), not a pause; "Coffee break", "Micro-break" are pauses.
_NOT_PAUSES = frozenset(("word", "line", "page", "column", "section", "tie", "jail", "prison"))


def pause_end(words: str, pauses: tuple[str, ...]) -> bool:
    """Whether the last word of a title names a pause (`Short break`, `Coffee-break`), and the
    words before it do not make it a thing of its own (`Word Break`, a coding problem)."""
    parts = words.split()
    if not parts or parts[-1].rsplit("-", 1)[-1] not in pauses:
        return False
    return not (len(parts) == 2 and parts[0] in _NOT_PAUSES)
