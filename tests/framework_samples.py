"""Framework files that use every feature of the format, for the tests."""

from __future__ import annotations

#: A blast instrument with every addition of issue 12: conditions, a default, an optional section, anchors and
#: values on options, a paired look-for, number entry, snapshots from minute 0 every 5 minutes with counts that
#: add up to the students present and with several picks, presence without N/A, nested sections, several notes,
#: a repeated section (segments), a part for the whole round, a retired look-for and scores with bands.
FULL = """\
id = "full-instrument"
version = "1.0"
title = "Full instrument"
description = "Every feature of the format."
modes = ["blast"]
target_minutes = 10

[[sections]]
key = "round-notes"
title = "For the whole round"
scope = "round"

[[sections.look_fors]]
key = "hallways"
prompt = "Hallways are calm between classes"
response = "presence"
allow_na = false

[[sections]]
key = "lesson"
title = "The lesson"

[[sections.look_fors]]
key = "target-posted"
prompt = "The learning target is posted"
response = "presence"
allow_na = false
default = "not_observed"

[[sections.look_fors]]
key = "target-referenced"
prompt = "The teacher refers to the posted target"
response = "presence"
show_if = { look_for = "target-posted", is = "observed" }

[[sections.look_fors]]
key = "questioning"
prompt = "Questioning"
response = "rating"
levels = [
    { label = "Beginning", anchor = "Recall questions only.", value = 1 },
    { label = "Developing", anchor = "Some open questions.", value = 2 },
    { label = "Proficient", anchor = "Open questions most of the time.", value = 3 },
    { label = "Exemplary", anchor = "Students pose the questions.", value = 4 },
]

[[sections.look_fors]]
key = "talk"
prompt = "Discourse"
response = "presence"
parts = [
    { key = "teacher", label = "Teacher does", prompt = "Asks students to explain their thinking" },
    { key = "students", label = "Students do", prompt = "Explain their thinking to a partner" },
]
evidence_note = "several"

[[sections.look_fors]]
key = "grouping"
prompt = "How are most students grouped?"
response = "choice"
options = [
    { key = "whole", label = "Whole class", anchor = "Everyone faces the teacher.", value = 0 },
    { key = "groups", label = "Small groups", anchor = "Three to five students per group.", value = 1 },
]

[[sections.look_fors]]
key = "old-item"
prompt = "An item no longer used"
response = "presence"
retired = true

[[sections.sections]]
key = "students"
title = "Students"

[[sections.sections.look_fors]]
key = "students-present"
prompt = "Students present"
response = "number"
min = 0
max = 40
unit = "students"

[[sections.sections.look_fors]]
key = "on-task"
prompt = "Students on and off task"
response = "snapshot"
every = 5
options = ["On task", "Off task"]
pick = "count"
students_present = "students-present"

[[sections.sections.look_fors]]
key = "activities"
prompt = "What students are doing"
response = "snapshot"
minutes = [0, 5]
options = ["Listening", "Writing", "Talking"]
pick = "several"

[[sections]]
key = "small-group"
title = "Small-group instruction"
optional = true

[[sections.look_fors]]
key = "group-size"
prompt = "Students in the teacher's group"
response = "number"
min = 1
max = 12

[[sections]]
key = "segments"
title = "Every few minutes"
repeat = { label = "Segment", count = 3, minutes = 5 }

[[sections.look_fors]]
key = "engaged"
prompt = "Most students are engaged"
response = "presence"

[[scores]]
key = "lesson-score"
title = "Lesson"
method = "mean"
look_fors = ["questioning", "grouping"]

[[scores]]
key = "criteria"
title = "Criteria met"
method = "count_met"
look_fors = ["target-posted", "target-referenced", "talk"]
bands = [{ at_least = 0, label = "Beginning" }, { at_least = 3, label = "Proficient" }]
"""
