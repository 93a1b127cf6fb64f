"""Invalid framework files are refused with messages that say exactly what is wrong.

Each case is a small framework file with one mistake. The error must name the
file, the section and look-for where the mistake is (when it is inside one),
and the wrong key or value itself, so that a staff member editing the file in
a text editor can find and fix it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from walkthrough.core.frameworks import FrameworkError, Problem, load_framework

FORMS = Path(__file__).resolve().parents[3] / "forms"

# A valid top of a file; most cases add sections after it.
HEAD = """\
id = "demo"
version = "1.0"
title = "Demo framework"
modes = ["blast"]
"""

# A valid section with one valid look-for.
SECTION = """\
[[sections]]
key = "s"
title = "Section"

[[sections.look_fors]]
key = "ok"
prompt = "Something observable"
response = "presence"
"""


def look_for(body: str, *, head: str = HEAD) -> str:
    """A file with one section holding one look-for whose lines are ``body``."""
    return f'{head}\n[[sections]]\nkey = "s"\ntitle = "Section"\n\n[[sections.look_fors]]\n{body}'


LF = "section 's', look-for 'x'"

# (case id, file text, [(where, [fragments of the message]), ...]): every
# problem expected, in order; the file name is checked for all of them.
CASES: list[tuple[str, str | bytes, list[tuple[str, list[str]]]]] = [
    (
        "bad-toml-syntax",
        'id = "demo\nversion = "1.0"\n',
        [("", ["not valid TOML", "line 1"])],
    ),
    (
        "not-utf8",
        b'id = "caf\xe9"\nversion = "1.0"\n',
        [("", ["is not UTF-8", "position 9", "save it as UTF-8"])],
    ),
    (
        "missing-id",
        HEAD.replace('id = "demo"\n', "") + SECTION,
        [("", ["missing required key 'id'"])],
    ),
    (
        "missing-version",
        HEAD.replace('version = "1.0"\n', "") + SECTION,
        [("", ["missing required key 'version'"])],
    ),
    (
        "missing-title",
        HEAD.replace('title = "Demo framework"\n', "") + SECTION,
        [("", ["missing required key 'title'"])],
    ),
    (
        "empty-title",
        HEAD.replace('title = "Demo framework"', 'title = "  "') + SECTION,
        [("", ["'title' must not be empty"])],
    ),
    (
        "missing-modes",
        HEAD.replace('modes = ["blast"]\n', "") + SECTION,
        [("", ["missing required key 'modes'", '"blast"', '"peer"'])],
    ),
    (
        "missing-sections",
        HEAD,
        [("", ["missing required key 'sections'", "[[sections]]"])],
    ),
    (
        "sections-as-single-table",
        HEAD + '[sections]\nkey = "s"\ntitle = "Section"\n',
        [("", ["'sections' must be one or more [[sections]] tables"])],
    ),
    (
        "version-as-number",
        HEAD.replace('version = "1.0"', "version = 1.0") + SECTION,
        [("", ["'version' must be text in quotes", 'version = "1.0"', "not a number"])],
    ),
    (
        "version-with-spaces",
        HEAD.replace('version = "1.0"', 'version = "first draft"') + SECTION,
        [("", ["version 'first draft'", "letters, digits and dots"])],
    ),
    (
        "bad-id-characters",
        HEAD.replace('id = "demo"', 'id = "Empowered Learning"') + SECTION,
        [("", ["id 'Empowered Learning'", "lower-case letters"])],
    ),
    (
        "unknown-mode",
        HEAD.replace('modes = ["blast"]', 'modes = ["blast", "coaching"]') + SECTION,
        [("", ["unknown mode 'coaching'", "'modes'"])],
    ),
    (
        "modes-not-a-list",
        HEAD.replace('modes = ["blast"]', 'modes = "blast"') + SECTION,
        [("", ["'modes' must be a non-empty list"])],
    ),
    (
        "duplicated-mode",
        HEAD.replace('modes = ["blast"]', 'modes = ["blast", "peer", "blast"]') + SECTION,
        [("", ["mode 'blast' is listed twice"])],
    ),
    (
        "target-minutes-negative",
        HEAD + "target_minutes = -3\n" + SECTION,
        [("", ["'target_minutes'", "not -3"])],
    ),
    (
        "target-minutes-as-text",
        HEAD + 'target_minutes = "4"\n' + SECTION,
        [("", ["'target_minutes' is in quotes", "write target_minutes = 4 without quotes"])],
    ),
    (
        "unknown-teacher-value",
        HEAD + 'teacher = "sometimes"\n' + SECTION,
        [("", ["unknown value 'sometimes' for 'teacher'", "optional, named or anonymous"])],
    ),
    (
        "teacher-as-list",
        HEAD + 'teacher = ["named"]\n' + SECTION,
        [("", ["unknown value '['named']' for 'teacher'"])],
    ),
    (
        "unknown-top-level-key",
        HEAD + 'author = "Ms. Rivera"\n' + SECTION,
        [("", ["unknown key 'author'", "allowed:"])],
    ),
    (
        "section-missing-key",
        HEAD + SECTION.replace('key = "s"\n', "", 1),
        [("section #1", ["missing required key 'key'"])],
    ),
    (
        "section-missing-title",
        HEAD + SECTION.replace('title = "Section"\n', ""),
        [("section 's'", ["missing required key 'title'"])],
    ),
    (
        "section-bad-key",
        HEAD + SECTION.replace('key = "s"', 'key = "Section One"', 1),
        [("section 'Section One'", ["key 'Section One'", "lower-case letters"])],
    ),
    (
        "section-unknown-key",
        HEAD + SECTION.replace('title = "Section"', 'title = "Section"\ncolour = "blue"'),
        [("section 's'", ["unknown key 'colour'"])],
    ),
    (
        "duplicate-section-key",
        HEAD + SECTION + SECTION.replace('key = "ok"', 'key = "ok2"'),
        [("section 's'", ["duplicate section key 's'"])],
    ),
    (
        "section-without-look-fors",
        HEAD + SECTION + '\n[[sections]]\nkey = "empty"\ntitle = "Nothing here"\n',
        [("section 'empty'", ["has no look-fors", "[[sections.look_fors]]"])],
    ),
    (
        "look-for-missing-key",
        look_for('prompt = "Something"\nresponse = "presence"\n'),
        [("section 's', look-for #1", ["missing required key 'key'"])],
    ),
    (
        "look-for-bad-key",
        look_for('key = "Look For"\nprompt = "Something"\nresponse = "presence"\n'),
        [("section 's', look-for 'Look For'", ["key 'Look For'"])],
    ),
    (
        "look-for-missing-prompt",
        look_for('key = "x"\nresponse = "presence"\n'),
        [(LF, ["missing required key 'prompt'"])],
    ),
    (
        "look-for-missing-response",
        look_for('key = "x"\nprompt = "Something"\n'),
        [(LF, ["missing required key 'response'", "presence", "snapshot"])],
    ),
    (
        "unknown-response-type",
        look_for('key = "x"\nprompt = "Something"\nresponse = "banana"\n'),
        [(LF, ["unknown response type 'banana'", "presence, frequency, rating"])],
    ),
    (
        "response-type-as-list",
        look_for('key = "x"\nprompt = "Something"\nresponse = ["presence"]\n'),
        [(LF, ["unknown response type '['presence']'"])],
    ),
    (
        "duplicate-look-for-key-across-sections",
        HEAD + SECTION + SECTION.replace('key = "s"', 'key = "t"'),
        [("section 't', look-for 'ok'", ["duplicate look-for key 'ok'"])],
    ),
    (
        "rating-in-peer-framework",
        look_for(
            'key = "x"\nprompt = "Something"\nresponse = "rating"\nlevels = ["Low", "High"]\n',
            head=HEAD.replace('modes = ["blast"]', 'modes = ["blast", "peer"]'),
        ),
        [(LF, ["rating look-for is not allowed", "peer mode", "non-evaluative"])],
    ),
    (
        "rating-with-one-level",
        look_for('key = "x"\nprompt = "Something"\nresponse = "rating"\nlevels = ["Only"]\n'),
        [(LF, ["'levels'", "at least 2 levels", "1 given"])],
    ),
    (
        "rating-without-levels",
        look_for('key = "x"\nprompt = "Something"\nresponse = "rating"\n'),
        [(LF, ["'levels'", "at least 2 levels", "missing"])],
    ),
    (
        "rating-level-unknown-key",
        look_for(
            'key = "x"\nprompt = "Something"\nresponse = "rating"\n'
            'levels = [{ label = "Low", anker = "typo" }, { label = "High" }]\n'
        ),
        [(LF, ["level 1 has unknown key 'anker'"])],
    ),
    (
        "rating-duplicate-level",
        look_for('key = "x"\nprompt = "Something"\nresponse = "rating"\nlevels = ["Low", "Low"]\n'),
        [(LF, ["level label 'Low' is used twice"])],
    ),
    (
        "choice-with-one-option",
        look_for('key = "x"\nprompt = "Something"\nresponse = "choice"\noptions = ["Whole class"]\n'),
        [(LF, ["'options' must list at least 2 choices", "1 given"])],
    ),
    (
        "multi-choice-without-options",
        look_for('key = "x"\nprompt = "Something"\nresponse = "multi_choice"\n'),
        [(LF, ["'options' must list at least 2 choices", "missing"])],
    ),
    (
        "duplicate-options",
        look_for(
            'key = "x"\nprompt = "Something"\nresponse = "choice"\noptions = ["Pairs", "Small groups", "pairs"]\n'
        ),
        [(LF, ["option 'pairs' is listed twice"])],
    ),
    (
        "frequency-labels-wrong-count",
        look_for('key = "x"\nprompt = "Something"\nresponse = "frequency"\nlabels = ["None", "Some", "All"]\n'),
        [(LF, ["'labels'", "exactly 5", "3 given"])],
    ),
    (
        "text-with-allow-na",
        look_for('key = "x"\nprompt = "Something"\nresponse = "text"\nallow_na = true\n'),
        [(LF, ["text look-for cannot allow 'not applicable'", "allow_na"])],
    ),
    (
        "allow-na-not-true-or-false",
        look_for('key = "x"\nprompt = "Something"\nresponse = "frequency"\nallow_na = "yes"\n'),
        [(LF, ["'allow_na' must be true or false", "not text"])],
    ),
    (
        "snapshot-without-minutes",
        look_for('key = "x"\nprompt = "How many students are talking?"\nresponse = "snapshot"\n'),
        [(LF, ["snapshot look-for needs 'minutes'", "minutes = [0, 3]", "every = 5"])],
    ),
    (
        "snapshot-minutes-unordered",
        look_for('key = "x"\nprompt = "How many?"\nresponse = "snapshot"\nminutes = [3, 1]\n'),
        [(LF, ["'minutes' must be in increasing order", "not [3, 1]"])],
    ),
    (
        "levels-on-presence",
        look_for('key = "x"\nprompt = "Something"\nresponse = "presence"\nlevels = ["Low", "High"]\n'),
        [(LF, ["'levels' applies only to rating look-fors", "not presence"])],
    ),
    (
        "options-on-tally",
        look_for('key = "x"\nprompt = "Something"\nresponse = "tally"\noptions = ["A", "B"]\n'),
        [(LF, ["'options' applies only to", "not tally"])],
    ),
    (
        "tags-not-a-list",
        look_for('key = "x"\nprompt = "Something"\nresponse = "presence"\ntags = "Empowered learning"\n'),
        [(LF, ["'tags' must be a list", 'write tags = ["Empowered learning"]'])],
    ),
    (
        "unknown-look-for-key-typo",
        look_for('key = "x"\npromt = "Something"\nresponse = "presence"\n'),
        [(LF, ["unknown key 'promt'", "prompt"]), (LF, ["missing required key 'prompt'"])],
    ),
]


def _problems(tmp_path: Path, content: str | bytes) -> tuple[Path, list[Problem], str]:
    path = tmp_path / "my-framework.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    return path, info.value.problems, str(info.value)


def test_there_are_at_least_25_invalid_cases() -> None:
    assert len(CASES) >= 25
    assert len({case[0] for case in CASES}) == len(CASES)


@pytest.mark.parametrize(("content", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_invalid_framework_is_refused_with_a_specific_message(
    tmp_path: Path, content: str | bytes, expected: list[tuple[str, list[str]]]
) -> None:
    path, problems, message = _problems(tmp_path, content)
    assert [p.where for p in problems] == [where for where, _ in expected], message
    for problem, (where, fragments) in zip(problems, expected, strict=True):
        assert problem.file == str(path)
        text = str(problem)
        assert text.startswith(f"{path}: ")
        if where:
            assert f": {where}: " in text
        for fragment in fragments:
            assert fragment in problem.message, f"{fragment!r} not in {problem.message!r}"
        assert text in message


def test_every_case_is_valid_without_its_mistake(tmp_path: Path) -> None:
    """Guard against cases that fail for a reason other than the one tested."""
    path = tmp_path / "fine.toml"
    path.write_text(HEAD + SECTION, encoding="utf-8")
    assert load_framework(path).id == "demo"
    path.write_text(look_for('key = "x"\nprompt = "Something"\nresponse = "presence"\n'), encoding="utf-8")
    assert load_framework(path).look_for("x").allow_na is True


def test_several_problems_in_one_file_are_all_reported(tmp_path: Path) -> None:
    content = """\
id = "Bad Id"
version = 2
modes = ["blast", "peer", "hallway"]
teacher = "maybe"

[[sections]]
key = "one"
title = "One"

[[sections.look_fors]]
key = "a"
prompt = "Rated"
response = "rating"
levels = ["Low", "High"]

[[sections.look_fors]]
key = "b"
promt = "Typo"
response = "banana"

[[sections]]
key = "one"
title = "Again"

[[sections.look_fors]]
key = "a"
prompt = "Dup"
response = "text"
allow_na = true
"""
    path, problems, message = _problems(tmp_path, content)
    expected = [
        ("", "id 'Bad Id'"),
        ("", "'version' must be text in quotes"),
        ("", "missing required key 'title'"),
        ("", "unknown mode 'hallway'"),
        ("", "unknown value 'maybe' for 'teacher'"),
        ("section 'one', look-for 'a'", "rating look-for is not allowed"),
        ("section 'one', look-for 'b'", "unknown key 'promt'"),
        ("section 'one', look-for 'b'", "missing required key 'prompt'"),
        ("section 'one', look-for 'b'", "unknown response type 'banana'"),
        ("section 'one'", "duplicate section key 'one'"),
        ("section 'one', look-for 'a'", "text look-for cannot allow"),
    ]
    assert len(problems) == len(expected), message
    for problem, (where, fragment) in zip(problems, expected, strict=True):
        assert problem.file == str(path)
        assert problem.where == where
        assert fragment in problem.message
    assert message.count(str(path)) == len(expected)


def test_a_built_in_file_with_a_bad_response_type_names_the_file_and_the_value(tmp_path: Path) -> None:
    source = FORMS / "blast-empowered-learning.toml"
    text = source.read_text(encoding="utf-8")
    assert 'response = "presence"' in text
    copy = tmp_path / "my-copy-of-empowered-learning.toml"
    copy.write_text(text.replace('response = "presence"', 'response = "banana"', 1), encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_framework(copy)
    message = str(info.value)
    assert str(copy) in message
    assert "'banana'" in message
    assert "section 'environment', look-for 'norms-in-use'" in message
    assert len(info.value.problems) == 1


def test_a_missing_file_is_reported_not_raised_as_oserror(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    assert str(info.value).startswith(f"{path}: cannot be read")
