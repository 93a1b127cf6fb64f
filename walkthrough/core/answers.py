"""What a visit's answers mean once the framework's rules are applied.

The stored responses are what the observer tapped. The *effective* answers
add what the framework says about them:

* a look-for (or section) whose ``show_if`` does not hold is **hidden**: it is
  counted as not applicable, never as not observed, whatever was stored
  before the condition changed (it comes back if the condition holds again);
* a look-for of an ``optional`` section nobody used is hidden the same way;
* an unmarked look-for with a ``default`` has that default as its answer;
* a repeated section (segments) gives one answer per look-for per segment,
  under the key "look-for#segment";
* retired look-fors have no answer in a version that retired them.

Pure Python, no Qt: the visit screen, the dashboard and the PDFs all ask
:func:`visit_answers`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from walkthrough.core.framework_types import (
    Condition,
    ConditionTest,
    Framework,
    LookFor,
    ResponseType,
    Section,
    response_key,
    split_response_key,
)


@dataclass(frozen=True)
class Stored:
    """A stored response, as far as counting goes (a ``Response`` has these two fields too)."""

    value: object
    not_applicable: bool = False


@dataclass(frozen=True)
class Answer:
    """One look-for's effective answer in one visit (and segment)."""

    key: str  # the response key: the look-for's, with "#segment" in a repeated section
    look_for: LookFor
    segment: int | None
    value: object  # None: not marked (or not applicable)
    not_applicable: bool = False  # the observer marked N/A
    hidden: bool = False  # a condition or an unused optional section hides it: counted as N/A
    defaulted: bool = False  # the value is the look-for's default, not a tap

    @property
    def counts_as_na(self) -> bool:
        return self.not_applicable or self.hidden

    @property
    def is_marked(self) -> bool:
        """Answered, N/A or hidden: everything but "not marked"."""
        return self.counts_as_na or self.value is not None


def segment_count(framework: Framework, section: Section, stored: Mapping[str, object]) -> int:
    """How many segments a repeated section has in a visit: its fixed count, or as many as were answered (at
    least one)."""
    if section.repeat is None:
        return 1
    if section.repeat.count is not None:
        return section.repeat.count
    keys = {lf.key for lf in section.all_look_fors}
    found = [split_response_key(k) for k in stored if "#" in k]
    used = [seg for base, seg in found if base in keys and seg is not None]
    return max([1, *used])


def visit_answers(framework: Framework, stored: Mapping[str, object], *, segments: Mapping[str, int] | None = None,
                  include_retired: bool = False, opened: Collection[str] = ()) -> dict[str, Answer]:
    """Every look-for's effective answer, keyed by response key, in the framework's order.

    ``stored`` maps response keys to stored responses (anything with ``value``
    and ``not_applicable``: a :class:`~walkthrough.core.model.Response`, a
    :class:`Stored`); round-scope responses may be merged in, their keys are
    the look-fors' own. ``segments`` may say how many segments a repeated
    section shows (the visit screen, after "Next segment"); by default, as
    many as were answered. ``opened``: optional sections the observer opened
    on screen (shown though nothing in them is marked yet).
    """
    answers: dict[str, Answer] = {}
    for top in framework.sections:
        count = segment_count(framework, top, stored)
        if segments and top.key in segments:
            count = max(count, segments[top.key])
        for segment in range(1, count + 1) if top.repeat is not None else (None,):
            _section(framework, top, stored, segment, False, answers, include_retired, opened)
    return answers


def _section(framework: Framework, section: Section, stored: Mapping[str, object], segment: int | None,
             hidden_above: bool, answers: dict[str, Answer], include_retired: bool, opened: Collection[str]) -> None:
    hidden = hidden_above or not _holds_all(section.show_if, answers, segment)
    if section.optional and not hidden and section.key not in opened and not _used(section, stored, segment):
        hidden = True
    for lf in section.look_fors:
        if lf.retired and not include_retired:
            continue
        key = response_key(lf.key, segment)
        response = stored.get(key)
        value = getattr(response, "value", None)
        na = bool(getattr(response, "not_applicable", False))
        lf_hidden = hidden or not _holds_all(lf.show_if, answers, segment)
        defaulted = False
        if value is None and not na and lf.default is not None and not lf_hidden:
            value, defaulted = lf.default, True
        answers[key] = Answer(key, lf, segment, None if lf_hidden else value, na and not lf_hidden, lf_hidden,
                              defaulted)
    for inner in section.sections:
        _section(framework, inner, stored, segment, hidden, answers, include_retired, opened)


def _used(section: Section, stored: Mapping[str, object], segment: int | None) -> bool:
    for lf in section.all_look_fors:
        response = stored.get(response_key(lf.key, segment))
        if response is not None and (getattr(response, "value", None) is not None
                                     or getattr(response, "not_applicable", False)):
            return True
    return False


def _holds_all(conditions: tuple[Condition, ...], answers: Mapping[str, Answer], segment: int | None) -> bool:
    return all(holds(c, _target(c, answers, segment)) for c in conditions)


def _target(condition: Condition, answers: Mapping[str, Answer], segment: int | None) -> Answer | None:
    """The answer a condition looks at: in the same segment when it repeats too."""
    return answers.get(response_key(condition.look_for, segment)) or answers.get(condition.look_for)


def holds(condition: Condition, answer: Answer | None) -> bool:
    """Whether ``condition`` holds for the answer it looks at (a hidden or unmarked answer is empty)."""
    value = None if answer is None or answer.counts_as_na else answer.value
    if condition.part and isinstance(value, dict):
        value = value.get(condition.part)
    test = condition.test
    if test is ConditionTest.ANSWERED:
        return value is not None
    if test is ConditionTest.IS_NOT:
        return value is None or str(value) not in {str(v) for v in condition.values}
    if value is None:
        return False
    if test is ConditionTest.IS:
        return str(value) in {str(v) for v in condition.values}
    if test is ConditionTest.INCLUDES:
        return isinstance(value, list) and any(str(v) in value for v in condition.values)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    bound = float(condition.values[0])  # type: ignore[arg-type]
    return value >= bound if test is ConditionTest.AT_LEAST else value <= bound


def visible_keys(answers: Mapping[str, Answer]) -> set[str]:
    """The response keys the visit screen shows now."""
    return {k for k, a in answers.items() if not a.hidden}


def snapshot_totals_problem(look_for: LookFor, value: object, answers: Mapping[str, Answer]) -> str:
    """What is wrong with snapshot counts that should add up to the students present ('' when nothing)."""
    if not look_for.students_present or not isinstance(value, dict):
        return ""
    present = answers.get(look_for.students_present)
    total = present.value if present is not None else None
    if not isinstance(total, int | float) or isinstance(total, bool):
        return "Enter the students present first: the counts should add up to it."
    wrong = [f"minute {m}: {sum(v.values())}" for m, v in value.items()
             if isinstance(v, dict) and v and sum(v.values()) != total]
    if not wrong:
        return ""
    return f"The counts should add up to the {total:g} students present ({'; '.join(wrong)})."


__all__ = [
    "Answer",
    "ResponseType",
    "Stored",
    "holds",
    "segment_count",
    "snapshot_totals_problem",
    "visible_keys",
    "visit_answers",
]
