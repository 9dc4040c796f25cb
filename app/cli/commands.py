"""What each command does with the services, and what it prints."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from app.services.context import Services


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
    elif args.action == "trust":
        identity = keys.trust(Path(args.file))
        what = "Trusted body" if identity.role == "body" else "Registered center"
        print(f"{what} '{identity.name}'. Fingerprint: {identity.fingerprint}")
        print("Confirm this fingerprint with them by phone before relying on it.")
    else:
        for role in ("body", "center"):
            if keys.has(role):
                identity = keys.identity(role)
                print(f"{role}: {identity.name} {identity.fingerprint} ({keys.store_description(role)})")
            for other in keys.trusted(role):
                label = "trusted body" if role == "body" else "registered center"
                print(f"{label}: {other.name} {other.fingerprint}")
    return 0


def run_package(services: Services, args: argparse.Namespace) -> int:
    packages = services.packages
    if args.action == "build":
        result = packages.build(Path(args.source), [Path(p) for p in args.to], Path(args.output),
                                args.release_code, args.not_before, args.not_after)
        print(f"Built {result.path} ({_count(result.items, 'item')}, {_count(result.forms, 'form')}) for "
              f"{', '.join(result.centers)}. Package id {result.package_id}.")
    elif args.action == "inspect":
        json.dump(packages.inspect(Path(args.package)), sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
        print()
    else:
        summary = packages.verify(Path(args.package), args.release_code)
        counts = ", ".join(_count(summary[k], noun) for k, noun in
                           (("items", "item"), ("forms", "form"), ("checklists", "checklist"), ("media", "media file")))
        print(f"OK: '{summary['title']}' version {summary['version']} opens on this station: {counts}.")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "keys": run_keys, "package": run_package,
}
