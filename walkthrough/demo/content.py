"""The demo's words and numbers: names, notes, focus questions, timings."""

from __future__ import annotations

CHUNK = 2000

FIRST = [
    "Amara",
    "Ben",
    "Carmen",
    "Dana",
    "Eli",
    "Farah",
    "Gabe",
    "Hana",
    "Ivan",
    "Jada",
    "Kofi",
    "Lena",
    "Marco",
    "Nadia",
    "Owen",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tess",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Alma",
    "Bruno",
    "Celia",
    "Dev",
    "Esme",
    "Felix",
    "Gia",
    "Hugo",
    "Iris",
    "Joel",
    "Kira",
    "Luis",
    "Mei",
    "Noor",
]
LAST = [
    "Abbott",
    "Banerjee",
    "Castillo",
    "Diallo",
    "Eriksen",
    "Fontaine",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Mensah",
    "Novak",
    "Okafor",
    "Petrova",
    "Quintero",
    "Rahman",
    "Silva",
    "Tanaka",
    "Ueda",
    "Vasquez",
    "Whitfield",
    "Xu",
    "Yilmaz",
    "Zeller",
]

DESCRIPTIVE_NOTES = (
    "Four students at the back table explained to each other how they got 24.",
    "The learning target was read aloud and students repeated it to a partner.",
    "Two students used the proficiency scale on the wall to say where they were.",
    "Students chose between a number line and base-ten blocks to model the problem.",
    "The teacher asked 'How do you know?' three times in two minutes.",
    "A student asked the group 'What if we tried it with fractions?'",
    "Students moved to stations without directions after the timer sounded.",
    "Eleven of 24 students had their hands up during the turn-and-talk question.",
    "A student said: 'I'm stuck but I'm going to try another way.'",
    "Students gave each other feedback using the sentence stems on the table.",
)
WONDERINGS = (
    "I wonder how students decided which tool to use.",
    "I wonder what the students who were quiet were thinking during the discussion.",
    "I wonder how the scale is used on days without a posted target.",
)


# The parts of each school's day, as the school names them: (name, start, end).
PERIODS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Maple Hollow Elementary (demo)": (
        ("Literacy block", "08:45", "10:15"),
        ("Math block", "10:30", "11:45"),
        ("Science and social studies", "12:30", "13:30"),
        ("Intervention and enrichment", "13:35", "14:20"),
    ),
    "Riverbend Middle School (demo)": (
        ("Period 1", "08:00", "08:50"),
        ("Period 2", "08:55", "09:45"),
        ("Period 3", "09:50", "10:40"),
        ("Period 4", "10:45", "11:35"),
        ("Period 5", "12:15", "13:05"),
        ("Period 6", "13:10", "14:00"),
        ("Period 7", "14:05", "14:55"),
    ),
}
ROUTE_NAMES = {
    "Maple Hollow Elementary (demo)": "Front hall and back",
    "Riverbend Middle School (demo)": "Sixth-grade wing to eighth",
}
# When blast rounds start (school time, minutes after midnight): two a day,
# a third in the afternoon only if the count asked for needs it.
ROUND_STARTS = (8 * 60 + 30, 12 * 60 + 30)
LATE_ROUND_START = 14 * 60
# When rounds start (minutes after midnight) and how often: mornings far more than afternoons.
ROUND_TIMES = ((8 * 60, 3.0), (8 * 60 + 45, 4.0), (9 * 60 + 30, 3.0), (10 * 60 + 15, 2.0), (11 * 60, 1.2),
               (12 * 60 + 30, 1.5), (13 * 60 + 15, 1.0), (14 * 60, 0.7))
# Rooms of these subjects are stopped at more often (a district focus on mathematics and literacy).
SUBJECT_FAVOUR = {"Mathematics": 1.0, "English language arts": 0.95, "General": 0.9, "Science": 0.7,
                  "Social studies": 0.6, "Spanish": 0.55, "Art": 0.45, "Music": 0.45, "Physical education": 0.4}

# What hosts ask their visitors to notice, in their own words.
FOCUS_QUESTIONS = (
    "How do students decide which tool to use when they're stuck?",
    "Who does the talking in the turn-and-talk, and who waits for their partner to answer?",
    "When I ask 'How do you know?', what do students point to as evidence?",
    "What do students do in the first five minutes, before I give any directions?",
    "Do students use the success criteria on the board while they work, or only when I point to them?",
    "Which students ask a classmate for help before they ask me, and what happens when they do?",
    "How much Spanish do students use with each other when I'm not at their table?",
    "During the lab, what questions do students ask, and who do they ask?",
    "How do my newcomers get into the group discussion: the sentence frames, their partner, or not yet?",
    "What do students change in their draft after a partner gives them feedback?",
    "How long do the transitions between stations take, and who gets lost in them?",
    "Where in the lesson do students get to choose, and what do they choose?",
)
REFLECTIONS = (
    "Most groups reached for the calculator first; only two tried the number line. I had assumed the opposite.",
    "The same four students answered every report-out. The quiet ones were talking, just not to the whole class.",
    "Students pointed at the anchor chart more than at their own work when asked how they knew.",
    "The first five minutes were calmer than I expected; the warm-up on the door does its job.",
    "Nobody looked at the success criteria until I mentioned them. They are too far from the tables.",
    "I heard more Spanish at the back tables than at the front, which surprised me.",
    "Feedback from partners was kind but vague: 'good job' more than 'add a reason'.",
    "The station rotation lost about four minutes each time, mostly waiting for materials.",
)
NEXT_STEPS = (
    "Put the number line and the blocks on every table before the task and see what changes.",
    "Try numbered heads for report-outs and invite the same visitors back in three weeks.",
    "Move the success criteria onto a card at each table.",
    "Teach the feedback stems explicitly on Monday, with one strong and one weak example.",
    "Set up the materials before the bell so the rotation starts on time.",
    "Ask two students to be 'Spanish captains' at their tables for a week.",
    "Visit a colleague who uses talk moves and borrow one for next unit.",
    "Keep the warm-up routine and add a question students answer with a partner.",
)
