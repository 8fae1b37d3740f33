"""The words plans are written in (EN, DE, ES, FR, IT, PT, NL), as data for the reader."""

from __future__ import annotations

import functools
import unicodedata
from itertools import compress
from operator import not_

__all__ = [
    "ABBREVIATED_WEEKDAYS",
    "AFTERNOON_WORDS",
    "ASIDE_ITEM_WORDS",
    "ASIDE_WORDS",
    "BREAK_WORDS",
    "COUNTED_PART_WORDS",
    "DAY_COLUMN_WORDS",
    "DAY_WORDS",
    "ESTIMATE_WORDS",
    "EVENING_WORDS",
    "EXAM_WORDS",
    "FRAME_WORDS",
    "FREE_WORDS",
    "HOUR_WORDS",
    "HYPHEN_LENGTH_NOT_ACTIVITY",
    "INGREDIENT_WORDS",
    "KIND_WORDS",
    "LATER_SESSION_WORDS",
    "LINK_ONLY_WORDS",
    "LOG_FORM_WORDS",
    "LOG_WORDS",
    "MINUTE_WORDS",
    "MONTHS",
    "MONTH_WORDS",
    "NOTE_COLUMN_WORDS",
    "OTHER_WEEKDAYS",
    "PER_DAY_WORDS",
    "PLACE_WORDS",
    "RECIPE_TIME_WORDS",
    "REST_DAY_WORDS",
    "SESSION_WORDS",
    "SKIP_COLUMN_WORDS",
    "SPRINT_WORDS",
    "START_DATE_WORDS",
    "STEP_WORDS",
    "TEMPLATE_WORDS",
    "TIME_COLUMN_WORDS",
    "TITLE_COLUMN_WORDS",
    "TITLE_KEYS",
    "TOTAL_PART_WORDS",
    "TOTAL_WORDS",
    "WEEKDAYS",
    "WEEKEND_WORDS",
    "WEEK_WORDS",
    "WORKWEEK_WORDS",
    "fold",
]


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, so that `Miércoles` and `miercoles` read the same.

    Cached: several recognisers ask about the same heading or line, and a plan written in weeks
    repeats its lines.
    """
    if text.isascii():
        return text.lower()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.lower())
    # Each character kept where it combines with nothing (0), each step in C.
    return "".join(compress(decomposed, map(not_, map(unicodedata.combining, decomposed))))


# Weekday names (accent-free, lower case) -> the model's weekday; abbreviations included.
WEEKDAYS: dict[str, str] = {
    **dict.fromkeys(("monday", "mon", "montag", "mo", "lunes", "lun", "lundi"), "mon"),
    **dict.fromkeys(("lunedi", "segunda-feira", "segunda", "seg", "maandag", "ma"), "mon"),
    **dict.fromkeys(("tuesday", "tue", "tues", "dienstag", "di", "martes", "mar"), "tue"),
    **dict.fromkeys(("mardi", "martedi", "terca-feira", "terca", "ter", "dinsdag"), "tue"),
    **dict.fromkeys(("wednesday", "wed", "mittwoch", "mi", "miercoles", "mie", "mer"), "wed"),
    **dict.fromkeys(
        ("mercredi", "mercoledi", "quarta-feira", "quarta", "qua", "woensdag", "wo"), "wed"
    ),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "donnerstag", "do", "jueves"), "thu"),
    **dict.fromkeys(("jue", "jeudi", "jeu", "giovedi", "gio", "quinta-feira", "quinta"), "thu"),
    **dict.fromkeys(("qui", "donderdag"), "thu"),
    **dict.fromkeys(("friday", "fri", "freitag", "fr", "viernes", "vie", "vendredi"), "fri"),
    **dict.fromkeys(("ven", "venerdi", "sexta-feira", "sexta", "sex", "vrijdag", "vr"), "fri"),
    **dict.fromkeys(("saturday", "sat", "samstag", "sa", "sonnabend", "sabado", "sab"), "sat"),
    **dict.fromkeys(("samedi", "sam", "sabato", "zaterdag", "za"), "sat"),
    **dict.fromkeys(("sunday", "sun", "sonntag", "so", "domingo", "dom", "dimanche"), "sun"),
    **dict.fromkeys(("dim", "domenica", "zondag", "zo"), "sun"),
}
# Turkish, Polish, Indonesian and Vietnamese full names, with their letters that do not fold to
# ASCII ("Salı", "Poniedziałek") or that the reader's accent-tolerant patterns do not cover
# ("Çarşamba", "Środa", "Thứ Hai"): a plan in these languages must read all its days, never the
# first section alone. Indonesian "Minggu" (Sunday) also means "week": it names a day only alone.
OTHER_WEEKDAYS: dict[str, str] = {
    **dict.fromkeys(("pazartesi", "poniedzialek", "poniedziałek", "senin", "thu hai"), "mon"),
    **dict.fromkeys(("thứ hai", "sali", "salı", "wtorek", "selasa", "thu ba", "thứ ba"), "tue"),
    **dict.fromkeys(("carsamba", "çarşamba", "sroda", "środa", "rabu", "thu tu", "thứ tư"), "wed"),
    **dict.fromkeys(("persembe", "perşembe", "czwartek", "kamis", "thu nam", "thứ năm"), "thu"),
    **dict.fromkeys(("cuma", "piatek", "piątek", "jumat", "jum'at", "thu sau", "thứ sáu"), "fri"),
    **dict.fromkeys(("cumartesi", "sobota", "sabtu", "thu bay", "thứ bảy", "thứ bẩy"), "sat"),
    **dict.fromkeys(("pazar", "niedziela", "minggu", "chu nhat", "chủ nhật"), "sun"),
}
WEEKDAYS.update(OTHER_WEEKDAYS)
# "Freitags", "Montags": the German adverb ("on Fridays") names the day a heading is about.
WEEKDAYS.update(
    {f"{name}s": day for name, day in list(WEEKDAYS.items()) if name[-3:] in ("tag", "och")}
)
# Short forms seen only before a date ("Vrij 25 sep 2015", "Maa 05 okt 2015"): "vrij" alone
# is "free", so these never name a day by themselves.
ABBREVIATED_WEEKDAYS: dict[str, str] = {
    "maa": "mon", "din": "tue", "woe": "wed", "don": "thu", "vrij": "fri", "vri": "fri",
    "zat": "sat", "zon": "sun",
}  # fmt: skip
# The weekdays' names as a day's title in each language the reader reads, Monday first.
WEEKDAY_TITLES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"),
    "fr": ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"),
    "it": ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica"),
    "pt": ("Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira",
           "Sábado", "Domingo"),
    "nl": ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag"),
}  # fmt: skip
# Names long enough to stand alone as a heading or a table cell ("Mo" only in ranges).
FULL_WEEKDAYS = {name: day for name, day in WEEKDAYS.items() if len(name) > 3}
WEEKEND_WORDS = (
    "weekend", "weekends", "week-end", "week-ends", "wochenende", "wochenenden",
    "fin de semana", "fines de semana", "fine settimana", "fim de semana", "fins de semana",
    "weekenden",
)  # fmt: skip
WORKWEEK_WORDS = ("weekdays", "weekday", "werktage", "wochentage", "dias laborables",
                  "entre semana", "jours de semaine", "en semaine", "giorni feriali",
                  "dias uteis", "werkdagen", "doordeweeks")  # fmt: skip

MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan", "januar", "janner", "enero", "ene", "janvier"), 1),
    **dict.fromkeys(("janv", "gennaio", "gen", "janeiro", "januari"), 1),
    **dict.fromkeys(("february", "feb", "februar", "febrero", "fevrier", "fevr", "fev"), 2),
    **dict.fromkeys(("febbraio",), 2),
    **dict.fromkeys(("fevereiro", "februari"), 2),
    **dict.fromkeys(("march", "mar", "marz", "mrz", "marzo", "mars", "marco", "maart", "mrt"), 3),
    **dict.fromkeys(("april", "apr", "abril", "abr", "avril", "avr", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "mag", "maio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "juni", "junio", "juin", "giugno", "giu", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "julio", "juillet", "juil", "luglio", "lug"), 7),
    **dict.fromkeys(("julho",), 7),
    **dict.fromkeys(("august", "aug", "agosto", "ago", "aout", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septiembre", "septembre", "settembre"), 9),
    **dict.fromkeys(("set", "setembro"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octubre", "octobre", "ottobre"), 10),
    **dict.fromkeys(("ott", "outubro", "out"), 10),
    **dict.fromkeys(("november", "nov", "noviembre", "novembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "diciembre", "dic", "decembre"), 12),
    **dict.fromkeys(("dicembre", "dezembro"), 12),
}

# Regex alternations (accent-tolerant where the accent is common).
# Also Indonesian (minggu, hari, jam, menit), Turkish (hafta, gün, saat, dakika), Polish (tydzień,
# dzień, godz, minut) and Vietnamese (tuần, ngày, giờ, tiếng, phút): such a plan reads its weeks,
# days and lengths.
DAY_WORDS = r"(?:days?|tage?|d[ií]as?|jours?|giorn[oi]|dag(?:en)?|hari|g[uü]n|dzie[nń]|ng[aà]y)"
WEEK_WORDS = (
    r"(?:weeks?|wochen?|semanas?|semaines?|settiman[ae]|weken|minggu|hafta|tydzie[nń]|tu[aầ]n)"
)
# "Sprint 4 · Day 2", "Module 3 – Day 1", "Fase 2, Día 3": a numbered part of a course or
# roadmap before its day, as a week may come first ("Week 2, Day 3").
SPRINT_WORDS = (
    r"(?:sprint|modul[eo]?|m[oó]dulo|phase|fase|unit|unidad|unidade|unit[ée]|einheit|stage|etapa)"
)
# "Month 2", "Monat 2", "Mes 2", "Mois 2", "Mese 2", "Mês 2", "Maand 2": a month of a plan by its
# number, as a roadmap groups its weeks.
MONTH_WORDS = r"(?:months?|monate?|mes(?:es)?|m[eê]s|mois|mes[ei]|maand(?:en)?)"
HOUR_WORDS = (
    r"(?:hours?|hrs?|hs|h|stunden?|std|horas?|heures?|ore|ora|uurs?|uren"
    r"|jam|saat|godz(?:in[ay]?)?|gi[oờ]|ti[eế]ng)"
)
# A daily rate, said of a length or of the weekdays of a label: "per day", "daily", "pro Tag",
# "je Tag", "täglich", "al día", "a diario", "par jour", "tous les jours", "al giorno", "ao dia",
# "todos os dias", "per dag", "dagelijks".
# "Weekly Schedule Template", "Wochenvorlage", "Plantilla semanal", "Modèle de semaine": a section
# that writes a typical week once, not the plan's own weeks.
TEMPLATE_WORDS = (
    r"(?:template|\w*vorlage|plantilla|mod[eè]le|modello|modelo|sjabloon|typical\s+week"
    r"|semaine\s+type|semana\s+tipo|settimana\s+tipo)"
)
# "Start Date:", "Starting date |", "Startdatum:", "Fecha de inicio:", "Date de début :", "Data di
# inizio:", "Data de início:", "Begindatum:": the label of the day a plan's Day 1 falls on.
START_DATE_WORDS = (
    r"(?:start(?:ing)?\s+date|plan\s+start\s+date|startdatum|beginndatum|fecha\s+de\s+inicio"
    r"|date\s+de\s+d[ée]but|data\s+di\s+inizio|data\s+de\s+in[ií]cio|begindatum)"
)
PER_DAY_WORDS = (
    r"(?:(?:per|a|each|every)\s+day|daily"
    r"|(?:pro|je|jeden)\s+tag|t[aä]glich"
    r"|(?:al|por|cada)\s+d[ií]a|todos\s+los\s+d[ií]as|a\s+diario|diariamente"
    r"|(?:par|chaque)\s+jour|tous\s+les\s+jours|quotidiennement"
    r"|(?:al|per|ogni)\s+giorno|giornalmente"
    r"|(?:ao|por|cada)\s+dia|todos\s+os\s+dias"
    r"|(?:per|elke)\s+dag|dagelijks)"
)
# `’` (a typographic prime, `14’`) is minutes too; doubled (`30’’`) it is seconds.
MINUTE_WORDS = (
    r"(?:minut(?:es?|en|os?|i|y)?|mins?|mn|m|['\u2032]|\u2019(?![\u2019'])|menit|dakika|dk"
    r"|ph[uú]t)"
)

# What a length joined by a hyphen (`10-minute walk`) may qualify that is no activity of that
# length: the plan of that many hours (`the 4-hour plan`), a clock (`12-hour time`), a limit
# (`under a 45-minute time constraint`), a day or week of that many hours.
HYPHEN_LENGTH_NOT_ACTIVITY = (
    "plan", "plans", "variant", "version", "track", "time", "clock", "format", "schedule",
    "limit", "constraint", "constraints", "pressure", "cap", "budget", "mark", "rule", "day",
    "days", "week", "weeks", "month", "months", "window", "timer", "deadline", "target",
    # a way of working in many such spans: "Study in 90-minute blocks", "5-Minute Short Breaks"
    "blocks", "breaks", "sessions", "intervals", "chunks", "increments", "slots", "sprints",
)  # fmt: skip

# A link's text that only says it is a link (`[Link](…)`, `[Solution](…)`, `[Enlace](…)`,
# `[Lösung](…)`): beside a title's own words it names nothing. Folded.
LINK_ONLY_WORDS = (
    "link", "links", "here", "click here", "solution", "solutions", "video", "problem",
    "source", "enlace", "lien", "ici", "losung", "solucion", "soluzione", "solucao", "hier",
)  # fmt: skip

# Parts of a day: a heading or bold line of these groups the timed lines below it.
SESSION_WORDS = (
    "morning", "morn", "afternoon", "evening", "night", "midday", "noon", "lunch", "late night",
    "early morning", "before work", "after work", "late morning", "mid-morning",
    "early afternoon", "late afternoon", "early evening", "late evening",
    "morgen", "morgens", "vormittag", "mittag", "nachmittag", "abend", "abends", "nacht",
    "manana", "mediodia", "tarde", "noche", "madrugada",
    "matin", "matinee", "midi", "apres-midi", "soir", "soiree", "nuit",
    "mattina", "mattino", "pomeriggio", "sera", "notte",
    "manha", "noite",
    "ochtend", "middag", "avond",
)  # fmt: skip
# Which half of the day a part of it names past noon, folded, as a session or a label starts.
AFTERNOON_WORDS = frozenset(("afternoon", "nachmittag", "nachmittags", "tarde", "apres-midi",
                             "apres midi", "pomeriggio", "middag", "namiddag"))  # fmt: skip
EVENING_WORDS = frozenset(("evening", "night", "late night", "tonight", "abend", "abends", "nacht",
                           "noche", "soir", "soiree", "nuit", "sera", "serata", "notte", "noite",
                           "avond"))  # fmt: skip
# Parts of the day whose bare hours up to 12 are after noon: "Afternoon (1–3:30)" is
# 13:00-15:30, "Tarde (3-5)" 15:00-17:00. Folded.
LATER_SESSION_WORDS = AFTERNOON_WORDS | EVENING_WORDS | frozenset((
    "early afternoon", "late afternoon", "early evening", "late evening", "after work",
))  # fmt: skip
# Parts a number before them counts, the number their only name: "1. Stunde", "2) Session",
# "3 - Block", "4. Woche".
COUNTED_PART_WORDS = frozenset((
    "session", "block", "part", "round", "lesson", "unit", "module", "week", "day", "hour",
    "stunde", "woche", "tag", "teil", "runde", "einheit", "sitzung", "lektion", "halbjahr",
    "sesion", "bloque", "parte", "semana", "dia", "hora", "leccion", "seance", "partie",
    "semaine", "jour", "heure", "lecon", "sessione", "blocco", "settimana", "giorno", "ora",
    "sessao", "bloco", "aula", "sessie", "blok", "deel", "ronde", "les", "dag", "uur",
))  # fmt: skip
# Lines that count as a gap between blocks, not as a block.
BREAK_WORDS = (
    "break", "short break", "long break", "coffee", "coffee break", "tea break", "lunch",
    "lunch break", "breakfast", "dinner", "supper", "snack", "rest",
    "pause", "kaffee", "kaffeepause", "mittagspause", "mittagessen", "fruhstuck", "abendessen",
    "descanso", "almuerzo", "comida", "cena", "desayuno", "merienda", "receso", "recreo",
    "dejeuner", "diner", "petit-dejeuner", "gouter", "pause dejeuner", "pause cafe",
    "pausa", "pranzo", "cena", "colazione", "merenda", "intervalo", "almoco", "jantar",
    "lanche", "lunchpauze", "koffie", "koffiepauze", "lunchen",
    "pausa attiva", "pausa activa", "pausa ativa", "pause active", "pauze", "actieve pauze",
    # the meals of every language alike: "Frühstück" and "Ontbijt" are both gaps
    "ontbijt", "avondeten", "avondmaal", "middageten", "abendbrot", "souper", "ceia",
    "cafe da manha", "pequeno-almoco", "spuntino",
    # snacks and meals by their everyday names: "Zwischenmahlzeit", "Tussendoortje", "Brunch"
    "brunch", "snacks", "meal", "zwischenmahlzeit", "jause", "brotzeit", "mahlzeit",
    "tentempie", "colacion", "collation", "casse-croute", "repas", "refeicao", "maaltijd",
    "tussendoortje",
    # a school day's breaks: "Récré", "Ricreazione", "Intervallo", "Recreio", "Speelkwartier",
    # "Hofpause", "Recess" (French "Récréation" only with its accents: see recess.py)
    "recre", "grande recre", "recess", "hofpause", "ricreazione", "intervallo", "recreio",
    "speelkwartier",
)  # fmt: skip
# A heading inside a day over lines that are not its agenda ("## Notas Logísticas").
ASIDE_WORDS = (
    "logistics", "logistic", "logistik", "logistica", "logisticas", "logistique", "logistiques",
    "logistiek", "notes", "notas", "notizen", "hinweise", "remarques", "opmerkingen",
    "notities", "aantekeningen",
    "contacts", "contactos", "kontakte", "contatti", "contatos", "contacten", "contact",
    "contacto", "kontakt", "contatto", "contato",
    # "**Resources:**" over "- YouTube: Logic for beginners (~45 min)": what to use, not a block
    "resources", "recursos", "ressources", "ressourcen", "risorse", "bronnen",
)  # fmt: skip
# A heading over what was done, not what is planned ("## Actual log", "## Ist", "## Registro
# real"): a record of the day. Folded, its words alone (`Ist-Zeiten` is "ist zeiten").
LOG_WORDS = frozenset((
    "log", "time log", "study log", "daily log", "session log", "activity log", "actual log",
    "actual", "actuals", "actual schedule", "actual times", "actual day", "what i actually did",
    "what i did", "what actually happened", "time record",
    "ist", "ist zeiten", "ist ablauf", "tatsachlich", "tatsachlicher ablauf", "protokoll",
    "lernprotokoll", "zeitprotokoll", "was ich gemacht habe", "was ich wirklich gemacht habe",
    "registro real", "horario real", "lo que hice", "lo que realmente hice", "bitacora",
    "reel", "horaire reel", "journal de bord", "ce que j ai fait", "ce que j ai vraiment fait",
    "registro effettivo", "orario effettivo", "effettivo", "cosa ho fatto", "diario di bordo",
    "registo real", "o que fiz", "o que eu fiz", "o que fiz de fato",
    "werkelijk", "logboek", "wat ik deed", "wat ik gedaan heb", "wat ik heb gedaan",
))  # fmt: skip
# After a log's name: the blank form of the log (`## Daily Log Template`), a record too.
LOG_FORM_WORDS = frozenset((
    "template", "templates", "format", "form", "sheet", "vorlage", "plantilla", "formato",
    "modele", "modello", "modelo", "sjabloon",
))  # fmt: skip
# Timed lines for the organisers of an event, not for those who attend it.
ASIDE_ITEM_WORDS = ("setup", "set-up", "breakdown", "teardown", "tear-down", "aufbau", "abbau",
                    "montaje", "desmontaje", "montage", "demontage", "allestimento",
                    "smontaggio", "montagem", "desmontagem", "opbouw", "afbouw")  # fmt: skip
# What a weekday's line says of a day with no study (`Domenica riposo`, `Sunday: rest day`).
REST_DAY_WORDS = frozenset((
    "rest", "rest day", "day off", "off", "free", "free day", "no study",
    "frei", "ruhetag", "ruhe", "pause", "freier tag",
    "descanso", "libre", "dia libre", "dia de descanso",
    "repos", "jour de repos", "relache", "jour libre",
    "riposo", "giorno libero", "libero", "giorno di riposo",
    "folga", "dia de folga", "livre", "dia livre",
    "rust", "rustdag", "vrij", "vrije dag",
))  # fmt: skip
# A cell or line that says "nothing here" ("FREI" in a timetable, "Libre" in a lunch row).
FREE_WORDS = ("free", "frei", "libre", "livre", "libero", "libera", "vrij", "off", "none", "n/a",
              "keine", "nada", "rien", "niente", "nichts", "geen")  # fmt: skip

# Front-matter keys that name the page in each language (`titel:`, `título:`, `titre:`,
# `titolo:`), folded: the plan's title when no `title:` is given.
TITLE_KEYS = ("title", "titel", "titulo", "titre", "titolo")

# Meals and breaks in Chinese, Japanese and Korean, written without spaces: a line that is one
# of them (`午饭`, `昼食`, `점심`), or one after a verb of eating (`享用午餐`, `吃晚饭`), is a gap.
CJK_BREAK_WORDS = frozenset((
    "早餐", "早饭", "早飯", "午餐", "午饭", "午飯", "晚餐", "晚饭", "晚飯", "夜宵", "宵夜",
    "休息", "午休", "课间休息", "課間休息",
    "朝食", "朝ごはん", "昼食", "昼ごはん", "夕食", "夕ごはん", "晩ごはん", "休憩", "昼休み",
    "아침 식사", "아침식사", "점심", "점심 식사", "점심식사", "저녁 식사", "저녁식사", "휴식",
    "쉬는 시간", "쉬는시간",
))  # fmt: skip
CJK_EATING_VERBS = ("享用", "吃", "用")

# A line that states a total ("Total: 2.5h", "**Time: 3 hours**"), not a block.
TOTAL_WORDS = (
    "total", "total time", "time", "totals", "gesamt", "insgesamt", "gesamtzeit", "zeit",
    "tiempo", "tiempo total", "temps", "temps total", "tempo", "tempo totale", "tijd",
    "totaal", "duration", "dauer", "duracion", "duree", "durata", "duracao", "duur",
    "time commitment", "daily time", "study time", "daily hours", "study hours",
    "time allocation", "time allocated", "allocated time", "time investment", "time budget",
    "daily study hours", "hours per day", "study hours per day", "total study hours",
    "zeitaufwand", "aufwand", "lernzeit", "lerndauer", "studienzeit", "gesamtdauer",
    "tiempo de estudio", "temps d etude", "tempo di studio", "tempo de estudo", "studietijd",
    "studeertijd", "leertijd",
)  # fmt: skip
# A word that makes a short label a total ("Durata totale", "Horas totales", "Tiempo total").
TOTAL_PART_WORDS = ("total", "totals", "totale", "totales", "totaal", "totaux", "totais",
                    "totali", "gesamt", "insgesamt")  # fmt: skip
# What may follow a total's word in a row that sums up a day (`Totais do dia`, `Total del día`,
# `Total of the day`, `Totale del giorno`, `Summe des Tages`, `Total du jour`, `Totaal van de dag`).
DAY_TOTAL_TAILS = ("do dia", "del dia", "de la jornada", "da jornada", "of the day", "for the day",
                   "per day", "des tages", "am tag", "du jour", "de la journee", "del giorno",
                   "della giornata", "van de dag", "giornaliero", "diario", "taglich")  # fmt: skip
# Word beginnings that make a label an estimate ("Estimated time", "Tiempo estimado", "Geschätzte
# Zeit", "Temps estimé", "Approx. time"): the day's hours, not a block.
ESTIMATE_WORDS = ("estimat", "estim", "geschatzt", "geschat", "stimat", "approx", "aprox")

# What an exam is called (folded): a table of them (`| Subject | Date | Time | Venue |` under
# `## Exam timetable`) is no agenda, so an exam never lasts until the next row's start.
EXAM_WORDS = ("exam", "exams", "examination", "examinations", "final", "finals", "midterm",
              "midterms", "quiz", "quizzes", "prufung", "prufungen", "klausur", "klausuren",
              "examen", "examenes", "parcial", "parciales", "partiel", "partiels", "epreuve",
              "epreuves", "esame", "esami", "exame", "exames", "prova", "provas", "tentamen",
              "tentamens", "toets", "toetsen")  # fmt: skip

# Table headers.
TITLE_COLUMN_WORDS = (
    "activity", "activities", "atividade", "actividad", "tatigkeit", "aktivitat", "activite",
    "attivita", "activiteit", "subject", "topic", "title", "task", "what", "focus", "section",
    "enfoque", "foco", "fokus", "schwerpunkt", "thema", "tema", "inhalt", "contenido", "contenu",
    "contenuto", "conteudo", "inhoud",
    "materia", "matiere", "fach", "onderwerp", "sujet", "argomento", "assunto", "aufgabe",
    "tarea", "tache", "compito", "tarefa", "taak", "lesson", "module", "session", "modul", "modulo",
    "bezeichnung",
    "titel", "titre", "titolo", "titulo", "asunto", "topico", "onderwerpen",
    "sezione", "seccion", "secao", "sectie", "abschnitt", "segment", "segmento",
    "action", "accion", "aktion", "acao", "azione", "actie",
    # "What" in each language: "| Tageszeit | Was |", "| Período | O quê |", "| Moment | Quoi |".
    "was", "que", "quoi", "cosa", "wat",
)  # fmt: skip
NOTE_COLUMN_WORDS = ("note", "detail", "description", "comment", "remark", "how", "resource",
                     "notiz", "notizen", "nota", "remarque", "opmerking", "opmerkingen", "notitie",
                     "anmerkung", "anmerkungen", "bemerkung", "bemerkungen", "observacion",
                     "observacao", "observacoes", "osservazione", "osservazioni", "commento",
                     "commenti", "comentario", "commentaire", "hinweis", "hinweise", "tip", "tipp",
                     "dica")  # fmt: skip
TIME_COLUMN_WORDS = ("time", "slot", "zeit", "uhrzeit", "hora", "horario", "heure", "horaire",
                     "ora", "orario", "tijd", "when", "schedule")  # fmt: skip
SKIP_COLUMN_WORDS = ("status", "done", "estado", "statut", "stato", "erledigt", "check",
                     "completed", "progress", "instructor", "teacher", "who", "owner",
                     "anmeldung", "registration", "signup", "booking", "inscripcion",
                     "inscription", "iscrizione", "inscricao", "aanmelding", "klaar", "gedaan",
                     "afgerond", "hecho", "hecha", "fait", "faite", "fatto", "fatta", "feito",
                     "feita", "gemacht", "completado", "completada", "termine", "concluido",
                     "concluida")  # fmt: skip
DAY_COLUMN_WORDS = ("day", "dia", "tag", "jour", "giorno", "dag", "weekday", "wochentag")
# A numbered lesson period of a school timetable, folded ("1ste uur", "1. Stunde", "1st period",
# "1ª hora", "1ère heure", "1ª ora"): a place in the day's order, no clock time.
PERIOD_WORDS = ("uur", "lesuur", "stunde", "std", "schulstunde", "period", "periode", "periodo",
                "hora", "heure", "ora", "lesson", "lektion", "les", "clase", "aula",
                "lezione")  # fmt: skip

# Lengths written in words ("one hour", "media hora", "anderthalb Stunden"), folded: the numbers
# one to twenty and the tens up to sixty (and ninety) in the seven languages. "a", "un", "een"
# and the other articles count as one before a unit.
NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(("one", "uno", "un", "una", "ein", "eine", "einer", "eins", "une"), 1),
    **dict.fromkeys(("um", "uma", "een", "a", "an"), 1),
    **dict.fromkeys(("two", "dos", "zwei", "deux", "due", "dois", "duas", "twee"), 2),
    **dict.fromkeys(("three", "tres", "drei", "trois", "tre", "drie"), 3),
    **dict.fromkeys(("four", "cuatro", "vier", "quatre", "quattro", "quatro"), 4),
    **dict.fromkeys(("five", "cinco", "funf", "cinq", "cinque", "vijf"), 5),
    **dict.fromkeys(("six", "seis", "sechs", "sei", "zes"), 6),
    **dict.fromkeys(("seven", "siete", "sieben", "sept", "sette", "sete", "zeven"), 7),
    **dict.fromkeys(("eight", "ocho", "acht", "huit", "otto", "oito"), 8),
    **dict.fromkeys(("nine", "nueve", "neun", "neuf", "nove", "negen"), 9),
    **dict.fromkeys(("ten", "diez", "zehn", "dix", "dieci", "dez", "tien"), 10),
    **dict.fromkeys(("eleven", "once", "elf", "onze", "undici"), 11),
    **dict.fromkeys(("twelve", "doce", "zwolf", "douze", "dodici", "doze", "twaalf"), 12),
    **dict.fromkeys(("thirteen", "trece", "dreizehn", "treize", "tredici", "treze"), 13),
    **dict.fromkeys(("dertien", "fourteen", "catorce", "vierzehn", "quatorze"), 14),
    **dict.fromkeys(("quattordici", "catorze", "veertien"), 14),
    **dict.fromkeys(("fifteen", "quince", "funfzehn", "quinze", "quindici", "vijftien"), 15),
    **dict.fromkeys(("sixteen", "dieciseis", "sechzehn", "seize", "sedici", "dezesseis"), 16),
    **dict.fromkeys(("dezasseis", "zestien"), 16),
    **dict.fromkeys(("seventeen", "diecisiete", "siebzehn", "diciassette", "dezessete"), 17),
    **dict.fromkeys(("dezassete", "zeventien"), 17),
    **dict.fromkeys(("eighteen", "dieciocho", "achtzehn", "diciotto", "dezoito", "achttien"), 18),
    **dict.fromkeys(("nineteen", "diecinueve", "neunzehn", "diciannove", "dezenove"), 19),
    **dict.fromkeys(("dezanove", "negentien"), 19),
    **dict.fromkeys(("twenty", "veinte", "zwanzig", "vingt", "venti", "vinte", "twintig"), 20),
    **dict.fromkeys(("thirty", "treinta", "dreissig", "dreißig", "trente", "trenta"), 30),
    **dict.fromkeys(("trinta", "dertig"), 30),
    **dict.fromkeys(("forty", "cuarenta", "vierzig", "quarante", "quaranta", "quarenta"), 40),
    **dict.fromkeys(("veertig",), 40),
    **dict.fromkeys(("fifty", "cincuenta", "funfzig", "cinquante", "cinquanta"), 50),
    **dict.fromkeys(("cinquenta", "vijftig"), 50),
    **dict.fromkeys(("sixty", "sesenta", "sechzig", "soixante", "sessanta", "zestig"), 60),
    **dict.fromkeys(("ninety", "noventa", "neunzig", "novanta", "negentig"), 90),
}
# Tens and ones written as one word: "fünfundvierzig", "vijfenveertig", "quarantacinque",
# "veinticinco".
_ONES_FIRST = (
    (("ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun"), "und",
     ("zwanzig", "dreissig", "dreißig", "vierzig", "funfzig")),
    (("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"), "en",
     ("twintig", "dertig", "veertig", "vijftig")),
)  # fmt: skip
NUMBER_WORDS.update(
    {
        f"{one}{joint}{ten}": value + NUMBER_WORDS[ten]
        for ones, joint, tens in _ONES_FIRST
        for value, one in enumerate(ones, 1)
        for ten in tens
    }
)
NUMBER_WORDS.update(
    {
        (stem[:-1] if one[0] in "ou" else stem) + one: NUMBER_WORDS[stem] + value
        for stem in ("venti", "trenta", "quaranta", "cinquanta")
        for value, one in enumerate(
            ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"), 1
        )
    }
)
NUMBER_WORDS.update(
    {
        f"veinti{one}": 20 + value
        for value, one in enumerate(
            ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"), 1
        )
    }
)
# Units of a length in words, folded, as minutes; "h" and "m" only after digits (`1 h 30`).
LENGTH_UNIT_WORDS: dict[str, int] = {
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "stunde", "stunden", "std", "hora"), 60),
    **dict.fromkeys(("horas", "heure", "heures", "ora", "ore", "uur", "uren"), 60),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "minuten", "minuto", "minutos"), 1),
    **dict.fromkeys(("minuti", "minuut"), 1),
    # "een kwartier", "drei Viertelstunden", "eine Dreiviertelstunde"
    **dict.fromkeys(("kwartier", "viertelstunde", "viertelstunden"), 15),
    **dict.fromkeys(("dreiviertelstunde",), 45),
}
DIGIT_UNIT_WORDS = {"h": 60, "m": 1}
# Words that are a length by themselves: "mezzora", "halfuur", "Viertelstunde", "kwartier".
LENGTH_NOUNS: dict[str, int] = {
    "mezzora": 30, "halfuur": 30, "viertelstunde": 15, "kwartier": 15,
    "dreiviertelstunde": 45,
}  # fmt: skip
# A half or a quarter of an hour: "and a half", "y media", "et demie", "e mezza", "e meia",
# "en een half"; "half an hour", "media hora", "eine halbe Stunde", "demi-heure", "mezz'ora".
HALF_WORDS = frozenset(
    ("half", "media", "medio", "demie", "demi", "mezza", "mezzo", "mezz", "meia", "meio",
     "halbe", "halben")
)  # fmt: skip
QUARTER_WORDS = frozenset(("quarter", "cuarto", "quart", "quarto", "kwartier", "viertel"))
QUARTERS_WORDS = frozenset(("quarters", "cuartos", "quarts", "quarti", "quartos", "kwartier"))
# "and", "y", "et", "und", "e", "en" between the hours and what is added to them.
LENGTH_JOINS = frozenset(("and", "y", "et", "und", "e", "en"))
# "of" between a fraction and its hour: "quarter of an hour", "cuarto de hora", "quart d'heure".
LENGTH_OF = frozenset(("of", "de", "d", "di", "van"))
# Between the two ends of a range: "one to two hours", "ein bis zwei Stunden", "una a dos horas".
LENGTH_TO = frozenset(("to", "till", "bis", "a", "al", "tot", "ate"))
# Between the two days of a day heading's range: "Day 15 to Day 30", "Tag 2 bis Tag 4",
# "Día 3 hasta día 5", "Jour 2 au jour 4", "Giorno 2 al giorno 4", "Dag 2 tot dag 4", "Dia 2 até 4".
DAY_RANGE_TO = r"(?:to|through|thru|till|until|bis|hasta|al|au|à|até|ate|tot)"
# What opens and closes a whole agenda around its sessions (`Doors Open` ... `Doors Close`,
# `Zoom session starts` ... `Zoom session ends`): its frame, folded, no thing held inside it.
FRAME_WORDS = frozenset(
    ("doors", "door", "zoom", "session", "meeting", "webinar", "call", "stream", "livestream",
     "workshop", "venue", "building", "day", "event", "class", "classroom",
     "turen", "tur", "einlass", "sitzung", "veranstaltung", "tag", "kurs",
     "puertas", "sesion", "jornada", "taller", "evento", "clase",
     "portes", "seance", "journee", "atelier", "cours",
     "porte", "sessione", "giornata", "lezione",
     "portas", "sessao", "oficina", "aula",
     "deuren", "sessie", "dag", "les", "bijeenkomst")
)  # fmt: skip

# A recipe's sections, accent-free: its ingredients, and its steps (a phrase, matched whole words).
INGREDIENT_WORDS = frozenset(
    ("ingredients", "ingredient", "zutaten", "ingredientes", "ingredienti", "ingredienten")
)
STEP_WORDS = (
    "directions", "steps", "method", "instructions", "preparation", "zubereitung", "anleitung",
    "preparacion", "pasos", "elaboracion", "instrucciones", "etapes", "preparazione",
    "procedimento", "bereiding", "bereidingswijze", "werkwijze", "modo de preparo", "preparo",
)  # fmt: skip
# A recipe's own times and yield, said before the length (`Prep time: 10 min`, `Backzeit: 40
# Minuten`, `Tiempo de cocción`, `Temps de cuisson`, `Tempo di cottura`, `Bereidingstijd`).
RECIPE_TIME_WORDS = frozenset((
    "prep", "cook", "cooking", "bake", "baking", "total", "rest", "resting", "ready", "servings",
    "serves", "yield", "zubereitungszeit", "kochzeit", "backzeit", "ruhezeit", "arbeitszeit",
    "gesamtzeit", "garzeit", "portionen", "tiempo", "coccion", "preparacion", "reposo",
    "porciones", "raciones", "temps", "cuisson", "repos", "portions", "tempo", "cottura",
    "riposo", "porzioni", "bereidingstijd", "kooktijd", "baktijd", "oventijd", "wachttijd",
    "rusttijd", "porties", "preparo", "rendimento", "wait", "waiting", "fridge", "chill",
    "chilling", "marinate", "marinating", "soak", "soaking", "proof", "proofing", "rise", "rising",
    "inactive", "active", "wartezeit", "kuhlzeit", "gehzeit", "marinierzeit", "koelkast",
    "preparation", "preparing",
))  # fmt: skip
# A line that says when a day's list of lengths starts (`Start: 9:00`, `Beginn: 9 Uhr`), folded.
START_LABEL_WORDS = ("start", "start time", "starting time", "starts", "begin", "beginn",
                     "startzeit", "inicio", "hora de inicio", "comienzo", "debut",
                     "heure de debut", "inizio", "ora di inizio", "aanvang", "starttijd",
                     "begintijd")  # fmt: skip

# The kind of a session that a bold label names before its real title (`**Demo**: Building a
# parser`, `**Übung**: Listen`, `**Atelier** : écrire`): accent-free, lower case, whole labels.
KIND_WORDS = frozenset(
    ("discussion", "demo", "demonstration", "activity", "exercise", "lab", "quiz", "workshop",
     "talk", "keynote", "lecture", "panel", "q&a", "tutorial", "presentation", "hands-on",
     "case study", "group work", "breakout", "debate", "game", "challenge", "live coding",
     "diskussion", "vortrag", "ubung", "vorlesung", "aktivitat", "gruppenarbeit", "praxis",
     "discusion", "demostracion", "actividad", "ejercicio", "taller", "charla", "ponencia",
     "laboratorio", "mesa redonda", "debat", "activite", "exercice", "atelier",
     "conference", "expose", "table ronde", "discussione", "attivita", "esercizio", "lezione",
     "seminario", "tavola rotonda", "discussao", "atividade", "exercicio", "oficina", "palestra",
     "discussie", "activiteit", "oefening", "lezing", "werkcollege", "practicum")
)  # fmt: skip
# Words that name where a session is (`Main Hall`, `Room 4`, `Aula Magna`, `Zoom`, `online`):
# what follows a kind there is its place, not its title.
PLACE_WORDS = frozenset(
    ("room", "hall", "auditorium", "theatre", "theater", "zoom", "online", "webex", "stage",
     "building", "wing", "floor", "campus", "library", "cafeteria", "foyer", "lobby",
     "raum", "saal", "horsaal", "gebaude", "aula", "sala", "salon", "edificio", "salle", "amphi",
     "amphitheatre", "batiment", "stanza", "auditorio", "zaal", "lokaal", "gebouw")
)  # fmt: skip
