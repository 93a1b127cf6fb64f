"""Everything that could refuse a bundle, found before any of it is written.

A big bundle is applied in several short transactions (see
:meth:`walkthrough.storage.sync_store.SyncStore.apply_bundle`), so that a tap
on another connection never waits long for the write lock. What a person
sees must still be "a bundle is imported whole, or refused and nothing
changed", so every refusal the apply could meet is looked for first, with
only reads and no write lock: each record's shape and hash (already done as
it is read), the frameworks it carries against this device's, every record's
meaning (its framework, look-for and answer, against the frameworks, visits
and rounds of the bundle and of this device), the sealed parts this device
can open, and every record this device already holds (or holds back for a
parent) for a copy that claims the same history with other content.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from walkthrough.core import lineage
from walkthrough.core.frameworks import Framework, FrameworkError, parse_framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.storage.sync_checks import RecordRefused, record, refused
from walkthrough.storage.sync_records import Incoming
from walkthrough.storage.sync_sealed import SealedStore
from walkthrough.storage.sync_tables import MAIN

_IN = 500  # ids per IN (...) query


def _entry(name: str, exc: RecordRefused) -> RecordRefused:
    exc.entry = name
    return exc


class BundleCheckStore(SealedStore):
    def _check_framework(self, entry: dict[str, Any]) -> tuple[Framework, bool]:
        """A bundle's framework version, read and checked against this device's (read only),
        and whether this device has it already."""
        fid, version, sha = entry.get("id"), entry.get("version"), entry.get("sha256")
        text = entry.get("source_text")
        if not all(isinstance(x, str) and x for x in (fid, version, sha, text)):
            raise refused(None, QT_TRANSLATE_NOOP("core", "a framework entry lacks its id, version, hash or text"))
        assert isinstance(fid, str) and isinstance(version, str) and isinstance(text, str)
        try:
            framework = parse_framework(text, f"framework '{fid}' version '{version}' in the bundle")
        except FrameworkError as exc:
            raise RecordRefused(exc.problems[0].as_message()) from None
        if (framework.id, framework.version, framework.sha256) != (fid, version, sha):
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "framework '{id}' version '{version}': its text does not match its id, version and hash"),
                id=fid, version=version)
        row = self.db.execute("SELECT sha256 FROM frameworks WHERE framework_id = ? AND version = ?",
                              [fid, version]).fetchone()
        if row is not None and row[0] != sha:
            here = str(row[0])
            raise refused(None, QT_TRANSLATE_NOOP("core",
                "framework '{id}' version '{version}' has hash {there}… in the bundle but {here}… on this device: "
                "the same version was changed on one of them; give the changed file a new version number"),
                id=fid, version=version, there=str(sha)[:12], here=here[:12])
        return framework, row is not None

    def _check_bundle(self, frameworks: Sequence[dict[str, Any]], parsed: Sequence[Incoming],
                      sealed: Sequence[dict[str, Any]]) -> None:
        """Raise :class:`RecordRefused` (naming its entry) for whatever would refuse the bundle."""
        for entry in frameworks:
            try:
                framework, _exists = self._check_framework(entry)
            except RecordRefused as exc:
                raise _entry("frameworks.jsonl", exc) from None
            self._cache()[(framework.id, framework.version)] = framework  # known to the checks below
        self.__dict__.pop("_absent_ids", None)  # what an earlier bundle's check found
        self._learn_visits_and_rounds(parsed)
        opened: list[Incoming] = []
        for part in sealed:
            try:
                opened.extend(self._sealed_incoming(part))
            except RecordRefused as exc:
                raise _entry("sealed.jsonl", exc) from None
        self._learn_visits_and_rounds(opened)
        for name, records in (("records.jsonl", parsed), ("sealed.jsonl", opened)):
            try:
                self._check_meanings(records)
                self._check_histories(records)
            except RecordRefused as exc:
                raise _entry(name, exc) from None

    def _check_meanings(self, records: Sequence[Incoming]) -> None:
        """:meth:`_check_meaning` of each record. Most are answers a look-for of the same visit's
        framework has been found to take already (``check_response``'s memo): those are passed
        over here, on the same test, without the calls that would find it out."""
        memo: set[tuple[object, ...]] = self.__dict__.setdefault("_fitting_answers", set())
        visits: dict[str, tuple[str, str, str]] = self.__dict__.setdefault("_observation_meta_cache", {})
        for number, incoming in enumerate(records):
            if number % 64 == 0:
                self.step_aside()
            if incoming.spec.table == "responses" and incoming.part == MAIN:
                values = incoming.state.values
                visit = visits.get(values["observation_id"])  # type: ignore[call-overload]
                if visit is not None and (*visit, values["look_for_key"], values["value"], values["not_applicable"],
                                          values["deleted"]) in memo:
                    continue
            self._check_meaning(incoming)

    def _learn_visits_and_rounds(self, records: Iterable[Incoming]) -> None:
        """What the bundle says of the visits and rounds that are not here yet (their answers
        are checked against their framework before they are written)."""
        visits = {i.record_id: i.state.values for i in records if i.part == MAIN and i.spec.table == "observations"}
        rounds = {i.record_id: i.state.values for i in records if i.part == MAIN and i.spec.table == "rounds"}
        meta: dict[str, tuple[str, str, str]] = self.__dict__.setdefault("_observation_meta_cache", {})
        round_meta: dict[str, tuple[str, str]] = self.__dict__.setdefault("_round_meta_cache", {})
        for table, found in (("observations", visits), ("rounds", rounds)):
            ids = list(found)
            here: set[str] = set()
            for start in range(0, len(ids), _IN):
                chunk = ids[start:start + _IN]
                here |= {r[0] for r in self.db.execute(
                    f"SELECT id FROM {table} WHERE id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall()}
            for record_id, values in found.items():
                if record_id in here:
                    continue  # this device's copy says what it is
                if table == "observations":
                    meta.setdefault(record_id, (str(values["kind"]), str(values["framework_id"]),
                                                str(values["framework_version"])))
                else:
                    round_meta.setdefault(record_id, (str(values["framework_id"]), str(values["framework_version"])))

    def _check_histories(self, records: Sequence[Incoming]) -> None:
        """No record may claim a write this device (or the bundle itself) knows with other content."""
        by_kind: dict[tuple[str, str], list[Incoming]] = {}
        for incoming in records:
            by_kind.setdefault((incoming.spec.table, incoming.part), []).append(incoming)
        held = {(t, p, i): body for t, p, i, body in self.db.execute(
            "SELECT table_name, part, record_id, body FROM sync_held").fetchall()}
        # Ids not here when the bundle was checked: the apply need not look them up again (one
        # written since, by another connection or twice in the bundle, fails the insert, and
        # that chunk goes record by record: see ``SyncApplyStore._apply_chunk``).
        absent: dict[tuple[str, str], set[str]] = self.__dict__.setdefault("_absent_ids", {})
        for (table, part), found in by_kind.items():
            spec = found[0].spec
            names = spec.part_fields(part)
            lineage_col, hash_col = spec.columns(part)[:2]
            ids = [i.record_id for i in found]
            if spec.unique and self._alias_map():  # no aliases here (the usual case): nothing to follow
                ids = [self._resolve(table, i) for i in ids]
            local: dict[str, lineage.Part] = {}
            same: dict[str, tuple[str, str]] = {}  # id -> (lineage, hash) as held here
            rows: dict[str, tuple[Any, ...]] = {}
            present: set[str] = set()  # with or without a lineage
            for start in range(0, len(ids), _IN):
                self.step_aside()
                chunk = ids[start:start + _IN]
                for row in self.db.execute(
                        f"SELECT id, origin_device, {lineage_col}, {hash_col}, {', '.join(names)} FROM {table}"
                        f" WHERE id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall():
                    present.add(row[0])
                    if row[2] is not None:
                        rows[row[0]] = row
                        same[row[0]] = (row[2], row[3])
            if part == MAIN and not self._alias_map():
                absent[(table, part)] = {i for i in ids if i not in present}
            # A record this device has no copy of, held for nothing and once in the bundle has
            # nothing to agree with: found out for the whole kind at once, most of a first import.
            held_here = {i for t, p, i in held if (t, p) == (table, part)}
            once = len(set(ids)) == len(ids)
            if once and not rows and not held_here:
                continue
            for record_id, incoming in zip(ids, found, strict=True):
                if once and record_id not in rows and incoming.record_id not in held_here:
                    continue
                if (record_id in same and same[record_id][1] == incoming.line.get("h")
                        and same[record_id][0] == lineage.canonical(incoming.line.get("l"))
                        and (table, part, incoming.record_id) not in held):
                    continue  # the very copy this device holds (a bundle read again)
                row = rows.get(record_id)
                if row is not None and record_id not in local:
                    local[record_id] = lineage.from_json(row[2], str(row[1] or ""),
                                                         dict(zip(names, row[4:], strict=True)))
                mine = local.get(record_id)
                if (table, part, incoming.record_id) in held:
                    earlier = self._parse_line(_json(held[(table, part, incoming.record_id)]))
                    mine = earlier.state if mine is None else _joined(mine, earlier.state, incoming)
                local[record_id] = incoming.state if mine is None else _joined(mine, incoming.state, incoming)


def _json(text: str) -> object:
    import json

    return json.loads(text)


def _joined(mine: lineage.Part, theirs: lineage.Part, incoming: Incoming) -> lineage.Part:
    order = lineage.compare(theirs.vv, mine.vv)
    if order is lineage.Order.DESCENDS:
        return theirs
    if order is lineage.Order.DESCENDED:
        return mine
    try:
        return lineage.merge(mine, theirs)
    except lineage.SameDotDifferentValue as exc:
        raise refused(record(incoming.spec.table, incoming.record_id), QT_TRANSLATE_NOOP("core",
            "this device holds the same history with different content ({problem})"), problem=str(exc)) from None
