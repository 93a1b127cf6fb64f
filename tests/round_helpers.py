"""Shared set-up for the blast walkthrough tests: a 12-look-for framework and a small school."""

from __future__ import annotations

from dataclasses import dataclass

from role_helpers import first_admin

from walkthrough.core.frameworks import Framework, parse_framework
from walkthrough.core.model import Person, Role, Room, School
from walkthrough.storage import Repository

SECTIONS = ("Environment", "Talk", "Task")


def twelve_presence_toml(framework_id: str = "test-twelve-presence") -> str:
    """A blast framework of 12 presence look-fors in 3 sections."""
    lines = [
        f'id = "{framework_id}"', 'version = "1.0"', 'title = "Twelve presence look-fors (test)"',
        'modes = ["blast"]', "target_minutes = 3", 'teacher = "named"',
    ]
    for s, title in enumerate(SECTIONS):
        lines += ["[[sections]]", f'key = "s{s}"', f'title = "{title}"']
        for i in range(4):
            n = s * 4 + i + 1
            lines += ["[[sections.look_fors]]", f'key = "lf{n:02d}"', f'prompt = "Practice number {n} is seen"',
                      'response = "presence"']
    return "\n".join(lines) + "\n"


def presence_toml(count: int, framework_id: str = "test-presence", sections: int = 4) -> str:
    """A blast framework of ``count`` presence look-fors in ``sections`` sections, prompts of a real length."""
    lines = [
        f'id = "{framework_id}"', 'version = "1.0"', f'title = "{count} presence look-fors (test)"',
        'modes = ["blast"]', "target_minutes = 3", 'teacher = "named"',
    ]
    per = -(-count // sections)
    for n in range(1, count + 1):
        if (n - 1) % per == 0:
            s = (n - 1) // per
            lines += ["[[sections]]", f'key = "s{s}"', f'title = "Section {s + 1}"']
        lines += ["[[sections.look_fors]]", f'key = "lf{n:02d}"',
                  f'prompt = "Students do practice number {n} on their own, with care"', 'response = "presence"',
                  "evidence_note = true"]
    return "\n".join(lines) + "\n"


def install_presence(repo: Repository, count: int) -> Framework:
    text = presence_toml(count, f"test-presence-{count}")
    framework = parse_framework(text, f"presence-{count}.toml")
    repo.install_framework(framework, text)
    return framework


def install_twelve(repo: Repository) -> Framework:
    text = twelve_presence_toml()
    framework = parse_framework(text, "twelve.toml")
    repo.install_framework(framework, text)
    return framework


@dataclass(frozen=True)
class SmallSchool:
    school: School
    rooms: list[Room]
    teachers: list[Person]
    observer: Person


def small_school(repo: Repository, rooms: int = 5, *, profile: bool = True) -> SmallSchool:
    admin = first_admin(repo).id
    school = repo.add_school("Test Elementary", by=admin)
    teachers = [repo.add_person(f"Teacher {i + 1}", Role.TEACHER, school.id, by=admin) for i in range(rooms)]
    made = [repo.add_room(school.id, f"Room {101 + i}", teacher_id=t.id, by=admin) for i, t in enumerate(teachers)]
    observer = repo.person(admin)
    if profile:
        repo.switch_profile(observer.id)
    return SmallSchool(school, made, teachers, observer)
