"""What each command does with the services, and what it prints."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Callable

from app.cli.marking_commands import run_marking
from app.domain.errors import ExamStationError, KeyStoreError
from app.domain.station_id import parse_station_id
from app.fsutil import atomic_write
from app.services.context import Services
from app.cli.release_commands import RELEASE_ACTIONS

BACKUP_PASSPHRASE_ENV = "EXAMSTATION_BACKUP_PASSPHRASE"


def run_keys(services: Services, args: argparse.Namespace) -> int:
    keys = services.keys
    if args.action == "init":
        result = keys.init(args.role, args.name, args.store)
        print(f"Created {args.role} keys for '{result.identity.name}'.")
        print(f"Fingerprint: {result.identity.fingerprint}")
        print(f"Private keys are stored in {result.store}.")
        print(f"Next: `examstation keys export --role {args.role} -o FILE.json` and send that file.")
    elif args.action == "export":
        identity = keys.export(args.role, Path(args.output))
        print(f"Wrote {args.output}. Fingerprint: {identity.fingerprint} (read it aloud to confirm).")
    elif args.action == "backup":
        identity = keys.backup(args.role, Path(args.output), backup_passphrase(confirm=True))
        print(f"Wrote {args.output}: the {args.role} keys of '{identity.name}' ({identity.fingerprint}) and this "
              "home's trust list, sealed under the backup passphrase. Keep the file and the passphrase apart.")
    elif args.action == "restore":
        restored = keys.restore(Path(args.file), backup_passphrase(confirm=False), args.store)
        identity = restored.keys.identity
        print(f"Restored the {identity.role} keys of '{identity.name}'. Fingerprint: {identity.fingerprint}")
        for other in restored.trusted:
            print(f"Trusted again: {other.role} '{other.name}' {other.fingerprint}")
    elif args.action == "trust":
        identity = keys.trust(Path(args.file))
        what = "Trusted body" if identity.role == "body" else "Registered center"
        print(f"{what} '{identity.name}'. Fingerprint: {identity.fingerprint}")
        print("Confirm this fingerprint with them by phone before relying on it.")
    else:
        if keys.has("center"):
            print(f"station id: {services.home.station_id} (an attempt moved to this station names it: "
                  "attempt export --to)")
        for role in ("body", "center"):
            if keys.has(role):
                identity = keys.identity(role)
                print(f"{role}: {identity.name} {identity.fingerprint} ({keys.store_description(role)})")
            for other in keys.trusted(role):
                label = "trusted body" if role == "body" else "registered center"
                print(f"{label}: {other.name} {other.fingerprint}")
    return 0


def ask_passphrase(env: str, what: str, confirm: bool) -> str:
    """A passphrase from the environment variable `env`, else asked at the terminal (twice when
    it is being chosen). `what` names it: "key", "backup"."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise KeyStoreError(f"The {what} passphrase is needed and there is no terminal to ask for it.",
                            f"Set {env}.")
    phrase = getpass.getpass(f"{what.capitalize()} passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != phrase:
        raise KeyStoreError("The two passphrases differ.", "Run the command again.")
    return phrase


def backup_passphrase(confirm: bool) -> str:
    return ask_passphrase(BACKUP_PASSPHRASE_ENV, "backup", confirm)


def run_package(services: Services, args: argparse.Namespace) -> int:
    packages = services.packages
    if args.action == "build":
        result = packages.build(Path(args.source), [Path(p) for p in args.to], Path(args.output),
                                args.release_code, args.not_before, args.not_after,
                                Path(args.companion) if args.companion else None, args.skip_unsupported)
        if result.import_report:
            report_path = Path(args.output).with_suffix(".import-report.txt")
            atomic_write(report_path, (result.import_report + "\n").encode("utf-8"))
            print(result.import_report)
            print(f"The import report is also in {report_path}.")
        print(f"Built {result.path} ({_count(result.items, 'item')}, {_count(result.forms, 'form')}) for "
              f"{', '.join(result.centers)}. Package id {result.package_id}.")
    elif args.action == "validate":
        result = packages.validate(Path(args.source), Path(args.companion) if args.companion else None,
                                   args.skip_unsupported)
        if result.import_report:
            print(result.import_report)
        print(f"OK: {_count(result.items, 'item')} on {_count(result.forms, 'form')}; every key earns full marks. "
              "Build it with `examstation package build`.")
    elif args.action == "inspect":
        json.dump(packages.inspect(Path(args.package)), sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
        print()
    else:
        summary = packages.verify(Path(args.package), args.release_code)
        counts = ", ".join(_count(summary[k], noun) for k, noun in
                           (("items", "item"), ("forms", "form"), ("checklists", "checklist"), ("media", "media file")))
        print(f"OK: '{summary['title']}' version {summary['version']} opens on this station: {counts}.")
    return 0


def run_simulate(services: Services, args: argparse.Namespace) -> int:
    from app.services.simulate import simulate
    if args.candidates < 1:
        raise ExamStationError("--candidates must be at least 1.", "Give how many candidates to simulate.")
    if args.faults and not args.room:
        raise ExamStationError("--faults needs --room.", "Add --room, or leave out --faults.")
    if args.room:
        from app.services.simulate_room import simulate_room
        room = simulate_room(services, Path(args.package), args.release_code, args.candidates, args.seed,
                             args.faults)
        faults = ", ".join(f"{n} {what}" for what, n in sorted(room.faults.items())) or "none"
        print(f"{room.candidates} seats; faults: {faults}; {room.acknowledged} answers acknowledged on the "
              f"seats, {room.stored} stored on the station, {len(room.lost)} lost", file=sys.stderr)
        print(room.session_id)
        if room.lost:
            raise ExamStationError(f"{len(room.lost)} acknowledged answers are not on the station.",
                                   "Keep the station's database and report this.")
        return 0
    result = simulate(services, Path(args.package), args.release_code, args.candidates, args.seed)
    print(result.session_id)
    return 0


def run_results(services: Services, args: argparse.Namespace) -> int:
    results = services.results
    if args.action == "export":
        paths = (results.export_all(args.session, Path(args.output)) if args.all
                 else [results.export(args.session, Path(args.output))])
        print("\n".join(str(p) for p in paths))
        return 0
    if args.action == "verify":
        summary = results.verify(Path(args.bundle))
        extends = f", supplement to bundle {summary['extends']}" if summary["extends"] else ""
        print(f"OK: bundle {summary['bundle_id']} is intact and signed by '{summary['station']}' "
              f"({summary['station_fingerprint']}), session {summary['session']}, exam {summary['exam']}{extends}.")
        return 0
    if args.action == "pending":
        rows = results.pending_manual(getattr(args, "exam", None))
        for row in rows:
            print(f"{row['attempt_id']}  {row['item_id']}  (max {row['max_points']:g})  {row['candidate_number']}: "
                  f"{json.dumps(row['response'], ensure_ascii=False)}")
        print(f"{_count(len(rows), 'response')} waiting for a score.", file=sys.stderr)
        return 0
    if args.action == "score":
        outcome = results.score_manual(args.attempt, args.item, args.points, args.rater)
        state = "held for review" if outcome["held"] else "pass" if outcome["passed"] else "fail"
        print(f"Scored. The attempt now has {outcome['raw']:g} points ({outcome['percent']:.1f} %, written {state}); "
              f"{outcome['pending']} response(s) still to score.")
        return 0
    if args.action in RELEASE_ACTIONS:
        return RELEASE_ACTIONS[args.action](services, args)
    for bundle, report in results.import_bundles([Path(b) for b in args.bundles]):
        for held in report.held:  # stored, never a pass, until a person decides
            print(f"{bundle}: {held.line()}")
        print(f"{bundle}: {_import_summary(report)}")
    return 0


def _import_summary(report) -> str:
    if report.already_imported:
        return f"already imported (bundle {report.bundle_id}); nothing changed."
    done = []
    if report.attempts or not (report.extended or report.unchanged):
        done.append(f"imported {_count(report.attempts, 'attempt')} and {_count(report.responses, 'response')}")
    if report.extended:
        done.append(f"added what is new to {_count(report.extended, 'attempt')} imported before")
    if report.unchanged:
        done.append(f"{_count(report.unchanged, 'attempt')} already imported unchanged (nothing to do)")
    where = f" (a supplement to bundle {report.extends})" if report.extends else ""
    held = f"; {len(report.held)} held for review" if report.held else ""
    blank = f"; {_count(report.blank_scored, 'blank written answer')} given 0 points (nothing to read)" \
        if report.blank_scored else ""
    return f"{'; '.join(done)} from '{report.center}'{where}{held}{blank}."


def run_report(services: Services, args: argparse.Namespace) -> int:
    from app.services.reports import (
        CENTER_COLUMNS, FORM_COLUMNS, ITEM_COLUMNS, LEFT_OUT_COLUMNS, RATE_COLUMNS, RESULT_COLUMNS, to_csv,
    )
    reports = services.reports
    if args.kind == "results":
        rows, columns = reports.results(args.exam), RESULT_COLUMNS
    elif args.kind == "centers":
        rows, columns = reports.centers(args.exam), CENTER_COLUMNS
    elif args.kind == "rates":
        rows, columns = reports.pass_rates(args.exam), RATE_COLUMNS
    elif args.kind == "left-out":
        rows, columns = reports.left_out(args.exam), LEFT_OUT_COLUMNS
    elif args.kind == "forms":
        comparisons = reports.forms(args.exam)
        rows, columns = [row for c in comparisons for row in c.forms], FORM_COLUMNS
        for c in comparisons:  # the test of the difference, beside the table (as items prints alpha)
            print(f"{c.exam_id}: {c.test.line() if c.test else 'no test (fewer than two forms)'}",
                  file=sys.stderr if not args.csv else sys.stdout)
    else:
        forms = reports.items(args.exam)
        rows, columns = [row for form in forms for row in form.items], ITEM_COLUMNS
        for form in forms:
            r = form.reliability
            alpha = "n/a" if r.alpha is None else f"{r.alpha:.3f}"
            sem = "n/a" if r.sem is None else f"{r.sem:.2f}"
            print(f"{form.exam_id} form {form.form_id}: {r.n} attempts, {r.items} items, alpha (KR-20) {alpha}, "
                  f"SEM {sem} points, mean {r.mean:.2f}, SD {r.sd:.2f}, pass rate {form.pass_rate:.1%}",
                  file=sys.stderr if not args.csv else sys.stdout)
    if not rows:
        raise ExamStationError("No imported results match.", "Import result bundles first (results import).")
    text = to_csv(rows, columns)
    if args.csv:
        atomic_write(Path(args.csv), text.encode("utf-8"))
        print(f"Wrote {_count(len(rows), 'row')} to {args.csv}.")
    else:
        sys.stdout.write(text)
    return 0


def run_credential(services: Services, args: argparse.Namespace) -> int:
    from datetime import timedelta

    if args.action == "verify":
        return _verify_credential(services, args)
    credentials = services.credentials
    if args.action == "list":
        for row in credentials.issued():
            state = (f"revoked {row.revoked_at:%Y-%m-%d}: {row.revoked_reason}" if row.revoked_at else "valid")
            print(f"{row.credential_id}  {row.candidate_number}  {row.candidate_name}  {row.exam_id}  "
                  f"issued {row.issued_at:%Y-%m-%d}  {state}")
        return 0
    lifetime = timedelta(days=args.status_days)
    if args.action == "revoke":
        status = credentials.revoke(args.credential_id, args.reason, Path(args.output), lifetime)
        print(f"Revoked {args.credential_id}. Publish the new status list: {status}")
        return 0
    if args.action == "status":
        status = credentials.publish_status(Path(args.output), lifetime)
        print(f"Wrote {status}, current for {_count(args.status_days, 'day')}. Publish it, and a new one before then.")
        return 0
    report = credentials.issue(Path(args.output), args.exam, lifetime)
    for skipped in report.skipped:
        print(f"Not issued: attempt {skipped.attempt_id}, candidate number '{skipped.candidate_number}': "
              f"{skipped.reason}.", file=sys.stderr)
    print(f"Issued {_count(len(report.issued), 'credential')} into {args.output} "
          f"({report.already} issued before, {report.not_eligible} not eligible or pending"
          + (f", {len(report.skipped)} not issued: invalid candidate number" if report.skipped else "")
          + (f", {report.unreleased} passed but not released yet" if report.unreleased else "")
          + f"). Publish the status list: {report.status_list}")
    return 0


def _verify_credential(services: Services, args: argparse.Namespace) -> int:
    from app.services.credential_check import StatusListMemory, trust_anchors, verify_file
    result = verify_file(Path(args.file), trust_anchors(services.keys, args.issuer),
                         Path(args.status_list) if args.status_list else None, not args.no_status,
                         StatusListMemory(services.home.root))
    credential, anchor = result.credential, result.anchor
    if anchor:
        print(f"Issuer: {anchor.name or credential.issuer_name} ({credential.issuer_did}), fingerprint "
              f"{anchor.fingerprint or 'not known (trusted as a did:key)'}: trusted, {anchor.source}.")
    else:
        print(f"Issuer NOT checked: '{credential.issuer_name}' ({credential.issuer_did}) is only what the "
              "credential says of itself.")
    shape = " (ExamStation's earlier proof shape, without its @context)" if credential.legacy_proof else ""
    print(f"Proof: eddsa-jcs-2022{shape}, signature valid; dates valid.")
    print(f"Status: {result.status}.")
    if anchor is None:
        print("Integrity only: the file is intact and signed by the key it names, but anyone can make a key: "
              "nothing here shows that key is the body's.")
        raise ExamStationError("The credential's issuer was not checked: no trust anchor (this home has no body key "
                               "and trusts no body).", "Give --issuer BODY.json|DID, or trust the body with "
                                                       "`examstation keys trust BODY.json`.")
    checked = "issuer, signature and dates checked; revocation NOT checked" if args.no_status else \
        "issuer, signature, dates and status checked"
    print(f"OK: the credential is valid ({checked}).")
    return 0


def run_check(services: Services, args: argparse.Namespace, probes=()) -> int:
    from datetime import datetime, timezone

    from app.services.readiness import FAIL, run_checks, write_report
    results = run_checks(services, Path(args.package) if args.package else None, args.release_code, probes,
                         args.forbid)
    width = max(len(r.name) for r in results)
    for r in results:
        print(f"{r.status.upper():4}  {r.name:<{width}}  {r.detail}")
        if r.next_step:
            print(f"      {'':<{width}}  next: {r.next_step}")
    report = write_report(results, services.home.root, datetime.now(timezone.utc))
    failed = sum(r.status == FAIL for r in results)
    print(f"Report written to {report} (send it to your credential body if asked).")
    if failed:
        raise ExamStationError(f"{failed} check(s) failed: this station is not ready.", "Fix the items marked FAIL.")
    return 0


def run_attempt(services: Services, args: argparse.Namespace) -> int:
    if args.action == "import":
        services.transfer.check(Path(args.file))  # a wrong file is refused before the release code is needed
    opened = services.packages.open(Path(args.package), args.release_code)
    services.station.remember(opened)
    if args.action == "export":
        target = services.transfer.export(args.attempt, opened.exam, Path(args.output), args.by, args.to)
        print(f"Wrote {target}. The attempt is closed on this station; import it on station {parse_station_id(args.to)}, "
              "and only there.")
        return 0
    attempt_id = services.transfer.import_(Path(args.file), opened.exam)
    print(f"Attempt {attempt_id} is now on this station, paused; resume it from the console.")
    return 0


def run_tablet(services: Services, args: argparse.Namespace) -> int:
    """`tablet --pair`: pair an evaluator's tablet from the terminal, as `seat --pair` does."""
    tablet = services.tablet
    if args.name:
        tablet.set_seat_name(args.name)
    return _pair_or_explain(tablet, args, "tablet")


def run_seat(services: Services, args: argparse.Namespace) -> int:
    seat = services.seat
    if args.name:
        seat.set_seat_name(args.name)
    if args.simulate is not None:  # a headless simulated candidate (simulate --room starts these)
        from app.services.seat_simulation import sit_at_seat
        if args.supervised:  # started by the station on its computer: it ends with the station
            from app.services.station_pipe import StationPipe
            StationPipe().start()
        done = sit_at_seat(seat, args.station, args.answers, args.simulate, 0.03,
                           lambda line: print(line, flush=True))
        return 0 if done else 1
    return _pair_or_explain(seat, args, "seat")


def _pair_or_explain(machine, args: argparse.Namespace, what: str) -> int:
    """Pair a seat or a tablet at the terminal; its screen itself is started by the app."""
    if args.pair is not None:
        address = args.pair or _find_station()

        def show(code: str, station: str, center: str) -> None:
            print(f"Pairing code {code[:3]} {code[3:]}: tell the proctor at {station} ({center}); "
                  "they accept it if the station shows the same code.", flush=True)
        outcome = machine.pair(address, show)
        if not outcome.accepted:
            raise ExamStationError(f"The proctor did not accept this {what}.", "Check the code with the proctor and "
                                   "pair again.")
        print(f"Paired with {outcome.station_name} ({outcome.center_name}).")
        return 0
    raise ExamStationError(f"The {what}'s screen is started by the app, not here.", f"Run 'examstation {what}'.")


def _find_station() -> str:
    """`seat --pair` without an address: the one station announced on the network."""
    from app.services.discovery import SEARCH_SECONDS, search
    from app.services.room import DEFAULT_PORT
    print(f"Looking for proctor stations on this network ({SEARCH_SECONDS:.0f} seconds)…", flush=True)
    found = search()
    example = f"examstation seat --pair 192.168.1.20:{DEFAULT_PORT}"
    if found.problem:
        raise ExamStationError(found.problem, f"For example: {example} (the Room tab shows the address).")
    if not found.stations and found.refused:
        raise ExamStationError(f"Found a proctor station this seat cannot use: {found.refused[0]}",
                               f"Or give the address the station's Room tab shows: {example}.")
    if not found.stations:
        raise ExamStationError(f"No proctor station answered on this network within {SEARCH_SECONDS:.0f} seconds.",
                               "Check that the proctor has opened the room and that the firewall allows UDP port "
                               f"5353, or give the address the station's Room tab shows: {example}.")
    if len(found.stations) > 1:
        listed = "; ".join(f"{s.name} at {s.address}" for s in found.stations)
        raise ExamStationError(f"{len(found.stations)} proctor stations answered: {listed}.",
                               f"Pass the one the proctor names: examstation seat --pair {found.stations[0].address}")
    station = found.stations[0]
    print(f"Found {station.name} at {station.address}.", flush=True)
    return station.address


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "seat": run_seat, "tablet": run_tablet,
    "keys": run_keys, "package": run_package, "simulate": run_simulate, "results": run_results,
    "report": run_report, "credential": run_credential, "attempt": run_attempt, "marking": run_marking,
}
