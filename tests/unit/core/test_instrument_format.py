"""The framework format for real instruments (issue 12): every addition checked, the confusing cases
explained in a coach's words, and what was accepted silently is now an error or a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from framework_samples import FULL

from walkthrough.core.frameworks import (
    ConditionTest,
    FrameworkError,
    ResponseType,
    Scope,
    ScoreMethod,
    SnapshotPick,
    parse_framework,
)

HEAD = 'id = "demo"\nversion = "1.0"\ntitle = "Demo"\nmodes = ["blast"]\n'


def one(body: str, *, head: str = HEAD) -> str:
    return f'{head}\n[[sections]]\nkey = "s"\ntitle = "S"\n\n[[sections.look_fors]]\n{body}'


def messages(text: str) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "f.toml")
    return [str(p) for p in caught.value.problems]


def warnings(text: str) -> list[str]:
    return [str(p) for p in parse_framework(text, "f.toml").warnings]


# Every addition parses ------------------------------------------------------------------------

def test_the_full_instrument_uses_every_addition() -> None:
    f = parse_framework(FULL, "full.toml")
    lf = f.look_for
    assert lf("target-referenced").show_if[0].test is ConditionTest.IS
    assert lf("target-posted").default == "not_observed" and lf("target-posted").allow_na is False
    assert lf("grouping").options[0].anchor == "Everyone faces the teacher." and lf("grouping").options[1].value == 1
    assert [p.key for p in lf("talk").parts] == ["teacher", "students"] and lf("talk").several_notes
    assert lf("questioning").levels[2].value == 3
    assert lf("students-present").response is ResponseType.NUMBER and lf("students-present").maximum == 40
    assert lf("on-task").minutes == (0, 5, 10) and lf("on-task").pick is SnapshotPick.COUNT
    assert lf("activities").pick is SnapshotPick.SEVERAL
    assert lf("old-item").retired and "old-item" not in [x.key for x in f.active_look_fors]
    assert f.section_of("on-task").key == "students" and f.top_section("on-task").key == "lesson"
    assert f.sections[0].scope is Scope.ROUND
    assert f.top_section("engaged").repeat is not None and f.top_section("engaged").repeat.count == 3
    assert f.stores_under("engaged#2") and not f.stores_under("engaged") and not f.stores_under("engaged#4")
    assert [s.method for s in f.scores] == [ScoreMethod.MEAN, ScoreMethod.COUNT_MET]
    assert f.warnings == ()


def test_minute_zero_is_a_snapshot_minute() -> None:
    f = parse_framework(one('key = "x"\nprompt = "P"\nresponse = "snapshot"\nminutes = [0, 5]\n'), "f.toml")
    assert f.look_for("x").minutes == (0, 5)


def test_presence_may_leave_out_na() -> None:
    f = parse_framework(one('key = "x"\nprompt = "P"\nresponse = "presence"\nallow_na = false\n'), "f.toml")
    assert f.look_for("x").allow_na is False


def test_sections_nest_deeper_but_not_without_end() -> None:
    deep = HEAD + '[[sections]]\nkey = "a"\ntitle = "A"\n'
    path = "sections"
    for level in "bcd":
        path += ".sections"
        deep += f'[[{path}]]\nkey = "{level}"\ntitle = "{level}"\n'
    deep += f'[[{path}.look_fors]]\nkey = "x"\nprompt = "P"\nresponse = "presence"\n'
    assert parse_framework(deep, "f.toml").section_of("x").key == "d"
    too_deep = deep.replace(f"[[{path}.look_fors]]", f'[[{path}.sections]]\nkey = "e"\ntitle = "E"\n'
                            f"[[{path}.sections.look_fors]]")
    assert any("nest at most 4 deep" in m for m in messages(too_deep))


# Messages that confused -----------------------------------------------------------------------

def test_levels_as_numbers_say_the_problem_is_quotes() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "rating"\nlevels = [1, 2, 3, 4]\n'))
    assert 'levels = ["1", "2", "3", "4"]' in m and "without quotes" in m and "value = 1" in m


def test_target_minutes_in_quotes_says_write_it_without_quotes() -> None:
    [m] = messages(HEAD + 'target_minutes = "15"\n' + one('key = "x"\nprompt = "P"\nresponse = "presence"\n',
                                                           head=""))
    assert "write target_minutes = 15 without quotes" in m


def test_curly_quotes_from_word_are_named() -> None:
    text = one('key = "x"\nprompt = “Students talk”\nresponse = "presence"\n')
    [m] = messages(text)
    assert "curly quotes" in m and "straight quotes" in m and "line 12" in m


def test_look_fors_at_the_top_say_where_they_go_in_one_message() -> None:
    text = HEAD + '[[look_fors]]\nkey = "x"\nprompt = "P"\nresponse = "presence"\n'
    [m] = messages(text)
    assert "[[sections.look_fors]]" in m and "not [[look_fors]]" in m


def test_a_look_for_before_any_section_says_start_the_section_first() -> None:
    [m] = messages(HEAD + '[[sections.look_fors]]\nkey = "x"\nprompt = "P"\nresponse = "presence"\n')
    assert "comes before any [[sections]] line" in m


def test_minutes_in_quotes_and_before_the_start() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "snapshot"\nminutes = ["1", "3"]\n'))
    assert "minutes = [1, 3]" in m and "without quotes" in m
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "snapshot"\nminutes = [-1, 3]\n'))
    assert "snapshot minutes start at 0" in m


def test_a_misspelt_key_suggests_the_right_one() -> None:
    found = messages(one('key = "x"\npromt = "P"\nresponse = "presence"\n'))
    assert "did you mean 'prompt'" in found[0]


def test_true_with_a_capital_and_text_without_quotes_are_explained() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "frequency"\nallow_na = True\n'))
    assert "lower case" in m
    [m] = messages(one('key = "x"\nprompt = Students talk\nresponse = "presence"\n'))
    assert "goes in double quotes" in m


# Accepted silently before; now an error or a warning ------------------------------------------

def test_an_unknown_key_in_an_option_table_is_an_error() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "choice"\n'
                       'options = [{ label = "A", anchr = "typo" }, "B"]\n'))
    assert "option 1 has unknown key 'anchr'" in m


def test_an_anchor_on_an_option_is_kept() -> None:
    f = parse_framework(one('key = "x"\nprompt = "P"\nresponse = "choice"\n'
                            'options = [{ label = "A", anchor = "What A looks like" }, "B"]\n'), "f.toml")
    assert f.look_for("x").options[0].anchor == "What A looks like"


def test_a_draft_version_name_is_a_warning() -> None:
    [w] = warnings(one('key = "x"\nprompt = "P"\nresponse = "presence"\n',
                       head=HEAD.replace('"1.0"', '"1.0-draft"')))
    assert "warning" in w and "draft" in w and "published" in w


def test_teacher_on_a_peer_only_framework_is_a_warning() -> None:
    head = HEAD.replace('["blast"]', '["peer"]') + 'teacher = "named"\n'
    [w] = warnings(one('key = "x"\nprompt = "P"\nresponse = "presence"\n', head=head))
    assert "'teacher' applies only to blast" in w


def test_levels_that_differ_only_in_case_are_an_error() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "rating"\nlevels = ["Developing", "developing"]\n'))
    assert "differ only in capitals" in m


def test_snapshot_minutes_beyond_the_target_length_are_a_warning() -> None:
    head = HEAD + "target_minutes = 10\n"
    [w] = warnings(one('key = "x"\nprompt = "P"\nresponse = "snapshot"\nminutes = [5, 20]\n', head=head))
    assert "minute 20 is after the visit's target length of 10 minutes" in w


def test_a_tag_listed_twice_is_an_error() -> None:
    [m] = messages(one('key = "x"\nprompt = "P"\nresponse = "presence"\ntags = ["A", "A"]\n'))
    assert "tag 'A' is listed twice" in m


def test_a_stored_version_with_a_case_clash_still_reads() -> None:
    """Checks added later warn on a version the app stored before, so old visits always read."""
    text = one('key = "x"\nprompt = "P"\nresponse = "rating"\nlevels = ["Developing", "developing"]\n')
    f = parse_framework(text, "stored", lenient=True)
    assert any("differ only in capitals" in str(w) for w in f.warnings)


# The new features' own checks --------------------------------------------------------------------

@pytest.mark.parametrize(("body", "fragment"), [
    ('key = "x"\nprompt = "P"\nresponse = "presence"\nshow_if = { look_for = "later", is = "observed" }\n',
     "not a look-for above this one"),
    ('key = "x"\nprompt = "P"\nresponse = "number"\nmin = 5\nmax = 1\n', "'min' (5) must be below 'max' (1)"),
    ('key = "x"\nprompt = "P"\nresponse = "snapshot"\nevery = 5\n', "needs an end"),
    ('key = "x"\nprompt = "P"\nresponse = "snapshot"\nminutes = [1]\npick = "count"\n', "needs 'options'"),
    ('key = "x"\nprompt = "P"\nresponse = "text"\nparts = ["Teacher", "Students"]\n', "paired look-for"),
    ('key = "x"\nprompt = "P"\nresponse = "presence"\nparts = ["Teacher", "teacher"]\n',
     "part 'teacher' is listed twice"),
    ('key = "x"\nprompt = "P"\nresponse = "presence"\ndefault = "maybe"\n', "default 'maybe' is not one of"),
    ('key = "x"\nprompt = "P"\nresponse = "presence"\nevidence_note = "lots"\n', "true, false or \"several\""),
    ('key = "x"\nprompt = "P"\nresponse = "banana"\n', "unknown response type 'banana'"),
    ('key = "x"\nprompt = "P"\nresponse = "yes_no"\n', 'write response = "presence"'),
])
def test_each_new_key_is_checked_with_a_plain_message(body: str, fragment: str) -> None:
    found = messages(one(body))
    assert any(fragment in m for m in found), found


def test_a_condition_must_name_an_answer_the_look_for_can_have() -> None:
    text = one('key = "a"\nprompt = "A"\nresponse = "presence"\n\n[[sections.look_fors]]\nkey = "b"\nprompt = "B"\n'
               'response = "presence"\nshow_if = { look_for = "a", is = "yes" }\n')
    [m] = messages(text)
    assert "'yes' is not an answer of 'a'" in m and "observed, not_observed" in m


def test_scores_are_refused_where_peer_mode_is_allowed() -> None:
    head = HEAD.replace('["blast"]', '["blast", "peer"]')
    text = one('key = "a"\nprompt = "A"\nresponse = "presence"\n', head=head) + (
        '\n[[scores]]\nkey = "s"\ntitle = "S"\nmethod = "count_met"\nlook_fors = ["a"]\n')
    assert any("scores judge the lesson" in m for m in messages(text))


def test_a_rating_is_still_refused_on_peer_frameworks() -> None:
    head = HEAD.replace('["blast"]', '["peer"]')
    assert any("not allowed in a framework that allows peer mode" in m
               for m in messages(one('key = "a"\nprompt = "A"\nresponse = "rating"\nlevels = ["L", "H"]\n',
                                     head=head)))


def test_forms_check_accepts_the_full_instrument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from walkthrough.cli import main

    path = tmp_path / "full.toml"
    path.write_text(FULL, encoding="utf-8")
    assert main(["forms", "check", str(path)]) == 0
    assert "ok — Full instrument" in capsys.readouterr().out
