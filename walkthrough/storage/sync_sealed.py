"""Private peer-visit content in a bundle: sealed to the people in the visit.

While a peer visit is private, what belongs to its people travels sealed
(:mod:`walkthrough.core.sealing`), in *groups*, each sealed to the public
keys of exactly the people who may read it
(:func:`walkthrough.core.privacy.bundle_carriage` decides what is sealed):

- ``plan:<visit id>``: the plan's focus, consent and debrief, to the host and
  every visitor;
- ``visitor:<visitor row id>``: one visitor's notes (the observation, its
  responses and notes, and the plan's link to it), to the host and that visitor;
- ``observation:<hash>``: the notes of a peer visit made without a plan, to
  its host and visitor.

A device that holds a recipient's private key opens the group and merges its
records like any others; any other device keeps the sealed group as it came
(``sealed_parts``), to pass it on, and never shows or counts it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from walkthrough.core import privacy, sealing
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.core.lineage import LineageText
from walkthrough.core.model import ObservationKind, Visibility
from walkthrough.storage.peer_store import PeerVisitStore
from walkthrough.storage.sync_apply import SyncApplyStore
from walkthrough.storage.sync_checks import RecordRefused, refused
from walkthrough.storage.sync_records import Applied, Incoming
from walkthrough.storage.sync_tables import MAIN, PRIVATE, TABLES, Synced

log = logging.getLogger("walkthrough.storage.sync")

MAX_SEALED_TEXT = 64 * 1024 * 1024


@dataclass
class Group:
    visit_id: str | None
    readers: set[str]  # person ids
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (table, part, id)


@dataclass
class GroupIndex:
    """Which records are private peer content, and the group each is sealed in."""

    groups: dict[str, Group]
    plan_group: dict[str, str]  # visit id -> group
    visitor_group: dict[str, str]  # visitor row id -> group
    observation_group: dict[str, str]  # observation id -> group

    def group_of(self, table: str, part: str, record_id: str, values: dict[str, Any]) -> str | None:
        if table == "peer_visits" and part == PRIVATE:
            return self.plan_group.get(record_id)
        if table == "peer_visitors" and part == PRIVATE:
            return self.visitor_group.get(record_id)
        if table == "observations":
            return self.observation_group.get(record_id)
        if table in ("responses", "notes"):
            return self.observation_group.get(str(values.get("observation_id")))
        return None


class SealedStore(SyncApplyStore, PeerVisitStore):
    def _group_index(self) -> GroupIndex:
        groups: dict[str, Group] = {}
        plans: dict[str, str] = {}
        visitors: dict[str, str] = {}
        observations: dict[str, str] = {}
        sealed_plan: dict[str, str] = {}
        known_here: set[str] = set()  # plans whose private part this device holds (it can seal them)
        for visit_id, host_id, visibility, private_lineage in self.db.execute(
                "SELECT id, host_id, visibility, private_lineage FROM peer_visits").fetchall():
            if privacy.plan_bundle_carriage(Visibility(visibility), privacy.PlanPart.FOCUS) is privacy.Carriage.SEALED:
                sealed_plan[visit_id] = host_id
                if private_lineage is not None:
                    known_here.add(visit_id)
        rows = self.db.execute("SELECT id, visit_id, visitor_id, observation_id FROM peer_visitors").fetchall()
        for visit_id in sealed_plan:
            readers: set[str] = set()
            if visit_id in known_here:  # the host's words go to the host and the visitors the host agreed to
                plan = self.peer_visit(visit_id)
                readers = {p for p in plan.participants() if privacy.may_read_plan(plan, p)}
            gid = f"plan:{visit_id}"
            groups[gid] = Group(visit_id, readers, [("peer_visits", PRIVATE, visit_id)])
            plans[visit_id] = gid
        for row_id, visit_id, visitor_id, observation_id in rows:
            if visit_id not in sealed_plan:
                continue
            gid = f"visitor:{row_id}"
            groups[gid] = Group(visit_id, {sealed_plan[visit_id], visitor_id}, [("peer_visitors", PRIVATE, row_id)])
            visitors[row_id] = gid
            if observation_id:
                observations[observation_id] = gid
        for obs_id, teacher_id, observer_id, kind, visibility in self.db.execute(
                "SELECT id, teacher_id, observer_id, kind, visibility FROM observations WHERE kind = 'peer'"
                " AND visibility = 'private'").fetchall():
            if privacy.bundle_carriage(ObservationKind(kind), Visibility(visibility)) is not privacy.Carriage.SEALED:
                continue
            linked = observations.get(obs_id)
            if linked is None:
                linked = "observation:" + hashlib.sha256(obs_id.encode()).hexdigest()[:32]
                groups[linked] = Group(None, {p for p in (teacher_id, observer_id) if p})
                observations[obs_id] = linked
            groups[linked].members.append(("observations", MAIN, obs_id))
        return GroupIndex(groups, plans, visitors, observations)

    def _part_lines(self, spec: Synced, part: str, where: str, params: list[Any], *,
                    as_stored: bool = False) -> list[dict[str, Any]]:
        """The lines of the parts ``where`` selects; ``as_stored``: each lineage as the text this device
        stores (a :class:`~walkthrough.core.lineage.LineageText`), for the bundle file's writer."""
        names = spec.part_fields(part)
        lineage_col, hash_col, _, _ = spec.columns(part)
        if part == PRIVATE:
            where += f" AND {lineage_col} IS NOT NULL"
        cursor = self.db.execute(
            f"SELECT id, origin_device, {lineage_col}, {hash_col}, updated_at, {', '.join(names)}"
            f" FROM {spec.table} WHERE {where} ORDER BY usn", params)
        lines = []
        read = LineageText if as_stored else json.loads
        for row in cursor.fetchall():
            line: dict[str, Any] = {"t": spec.table, "id": row[0], "o": row[1], "l": read(row[2]),
                                    "h": row[3], "u": row[4], "v": dict(zip(names, row[5:], strict=True))}
            if part != MAIN:
                line["p"] = part
            lines.append(line)
        return lines

    def _group_lines(self, group: Group) -> list[dict[str, Any]]:
        lines: list[dict[str, Any]] = []
        for table, part, record_id in group.members:
            spec = TABLES[table]
            lines += self._part_lines(spec, part, "id = ?", [record_id])
            if table == "observations":
                for child in ("responses", "notes"):
                    lines += self._part_lines(TABLES[child], MAIN, "observation_id = ?", [record_id])
        return lines

    def _seal_groups(self, groups: dict[str, Group], seq: int) -> list[dict[str, Any]]:
        """Seal each group to its readers' keys; a group none of whose readers has a key yet
        stays on this device (counted in ``_unsealed``) and goes out once a key arrives."""
        sealed: list[dict[str, Any]] = []
        self._unsealed: list[str] = []
        for gid in sorted(groups):
            group = groups[gid]
            lines = self._group_lines(group)
            if not lines:
                continue
            keys = self._public_keys(group.readers)
            if not keys:
                self._unsealed.append(gid)
                continue
            content = "\n".join(json.dumps(ln, ensure_ascii=False, separators=(",", ":")) for ln in lines)
            box = sealing.seal(content.encode("utf-8"), keys)
            sealed.append({"g": gid, "visit": group.visit_id, "src": self._device, "seq": seq, "r": box.keys,
                           "box": box.box})
        return sealed

    def _relayed_parts(self, since: int, own_only: bool) -> list[dict[str, Any]]:
        sql = "SELECT group_id, visit_id, source_device, seq, recipients, box FROM sealed_parts WHERE usn > ?"
        if own_only:
            sql += " AND outbox = 1"
        return [{"g": g, "visit": v, "src": s, "seq": q, "r": json.loads(r), "box": b}
                for g, v, s, q, r, b in self.db.execute(sql, [since]).fetchall()]

    def _framework_keys_of_groups(self, groups: dict[str, Group]) -> set[tuple[str, str]]:
        ids = [m[2] for g in groups.values() for m in g.members if m[0] == "observations"]
        found: set[tuple[str, str]] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            found |= {(r[0], r[1]) for r in self.db.execute(
                f"SELECT framework_id, framework_version FROM observations WHERE id IN ({marks})", chunk).fetchall()}
        return found

    # In ---------------------------------------------------------------------------------
    def _sealed_fields(self, part: dict[str, Any]) -> tuple[str, str, int, dict[str, str], str, str | None]:
        """A sealed part's group, source device, sequence, recipients, box and visit, checked."""
        gid, src, seq, readers, box = (part.get(k) for k in ("g", "src", "seq", "r", "box"))
        visit = part.get("visit")
        if not (isinstance(gid, str) and isinstance(src, str) and isinstance(seq, int) and isinstance(box, str)
                and isinstance(readers, dict) and all(isinstance(k, str) and isinstance(v, str)
                                                      for k, v in readers.items())
                and (visit is None or isinstance(visit, str))):
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "a sealed part is not group, source, sequence, recipients and box"))
        if len(box) > MAX_SEALED_TEXT:
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "sealed part {gid} is larger than a peer visit can be"), gid=gid)
        return gid, src, seq, readers, box, visit

    def _open_part(self, gid: str, readers: dict[str, str], box: str) -> bytes | None:
        """The part's content, when this device holds a recipient's key (``None`` otherwise)."""
        keys = self._openable_keys()
        mine = [k for k in readers if k in keys]
        if not mine:
            return None
        try:
            return sealing.open_sealed(readers[mine[0]], box, keys[mine[0]])
        except sealing.SealError as exc:
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "sealed part {gid}: {problem}"), gid=gid, problem=str(exc)) from None

    def _sealed_incoming(self, part: dict[str, Any]) -> list[Incoming]:
        """The records a sealed part will bring here, read and checked without writing
        (for the check of a whole bundle before it is applied)."""
        gid, src, _seq, readers, box, _visit = self._sealed_fields(part)
        if src == self._device:
            return []
        content = self._open_part(gid, readers, box)
        return [] if content is None else [self._parse_line(line) for line in self._content_lines(gid, content)]

    def _take_sealed(self, part: dict[str, Any], done: Applied, *, outbox: bool) -> None:
        gid, src, seq, readers, box, visit = self._sealed_fields(part)
        if src == self._device:
            return  # our own, come back
        content = self._open_part(gid, readers, box)
        if content is not None:
            self._apply_sealed_content(gid, content, done, outbox=outbox)
            return
        row = self.db.execute("SELECT seq FROM sealed_parts WHERE group_id = ? AND source_device = ?",
                              [gid, src]).fetchone()
        if row is not None and int(row[0]) >= seq:
            done.unchanged += 1
            return
        self.db.execute(
            "INSERT OR REPLACE INTO sealed_parts (group_id, source_device, seq, visit_id, recipients, box, usn,"
            " outbox) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [gid, src, seq, visit, json.dumps(readers, sort_keys=True), box, self._next_usn(), int(outbox)])
        done.changed_tables.add("sealed_parts")

    @staticmethod
    def _content_lines(gid: str, content: bytes) -> list[Any]:
        try:
            lines = [json.loads(text) for text in content.decode("utf-8").splitlines() if text.strip()]
        except (UnicodeDecodeError, ValueError):
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "sealed part {gid}: its content is not JSON lines"), gid=gid) from None
        order = {t: i for i, t in enumerate(TABLES)}
        lines.sort(key=lambda ln: (order.get(str(ln.get("t")), 99), ln.get("p", MAIN) != MAIN)
                   if isinstance(ln, dict) else (99, True))
        return lines

    def _apply_sealed_content(self, gid: str, content: bytes, done: Applied, *, outbox: bool) -> None:
        for line in self._content_lines(gid, content):
            self._apply_incoming(self._parse_line(line), done, outbox=outbox)

    def open_pending_sealed(self) -> Applied:
        """Open what was kept sealed and can be opened now (a profile's key was just unlocked)."""
        done = Applied()
        keys = self._openable_keys()
        if not keys:
            return done
        rows = self.db.execute("SELECT group_id, source_device, recipients, box FROM sealed_parts").fetchall()
        openable = [(g, s, json.loads(r), b) for g, s, r, b in rows if set(json.loads(r)) & set(keys)]
        if not openable:
            return done
        self._reset_sync_caches()
        try:
            with self.transaction():
                for gid, src, readers, box in openable:
                    kid = next(k for k in readers if k in keys)
                    try:
                        content = sealing.open_sealed(readers[kid], box, keys[kid])
                    except sealing.SealError:
                        log.warning("a sealed part kept on this device does not open")
                        continue
                    self._apply_sealed_content(gid, content, done, outbox=True)
                    self.db.execute("DELETE FROM sealed_parts WHERE group_id = ? AND source_device = ?", [gid, src])
                self._apply_held(done, outbox=True)
                self._derive_peer_visibility()
        except RecordRefused as exc:
            log.warning("sealed content kept on this device could not be applied: %s", exc)
            self._reset_sync_caches()
            return Applied()
        return done

    def _mark_reseal_for(self, person_id: str) -> None:
        index = self._group_index()
        for gid, group in index.groups.items():
            if person_id in group.readers and self._holds_plaintext(group):
                self.db.execute("INSERT OR IGNORE INTO sync_reseal (group_id) VALUES (?)", [gid])

    def _holds_plaintext(self, group: Group) -> bool:
        for table, part, record_id in group.members:
            spec = TABLES[table]
            lineage_col = spec.columns(part)[0]
            row = self.db.execute(f"SELECT {lineage_col} FROM {table} WHERE id = ?", [record_id]).fetchone()
            if row is not None and row[0] is not None:
                return True
        return False

    def sealed_parts_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sealed_parts").fetchone()[0])
