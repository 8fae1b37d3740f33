"""Workshop, course and conference agendas: a `Description` column that is the only words of
its table, pipe rows without their closing pipe, and the day's opening and closing rows."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "workshop_agendas"


def test_a_description_column_beside_the_spans_titles_the_rows() -> None:
    result = read_plan(PLANS / "description-column-pipe.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Welcome and name tags", 20, "09:00"),
                ("Sampling design in practice", 70, "09:20"),
                ("Soil cores along the transect", 75, "10:45"),
            ],
        ),
        (
            "wed",
            [("Lab sorting of the cores", 75, "09:00"), ("Short talks by each group", 45, "10:15")],
        ),
    ]
    assert warnings(result) == []


def test_an_html_description_column_titles_the_rows_with_its_second_line_the_note() -> None:
    result = read_plan(PLANS / "description-column-html.md")
    assert [
        (b.title, b.min_minutes, b.at, b.note) for b in result.plan.days[0].variants[0].blocks
    ] == [
        ("Warm-up and breathing", 30, "10:00", None),
        ("Sectionals", 90, "10:30", "sopranos in room 2, basses in the hall"),
        ("Full run of the spring programme", 90, "13:00", None),
    ]
    assert warnings(result) == []


def test_a_german_beschreibung_column_titles_the_rows() -> None:
    result = read_plan(PLANS / "beschreibung-column.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Ankommen und Werkzeugausgabe", 30, "08:30"),
                ("Hocker bauen, Teil 1", 120, "09:00"),
                ("Hocker bauen, Teil 2", 75, "11:15"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_row_without_its_closing_pipe_stays_in_a_table_with_no_header() -> None:
    result = read_plan(PLANS / "unclosed-pipe-row-headerless.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Clay preparation", 60, "09:00"),
                ("Demonstration of centring on the wheel by the studio lead", 60, "10:00"),
                ("Throwing cylinders", 90, "11:00"),
                ("Glazing basics", 90, "12:30"),
                ("Studio clean-up", 30, "14:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_row_without_its_closing_pipe_stays_in_a_table_with_no_delimiter_row() -> None:
    result = read_plan(PLANS / "unclosed-pipe-row-no-delimiter.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Safety briefing", 30, "10:00"),
                ("Opening a toaster without breaking the clips", 60, "10:30"),
                ("Testing with the multimeter", 30, "11:30"),
            ],
        )
    ]
    assert warnings(result) == []


def test_doors_open_and_close_around_the_day_frame_it_and_are_no_block_of_it() -> None:
    result = read_plan(PLANS / "frame-doors-open-close.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Doors Open", 15, "08:30"),
                ("Build session A", 90, "08:45"),
                ("Build session B", 90, "10:30"),
                ("Test runs on the track", 90, "13:00"),
                ("Show and tell", 30, "14:30"),
            ],
        )
    ]
    assert list(result.plan.days[0].notes) == ["10:15 Snack break", "12:00 Lunch"]
    assert warnings(result) == []


def test_a_zoom_session_that_starts_and_ends_the_day_is_its_frame() -> None:
    result = read_plan(PLANS / "frame-zoom-session-starts-ends.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Zoom session starts", 15, "08:45"),
                ("Regression refresher", 90, "09:00"),
                ("Breakout exercises", 90, "10:30"),
                ("Mixed models", 180, "13:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_thing_open_all_day_that_is_no_frame_is_still_one_block() -> None:
    result = read_plan(DATA / "agenda_rows_cells" / "begins-ends-rows-es.md")
    assert day_blocks(result.plan)[0][1][0] == ("Exposición", 300, "10:00")


def test_a_part_of_the_day_named_at_its_first_rows_start_is_no_block() -> None:
    result = read_plan(PLANS / "part-label-rows-shared-start.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Knots and rigging", 90, "09:00"),
                ("Capsize drill", 90, "10:30"),
                ("Sailing in pairs", 120, "13:00"),
                ("Debrief on the jetty", 30, "15:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_twelve_hour_rows_that_go_on_where_the_row_above_ends_are_not_warned() -> None:
    result = read_plan(PLANS / "twelve-hour-rows-continuing.md")
    assert day_blocks(result.plan) == [
        (
            "thu",
            [
                ("Spreadsheets and tidy data", 90, "09:00"),
                ("OpenRefine", 75, "10:45"),
                ("SQL for beginners", 75, "13:00"),
                ("Plotting in R", 75, "14:15"),
                ("Feedback round", 30, "16:00"),
            ],
        )
    ]
    # "4:00" after a row that ends at 15:30 is still a guess, and said
    assert warnings(result) == [
        '13: "Feedback round" read as starting at 16:00, after the line before'
    ]


def test_twelve_am_between_morning_and_afternoon_starts_is_noon_with_a_warning() -> None:
    result = read_plan(PLANS / "twelve-am-for-noon.md")
    assert day_blocks(result.plan) == [
        (
            "sun",
            [
                ("Meet at the car park", 30, "07:30"),
                ("Walk along the reed beds", 150, "08:00"),
                ("Hide at the lake", 90, "10:30"),
                ("Picnic lunch", 60, "12:00"),
                ("Ringing demonstration", 120, "13:00"),
                ("Species tally", 30, "15:00"),
            ],
        )
    ]
    assert warnings(result) == [
        '10: "12:00 am" between 10:30 and 13:00: read as 12:00, noon (midnight would not fall '
        "between them)"
    ]


def test_a_day_heading_that_links_the_day_to_its_page_is_titled_without_the_address() -> None:
    result = read_plan(PLANS / "day-heading-links.md")
    assert [(d.number, d.weekday, d.title) for d in result.plan.days] == [
        (1, "mon", "Monday, February 1st, 2027"),
        (2, None, "Field day"),
    ]
    assert str(result.plan.days[0].date) == "2027-02-01"
    assert day_blocks(result.plan)[0][1] == [
        ("Ice thickness from radar", 90, "09:00"),
        ("Floe drift models", 90, "11:00"),
    ]
    assert warnings(result) == []


def test_an_activity_of_a_part_of_the_day_at_a_shared_start_is_still_a_block() -> None:
    result = read_plan(PLANS / "part-word-activity-shared-start.md")
    assert day_blocks(result.plan) == [
        (
            "fri",
            [
                ("Evening keynote", 60, "19:00"),
                ("Telescope set-up in the yard", 60, "19:00"),
                ("Observing the Moon", 90, "20:00"),
            ],
        )
    ]
    assert warnings(result) == []
