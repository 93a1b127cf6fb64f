"""The evaluative-language nudge: matching rules, list files, and its quality."""

from __future__ import annotations

import dataclasses
import os
import random
import re
from pathlib import Path

import nudge_set
import pytest

from walkthrough.core.nudge import (
    _AFTER,
    _BEFORE,
    DEFAULT_HINTS,
    FORMS_DIR,
    Flag,
    PhraseList,
    PhraseListError,
    describe_flags,
    fold,
)
from walkthrough.core.phrase_files import parse_list as nudge_parse


def phrases(text: str, name: str = "evaluative-language.en.txt") -> PhraseList:
    return PhraseList.parse(text, name)


def flagged(phrase_list: PhraseList, text: str) -> list[str]:
    return [text[f.start : f.end] for f in phrase_list.find(text)]


@pytest.fixture(scope="module")
def default_list() -> PhraseList:
    return PhraseList.default()


# --- matching ------------------------------------------------------------------


def test_offsets_point_at_the_phrase_and_flags_name_their_list_line() -> None:
    text = "Students wrote answers. The lesson was excellent, and the pacing was poor."
    flags = phrases("excellent\npoor").find(text)
    assert [(f.start, f.end, f.phrase) for f in flags] == [
        (text.index("excellent"), text.index("excellent") + 9, "excellent"),
        (text.index("poor"), text.index("poor") + 4, "poor"),
    ]
    assert [text[f.start : f.end] for f in flags] == ["excellent", "poor"]
    assert [(f.source, f.line, f.language) for f in flags] == [
        ("evaluative-language.en.txt", 1, "en"),
        ("evaluative-language.en.txt", 2, "en"),
    ]


def test_flag_is_frozen() -> None:
    flag = Flag(start=0, end=4, phrase="poor", hint="h")
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.start = 1  # type: ignore[misc]


def test_case_insensitive() -> None:
    assert flagged(phrases("great job"), "GREAT Job, everyone.") == ["GREAT Job"]
    assert flagged(phrases("Excellent"), "an excellent start") == ["excellent"]


def test_whole_words_only() -> None:
    good = phrases("good\nweak*\namazing*\nfail(s|ed)? to")
    assert flagged(good, "The teacher said goodbye to each student.") == []
    assert flagged(good, "They sorted goods and services.") == []
    assert flagged(good, "Students ordered boxes from Amazon.") == []
    assert flagged(good, "It was good.") == ["good"]
    assert flagged(good, "(good)") == ["good"]
    # "weak*" is meant to catch the family: weakness is a judgment too.
    assert flagged(good, "Pacing is a weakness; weaker groups waited.") == ["weakness", "weaker"]
    assert flagged(good, "The bridge failed the test.") == []
    assert flagged(good, "The teacher failed to check.") == ["failed to"]


def test_apostrophes_do_not_start_or_end_words() -> None:
    lst = phrases("don\nteacher")
    assert flagged(lst, "I don't know.") == []
    assert flagged(lst, "The teacher's desk") == []
    assert flagged(lst, "The teachers' desks and the teacher.") == ["teacher"]


def test_longest_match_wins_whatever_the_order() -> None:
    text = "Good job on the warm-up, good timing."
    for listing in ("good\ngood job", "good job\ngood"):
        flags = phrases(listing).find(text)
        assert [(text[f.start : f.end], f.phrase) for f in flags] == [("Good job", "good job"), ("good", "good")]


def test_flags_are_sorted_and_do_not_overlap() -> None:
    lst = phrases("very good\ngood lesson\ngood\nlesson was boring\nboring")
    text = "A very good lesson. The lesson was boring, boring."
    flags = lst.find(text)
    assert [text[f.start : f.end] for f in flags] == ["very good", "lesson was boring", "boring"]


def test_wildcard_matches_word_endings() -> None:
    lst = phrases("ineffective*")
    assert flagged(lst, "It was ineffective; used ineffectively.") == ["ineffective", "ineffectively"]
    assert flagged(lst, "ineffectiv") == []


def test_optional_and_alternative_groups() -> None:
    lst = phrases("should(n't)? have\n(good|great|nice) job")
    text = "You should have waited. You shouldn't have. Nice job. Fine job."
    assert flagged(lst, text) == ["should have", "shouldn't have", "Nice job"]


def test_space_matches_hyphen_and_runs_of_spaces() -> None:
    lst = phrases("well paced")
    assert flagged(lst, "A well-paced lesson, well   paced, well\npaced.") == [
        "well-paced",
        "well   paced",
        "well\npaced",
    ]


def test_curly_apostrophes_match_straight_ones() -> None:
    straight = phrases("should(n't)? have")
    curly = phrases("shouldn’t have")
    assert flagged(straight, "The teacher shouldn’t have stopped.") == ["shouldn’t have"]
    assert flagged(curly, "The teacher shouldn't have stopped.") == ["shouldn't have"]


def test_spanish_accents_are_ignored_both_ways() -> None:
    lst = phrases("debería haber\nno logró", "evaluative-language.es.txt")
    text = "El maestro deberia haber esperado. La maestra NO LOGRÓ terminar; debería haber parado."
    assert flagged(lst, text) == ["deberia haber", "NO LOGRÓ", "debería haber"]
    plain = phrases("deberia haber", "evaluative-language.es.txt")
    assert flagged(plain, "Ella debería haber parado.") == ["debería haber"]


def test_offsets_survive_decomposed_accents() -> None:
    lst = phrases("aburrido\nexcelente", "evaluative-language.es.txt")
    text = "Fue\u0301 excelente, pero la cancio\u0301n fue aburrida y el dia aburrido."
    flags = lst.find(text)
    assert [text[f.start : f.end] for f in flags] == ["excelente", "aburrido"]
    decomposed = "La clase fue excele\u0301nte."  # a stray combining accent inside the word
    (flag,) = lst.find(decomposed)
    assert decomposed[flag.start : flag.end] == "excele\u0301nte"


def test_exceptions_protect_descriptive_phrases() -> None:
    lst = phrases("good\ngreat\n! good morning\n! great depression")
    text = "Good morning, class. We read about the Great Depression. Good answer."
    assert flagged(lst, text) == ["Good"]
    assert lst.find(text)[0].start == text.rindex("Good")


def test_quoted_speech_is_never_flagged() -> None:
    lst = phrases("great thinking\ngood job\nboring\nexcellent\nbuen trabajo")
    assert flagged(lst, 'The teacher said "great thinking" to Ana.') == []
    assert flagged(lst, "The teacher said “good job, table 2” and waited.") == []
    assert flagged(lst, "She said 'this is boring' and sat down.") == []
    assert flagged(lst, "Una alumna dijo «buen trabajo» a su pareja.") == []
    assert flagged(lst, "He said 'that's excellent' quietly.") == []
    # apostrophes are not quotation marks
    assert flagged(lst, "The students' answers were excellent, the teacher's too.") == ["excellent"]
    # an unclosed quotation protects nothing
    assert flagged(lst, 'The lesson was "excellent') == ["excellent"]


def test_groups_may_be_nested() -> None:
    lst = phrases("((very|so) )?(good|great) job")
    assert flagged(lst, "Very good job. Great job. So great job.") == ["Very good job", "Great job", "So great job"]


def test_word_sets_are_named_once_and_used_anywhere() -> None:
    lst = phrases(
        "@words teacher: the teacher | she | he | ms. _ | mr _\n"
        "@words teacher: mrs _\n"  # a second line adds to the set
        "@words quality: patient | warm | a natural\n"
        "<teacher> (is|was) (so |very )?<quality>\n"
    )
    assert flagged(lst, "Ms. Patel is a natural. He was so patient.") == ["Ms. Patel is a natural", "He was so patient"]
    assert flagged(lst, "Mrs Diaz is warm; Mr Grant is patient.") == ["Mrs Diaz is warm", "Mr Grant is patient"]
    # the words alone are not flagged: "warm" in warm-up, "patient" in a story
    assert flagged(lst, "The warm-up was about a patient in a hospital.") == []


def test_a_gap_stands_for_up_to_four_words() -> None:
    lst = phrases("not ... enough\nno ... suficiente*", "evaluative-language.en.txt")
    assert flagged(lst, "Students did not get enough time.") == ["not get enough"]
    assert flagged(lst, "It was not enough.") == ["not enough"]
    assert flagged(lst, "not one two three four enough") == ["not one two three four enough"]
    assert flagged(lst, "not one two three four five enough") == []
    assert flagged(lst, "Not now. Enough!") == []  # a gap never crosses a sentence
    assert flagged(lst, "No se les dio el tiempo suficiente.") == []  # five words: too far
    assert flagged(lst, "No les dio suficiente tiempo.") == ["No les dio suficiente"]


def test_punctuation_in_a_phrase_matches_itself() -> None:
    lst = phrases("teacher:\nms. _ is great")
    assert flagged(lst, "Teacher: here. Ms. Ruiz is great.") == ["Teacher:", "Ms. Ruiz is great"]


def test_what_follows_a_quotation_cue_is_never_flagged_to_the_end_of_the_sentence() -> None:
    lst = phrases("> asked (whether|if|which)\n> teacher:\ngood\nboring\nbetter\nstrong*")
    text = "A student asked whether his answer was good. It was boring."
    assert flagged(lst, text) == ["boring"]
    assert flagged(lst, "Teacher: Which opening is better? The lesson was boring.") == ["boring"]
    assert flagged(lst, "They asked which claim was stronger; the talk was boring") == ["boring"]
    assert flagged(lst, "The teacher asked good questions.") == ["good"]  # "asked" alone is no cue here


def test_a_note_is_searched_with_the_lists_of_its_language() -> None:
    lst = PhraseList.load_all([])  # nothing
    assert lst.find("anything") == []
    both = PhraseList._from_files([
        nudge_parse("ideal\nfatal | English hint", "evaluative-language.en.txt"),
        nudge_parse("ideal\nfatal | Pista en español", "evaluative-language.es.txt"),
    ])
    assert both.language_of("La clase fue ideal para los alumnos.") == "es"
    assert both.language_of("The lesson was ideal for the students.") == "en"
    assert both.language_of("Ideal.") is None
    (flag,) = both.find("El cierre fue fatal, y los alumnos se fueron.")
    assert flag.hint == "Pista en español" and flag.language == "es"
    (flag,) = both.find("The ending was fatal for the students.")
    assert flag.hint == "English hint"
    # a quotation in the other language does not change the note's language
    assert both.language_of('The teacher said "muy bien, la mesa de los chicos" to the students.') == "en"
    assert both.find("Fatal.")  # too short to tell: every list is used
    assert both.find("The lesson was fatal.", language="es")[0].hint == "Pista en español"


def test_the_hint_line_is_in_the_note_language_only() -> None:
    spanish = phrases("aburrid* | ¿Qué hicieron los alumnos?\nconfus*", "evaluative-language.es.txt")
    text = "Fue aburrida, confusa y aburrida."
    line = describe_flags(text, spanish.find(text))
    assert line == "“aburrida” (y 2 más): ¿Qué hicieron los alumnos?"
    assert "and" not in line
    english = phrases("boring\nconfusing")
    text = "Boring and confusing."
    assert describe_flags(text, english.find(text)).startswith("“Boring” (and 1 more): ")
    french = phrases("ennuyeux | Qu'avez-vous vu ?\nconfus", "evaluative-language.fr.txt")
    assert describe_flags("ennuyeux, confus", french.find("ennuyeux, confus")) == "“ennuyeux” (+1): Qu'avez-vous vu ?"
    assert describe_flags("nothing", []) == ""


def test_kinds_group_phrases_and_a_field_can_leave_a_kind_out() -> None:
    lst = phrases("@kind: advice\nshould\nnext time try\n@kind: praise\ngreat\n")
    assert [e.kind for e in lst.entries] == ["advice", "advice", "praise"]
    text = "Next time try a timer; I should give more wait time. It was great."
    assert flagged(lst, text) == ["Next time try", "should", "great"]
    plans = lst.without_kinds("advice")
    assert flagged(plans, text) == ["great"]
    assert plans is lst.without_kinds("advice")  # derived once


def test_default_hint_applies_to_the_lines_after_it() -> None:
    lst = phrases("boring\n@default-hint: Praise is a judgment too.\ngreat\n")
    hints = {f.phrase: f.hint for f in lst.find("boring, great")}
    assert hints == {"boring": DEFAULT_HINTS["en"], "great": "Praise is a judgment too."}


def test_a_caret_phrase_only_starts_a_sentence() -> None:
    lst = phrases("^ try\n^ maybe _")
    assert flagged(lst, "Try a timer. Students try again. - Maybe chunk it. Min 4: try it") == [
        "Try", "Maybe chunk", "try"]


def test_a_leading_star_stands_for_any_word_with_that_ending() -> None:
    lst = phrases("> (objetivo|meta) era (*ar|*er)\nmejor", "evaluative-language.es.txt")
    assert flagged(lst, "El objetivo era encontrar el mejor precio.") == []
    assert flagged(lst, "El objetivo era el mejor.") == ["mejor"]


def test_an_exception_cancels_a_quotation_cue_it_overlaps() -> None:
    lst = phrases("> pregunto si\n! me pregunto\nmejor", "evaluative-language.es.txt")
    assert flagged(lst, "Me pregunto si sería mejor en parejas.") == ["mejor"]  # a wondering of the writer
    assert flagged(lst, "Ana preguntó si era mejor.") == []  # what Ana asked


def test_is_evaluative() -> None:
    lst = phrases("poor")
    assert lst.is_evaluative("The questioning was poor.")
    assert not lst.is_evaluative("Twelve students raised a hand.")
    assert not lst.is_evaluative("")


# --- the file format -----------------------------------------------------------


def test_comments_blank_lines_and_hints() -> None:
    lst = phrases(
        "# a comment\n"
        "\n"
        "   # an indented comment\n"
        "poor\n"
        "great job | Praise is a judgment too.\n"
        "(good|nice) (job|work) | Either one.\n"
    )
    assert [e.phrase for e in lst.entries] == ["poor", "great job", "(good|nice) (job|work)"]
    by_phrase = {f.phrase: f.hint for f in lst.find("Poor. Great job. Nice work.")}
    assert by_phrase == {
        "poor": DEFAULT_HINTS["en"],
        "great job": "Praise is a judgment too.",
        "(good|nice) (job|work)": "Either one.",
    }


def test_default_hint_follows_the_language_and_can_be_changed() -> None:
    es = phrases("pobre", "evaluative-language.es.txt")
    assert es.find("fue pobre")[0].hint == DEFAULT_HINTS["es"]
    custom = phrases("@default-hint: Describe it.\npoor")
    assert custom.find("poor")[0].hint == "Describe it."
    assert {e.language for e in es.entries} == {"es"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("| a hint", "empty phrase before |"),
        ("poor |", "empty hint after |"),
        ("!", "empty phrase after !"),
        (">", "empty phrase after >"),
        ("! good morning | hint", "exception line (!) cannot have a hint"),
        ("> asked whether | hint", "quotation cue line (>) cannot have a hint"),
        ("should(n't have", "unbalanced ("),
        ("shouldn't) have", "unbalanced )"),
        ("(good|) job", "empty alternative"),
        ("() job", "empty alternative"),
        ("*ness", "must start with a word"),
        ("ineff*ective", "a * may only end a word"),
        ("ineffective**", "a * may only end a word"),
        ("good? job", "a ? may only follow a group"),
        ("(very)?", "every part of the phrase is optional"),
        ("great; job", "unexpected character ';'"),
        ("... enough", "must start with a word"),
        ("not ...", "words on both sides"),
        ("not...enough", "between spaces"),
        ("<nobody> was great", "unknown word set <nobody>"),
        ("<teacher was great", "closed with >"),
        ("great_job", "a _ stands alone"),
        ("@language: en", "unknown setting @language"),
        ("@default-hint:", "@default-hint needs a text"),
        ("@oops", "must look like @default-hint: text"),
        ("@kind:", "@kind needs a name"),
        ("@words: a | b", "@words needs a set name"),
        ("@words teacher:", "needs its entries"),
        ("@words teacher: she | | he", "empty entry between |"),
        ("@language-words:", "needs words"),
    ],
)
def test_a_bad_line_is_skipped_with_a_problem_naming_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "evaluative-language.en.txt"
    path.write_text(f"# header\n\npoor\n{line}\nweak\n", encoding="utf-8")
    lst = PhraseList.load(path)
    (problem,) = lst.problems
    assert problem.line == 4
    assert problem.path == str(path)
    assert str(problem).startswith(f"{path}, line 4: ")
    assert message in str(problem)
    # the rest of the file still applies
    assert flagged(lst, "Poor questions, weak answers.") == ["Poor", "weak"]
    # a strict caller gets the first problem as an error, without a chained traceback
    with pytest.raises(PhraseListError) as caught:
        lst.raise_for_problems()
    error = caught.value
    assert (error.path, error.line) == (str(path), 4)
    assert message in str(error)
    assert error.__cause__ is None


def test_unreadable_files_are_reported_and_leave_the_others_working(tmp_path: Path) -> None:
    missing = tmp_path / "evaluative-language.xx.txt"
    (problem,) = PhraseList.load(missing).problems
    assert problem.line is None and "cannot read" in str(problem)
    latin1 = tmp_path / "evaluative-language.es.txt"
    latin1.write_bytes("deber\xeda\n".encode("latin-1"))
    (problem,) = PhraseList.load(latin1).problems
    assert str(problem).startswith(f"{latin1}: is not UTF-8 text") and "save it as UTF-8" in str(problem)
    (tmp_path / "evaluative-language.en.txt").write_text("poor\n", encoding="utf-8")
    both = PhraseList.default(tmp_path)
    assert [p.path for p in both.problems] == [str(latin1)]
    assert both.is_evaluative("The questions were poor.")
    (empty,) = PhraseList.default(tmp_path / "empty").problems
    assert "no evaluative-language" in str(empty)


def test_a_folder_a_pipe_or_a_huge_file_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "evaluative-language.en.txt"
    folder.mkdir()
    assert "not a regular file" in str(PhraseList.load(folder).problems[0])
    fifo = tmp_path / "evaluative-language.fr.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in str(PhraseList.load(fifo).problems[0])  # and it does not hang
    huge = tmp_path / "evaluative-language.es.txt"
    huge.write_bytes(b"# x\n" * 600_000)
    assert "too big" in str(PhraseList.load(huge).problems[0])


def test_one_bad_line_leaves_both_languages_on(tmp_path: Path) -> None:
    for path in FORMS_DIR.glob("evaluative-language.*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    english = tmp_path / "evaluative-language.en.txt"
    lines = english.read_text(encoding="utf-8").splitlines()
    lines.insert(40, "great (job")
    english.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lst = PhraseList.default(tmp_path)
    (problem,) = lst.problems
    assert (problem.path, problem.line) == (str(english), 41)
    assert "unbalanced (" in problem.message
    assert lst.is_evaluative("The lesson was boring.")
    assert lst.is_evaluative("La clase fue aburrida.")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_list_saved_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "evaluative-language.es.txt"
    text = "@default-hint: ¿Qué vio?\naburrid*\nno logr(ó|aron)\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)  # Notepad's "Unicode" and "Unicode big endian"
    path.write_bytes(data)
    lst = PhraseList.load(path)
    assert lst.problems == ()
    assert [e.phrase for e in lst.entries] == ["aburrid*", "no logr(ó|aron)"]
    assert flagged(lst, "Fue aburrida y no logró terminar.") == ["aburrida", "no logró"]
    assert lst.find("aburrido")[0].hint == "¿Qué vio?"


def test_default_loads_every_language_from_forms(tmp_path: Path) -> None:
    files = sorted(FORMS_DIR.glob("evaluative-language.*.txt"))
    assert [p.name for p in files] == ["evaluative-language.en.txt", "evaluative-language.es.txt"]
    lst = PhraseList.default()
    assert lst.languages == {"en", "es"}
    assert lst.is_evaluative("Great job getting everyone involved.")
    assert lst.is_evaluative("¡Buen trabajo con los grupos!")
    assert lst.for_languages("es").languages == {"es"}
    # another district's folder, with a third language
    (tmp_path / "evaluative-language.fr.txt").write_text("excellent*\n", encoding="utf-8")
    assert PhraseList.default(tmp_path).languages == {"fr"}


def test_shipped_files_document_the_format() -> None:
    for path in FORMS_DIR.glob("evaluative-language.*.txt"):
        head = path.read_text(encoding="utf-8").split("@default-hint", 1)[0]
        for needle in ("|", "*", "!", "#", "(", "?"):
            assert needle in head, f"{path.name} header does not explain {needle!r}"


def test_default_list_rules(default_list: PhraseList) -> None:
    lst = default_list
    assert flagged(lst, "The teacher said goodbye and good morning.") == []
    assert flagged(lst, "Students worked well together.") == ["worked well"]
    assert flagged(lst, "Students used the word bank as well as their notes.") == []
    assert flagged(lst, "The class read about the Great Depression.") == []
    assert flagged(lst, "The teacher said 'great thinking' to Ana.") == []
    assert flagged(lst, "I loved the way you used turn-and-talk.") == ["I loved"]
    assert flagged(lst, "The teacher shouldn’t have rushed.") == ["shouldn’t have"]
    assert flagged(lst, "La maestra no logró terminar.") == ["no logró"]
    assert flagged(lst, "El maestro deberia haber esperado.") == ["deberia haber"]
    assert flagged(lst, "Los alumnos dijeron buenos días.") == []
    # "off task" is left to the framework's look-fors: with a time or a count it describes.
    assert flagged(lst, "About six students were off task for 3 minutes.") == []


# --- properties ----------------------------------------------------------------

WORDS = ["good", "Good", "job", "great", "goodbye", "well", "as", "morning", "should", "have", "shouldn’t", "débil"]
PIECES = [*WORDS, " ", "-", ", ", '"', "'", "\u0301", "«", "»"]


def test_flags_are_well_formed_on_random_text() -> None:
    # A seeded property check (no hypothesis database left behind).
    lst = phrases("good\ngood job\ngreat\nwell\n! as well\nshould(n't)? have\ndebil*")
    rng = random.Random(20240611)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(26)))
        previous_end = 0
        for flag in lst.find(text):
            assert previous_end <= flag.start < flag.end <= len(text), text
            previous_end = flag.end
            entry = next(e for e in lst.entries if e.phrase == flag.phrase)
            body = entry.regex.removeprefix(_BEFORE).removesuffix(_AFTER)
            assert re.fullmatch(body, fold(text[flag.start : flag.end])), text


# --- the labelled set and its frozen test third ------------------------------------

EVALUATIVE_KINDS = {"advice", "rating", "excess", "idiom", "person", "control", "climate", "praise", "criticism",
                    "feeling"}
DESCRIPTIVE_KINDS = {"action", "evidence", "quote", "reported", "question", "topic", "artifact", "lookalike",
                     "wondering"}


def test_labelled_set_is_big_balanced_and_covers_every_kind() -> None:
    rows = [r for r in nudge_set.load() if r.split != "earlier"]
    assert len(rows) >= 600
    assert len({r.text for r in nudge_set.load()}) == len(nudge_set.load())
    for language in ("en", "es"):
        mine = [r for r in rows if r.language == language]
        assert 0.4 * len(rows) <= len(mine) <= 0.6 * len(rows)
        assert sum(r.evaluative for r in mine) * 2 == len(mine)
        for split in ("tune", "test"):
            part = [r for r in mine if r.split == split]
            assert {r.primary_kind for r in part if r.evaluative} == EVALUATIVE_KINDS, (language, split)
            assert {r.primary_kind for r in part if not r.evaluative} == DESCRIPTIVE_KINDS, (language, split)
    grammar = {note for r in rows if r.language == "es" for note in r.kind.split("+")[1:]}
    assert grammar == {"neg", "impersonal", "postverbal"}


def test_the_test_third_is_the_seeded_draw_and_unchanged() -> None:
    rows = nudge_set.load()
    assert {r.line for r in rows if r.split == "test"} == nudge_set.seeded_test_third(rows)
    new = [r for r in rows if r.split != "earlier"]
    assert abs(sum(r.split == "test" for r in new) - len(new) / 3) < 10
    # Any edit of a test sentence, its label or its kind changes the fingerprint.
    assert nudge_set.test_third_fingerprint(rows) == nudge_set.TEST_THIRD_SHA256


def test_precision_and_recall_on_the_earlier_set(default_list: PhraseList) -> None:
    tp = fp = fn = 0
    for row in nudge_set.load():
        if row.split != "earlier":
            continue
        gold, guess = row.evaluative, default_list.is_evaluative(row.text)
        tp += gold and guess
        fp += guess and not gold
        fn += gold and not guess
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.9, f"precision {precision:.3f}"
    assert recall >= 0.8, f"recall {recall:.3f}"


@pytest.mark.parametrize("split", ["test", "tune"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_precision_and_recall_meet_the_goal(default_list: PhraseList, split: str, language: str) -> None:
    """The goal of issue 11 (precision 0.95, recall 0.9), kept as a guard: the lists
    were tuned on the tuning part only, and the test third's figures are what came out."""
    tp = fp = fn = 0
    for row in nudge_set.load():
        if row.split != split or row.language != language:
            continue
        gold, guess = row.evaluative, default_list.is_evaluative(row.text)
        tp += gold and guess
        fp += guess and not gold
        fn += gold and not guess
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.9, f"recall {recall:.3f}"


def test_compiling_every_pattern_pauses_every_few_patterns_where_the_caller_says() -> None:
    """The app warms the lists on a background thread; a pause every few patterns is where
    that thread gives the UI thread the interpreter (without it, keystrokes stalled)."""
    lst = PhraseList.default()
    pauses: list[int] = []
    lst.warm_up(compile_patterns=True, between=lambda: pauses.append(1))
    matchers = [lst._ready(language) for language in (None, *sorted(lst.languages))]
    patterns = [len(index.entries) for m in matchers for index in (m.flags, m.exceptions, m.cues)]
    assert len(pauses) == sum(n // 8 for n in patterns) > 100
    assert all(len(index._patterns) == len(index.entries)
               for m in matchers for index in (m.flags, m.exceptions, m.cues))
