"""planexport.toml: reading, checking with the line at fault, finding it, writing a new one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planexport.config import (
    CONFIG_NAME,
    Config,
    ConfigFileError,
    config_text,
    find_config,
    load_config,
    parse_config,
)

FULL = """\
# A study track, every key set.
plans = ["weeks/", "extra.md"]
start = 2026-11-30
tz = "Europe/Berlin"
hours = "4,sat-sun=6"
day_start = 08:30:00
day_end = "20:00"
durations = "min"
break = 5
rest = ["sat", "sun"]
busy = "work.ics"
carry_over = "shift"

[ics]
output = "study.ics"

[todoist]
project = "Study"
priority = "p2"
items = "description"
sections = "week"
labels = ["study", "go"]

[caldav]
url = "https://dav.example.com/"
user = "me"
calendar = "Study"

[preview]
output = "week.html"
"""


def test_every_key_reads_into_the_clis_terms() -> None:
    config = parse_config(FULL, folder=Path("track"))
    assert config.scheduling() == {
        "start": "2026-11-30",
        "tz": "Europe/Berlin",
        "hours": "4,sat-sun=6",
        "day_start": "08:30",
        "day_end": "20:00",
        "durations": "min",
        "break_minutes": 5,
        "rest": "sat,sun",
        "busy": [str(Path("track/work.ics"))],
    }
    assert config.plan_paths == [Path("track/weeks"), Path("track/extra.md")]
    assert config.carry_over == "shift"
    assert config.ics is not None
    assert config.ics.output == "study.ics"
    assert config.todoist is not None
    assert (config.todoist.priority, config.todoist.labels) == ("p2", ("study", "go"))
    assert config.caldav is not None
    assert (config.caldav.url, config.caldav.user) == ("https://dav.example.com/", "me")
    assert config.targets == ("ics", "preview", "caldav", "todoist")


def test_an_empty_file_sets_nothing() -> None:
    config = parse_config("")
    assert config.scheduling() == {}
    assert config.targets == ()
    assert config.plans == ()


def test_hours_may_be_a_number_and_plans_one_string() -> None:
    config = parse_config('plans = "week.md"\nhours = 4.5\n')
    assert config.hours == "4.5"
    assert config.plans == ("week.md",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('plans = ["a.md"]\nshedule = "x"\n', "planexport.toml:2: unknown key 'shedule'"),
        ("[ics]\noutput = 'a.ics'\nouptut = 'b.ics'\n", "planexport.toml:3: unknown key"),
        ('tz = "Europe/Berln"\n', "planexport.toml:1: tz: unknown time zone 'Europe/Berln'"),
        ('\nhours = "4,sat=x"\n', "planexport.toml:2: hours: 'sat=x' has no positive number"),
        ('rest = "sunday,funday"\n', "planexport.toml:1: rest: unknown weekday 'funday'"),
        ('day_end = "25:00"\n', "planexport.toml:1: day_end: cannot read the time '25:00'"),
        ('start = "someday"\n', "planexport.toml:1: start: cannot read the date 'someday'"),
        ("break = -5\n", "planexport.toml:1: break: should be greater than or equal to 0"),
        ('durations = "most"\n', "planexport.toml:1: durations: should be 'min', 'max'"),
        ('carry_over = "drop"\n', "planexport.toml:1: carry_over: should be 'shift' or 'fill'"),
        ('\n\n[todoist]\npriority = "high"\n', "planexport.toml:4: todoist.priority: should be"),
        ('[caldav]\nurl = "dav.example.com"\ncalendar = "S"\n', "planexport.toml:2: caldav.url"),
        ('[caldav]\nurl = "https://x/"\n', "planexport.toml:1: caldav.calendar: missing"),
        ("plans = [1, 2]\n", "planexport.toml:1: plans: should be a valid string"),
        ('tz = "UTC"\ntz = "UTC"\n', "planexport.toml:2: not valid TOML"),
        ('start = "unclosed\n', "planexport.toml:1: not valid TOML"),
    ],
)
def test_a_bad_key_or_value_names_its_line(text: str, message: str) -> None:
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text)
    assert str(caught.value).startswith(message), str(caught.value)
    assert caught.value.exit_code == 2


def test_a_misspelt_key_gets_the_key_it_means() -> None:
    with pytest.raises(ConfigFileError, match=r"unknown key 'day_strat'; did you mean day_start"):
        parse_config('day_strat = "08:00"\n')


@pytest.mark.parametrize(
    ("text", "line", "where"),
    [
        ('[caldav]\nurl = "https://x/"\ncalendar = "S"\npassword = "hunter2"\n', 4, "caldav."),
        ('[todoist]\ntoken = "0123abcd"\n', 2, "todoist."),
    ],
)
def test_secrets_are_refused_and_never_echoed(text: str, line: int, where: str) -> None:
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text)
    message = str(caught.value)
    assert message.startswith(f"planexport.toml:{line}: {where}")
    assert "secrets stay out of this file" in message
    assert "hunter2" not in message
    assert "0123abcd" not in message


def test_a_password_in_the_caldav_url_is_refused_and_never_echoed() -> None:
    text = '[caldav]\nurl = "https://me:hunter2@dav.example.com/"\ncalendar = "S"\n'
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text)
    message = str(caught.value)
    assert message.startswith("planexport.toml:2: caldav.url: a password in the URL stays out")
    assert "hunter2" not in message
    # A user name alone is no secret.
    config = parse_config(text.replace("me:hunter2@", "me@"))
    assert config.caldav is not None


def test_found_in_the_current_folder_or_the_nearest_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / CONFIG_NAME).write_text('tz = "UTC"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    found = find_config()
    assert found == Path("../..") / CONFIG_NAME
    assert load_config(found).folder == Path("../..")
    assert find_config(tmp_path) == tmp_path / CONFIG_NAME
    (deep / CONFIG_NAME).write_text("", encoding="utf-8")
    assert find_config() == Path(CONFIG_NAME)


def test_no_file_anywhere_is_none(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None


def test_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError, match=r"nope\.toml: no such file"):
        load_config(tmp_path / "nope.toml")


def test_a_written_file_reads_back_as_the_same_values() -> None:
    values = {
        "plans": ["weeks/"],
        "start": "2026-11-30",
        "tz": "Europe/Berlin",
        "hours": "4",
        "break": 15,
        "rest": "sun",
        "ics": {"output": "study.ics"},
        "caldav": {"url": "https://dav.example.com/", "user": "me", "calendar": "Study"},
    }
    text = config_text(values)
    config = parse_config(text)
    assert config.plans == ("weeks/",)
    assert config.scheduling() == {
        "start": "2026-11-30",
        "tz": "Europe/Berlin",
        "hours": "4",
        "break_minutes": 15,
        "rest": "sun",
    }
    assert config.targets == ("ics", "caldav")
    # Every other key is there to uncomment, with a word on what it does.
    assert "# day_start = " in text
    assert "# [todoist]" in text
    assert "# priority = " in text
    assert text.startswith("# planexport.toml")
    # Uncommenting every example gives a valid file too.
    uncommented = "\n".join(
        line[2:] if line.startswith("# ") and ("=" in line or line.startswith("# [")) else line
        for line in config_text({}).splitlines()
    )
    assert isinstance(parse_config(uncommented), Config)


def test_toml_dates_and_times_are_accepted_but_not_date_times() -> None:
    assert parse_config("start = 2026-12-07\n").start == "2026-12-07"
    with pytest.raises(ConfigFileError, match=r":1: start: a date, not a date and time"):
        parse_config(f"start = {dt.datetime(2026, 12, 7, 9).isoformat()}\n")
