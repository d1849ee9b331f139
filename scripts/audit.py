"""Audit the packages installed in .venv for known vulnerabilities with pip-audit.

    python3 scripts/audit.py           # exit 1 only when a known vulnerability is found
    python3 scripts/audit.py --strict  # also exit 1 when the audit could not be done

pip-audit asks a vulnerability service about every installed distribution (this project's
own editable install is skipped). It tries PyPI's JSON API first, then OSV. When neither
answers (an offline or mirrored-only machine), it says so plainly and how many packages went
unaudited instead of printing pip-audit's misleading "No known vulnerabilities found", and
exits 0 so CI is not failed by the network.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SERVICES = ("pypi", "osv")
PROJECT = "sociocs-contact-importer"


@dataclass
class Audit:
    """What one pip-audit run found."""

    service: str
    vulnerable: dict[str, list[str]] = field(default_factory=dict)
    audited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failure: str = ""


def run_pip_audit(service: str) -> Audit:
    """pip-audit of .venv's packages against ``service``, parsed."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "audit.json"
        command = [
            str(PYTHON),
            "-m",
            "pip_audit",
            "--path",
            str(_site_packages()),
            "--vulnerability-service",
            service,
            "--skip-editable",
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            str(output),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        except subprocess.TimeoutExpired:
            return Audit(service, failure="pip-audit timed out")
        if not output.exists():
            lines = (done.stderr or done.stdout).strip().splitlines()
            return Audit(service, failure=lines[-1] if lines else f"exit status {done.returncode}")
        report: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return _parse(service, report)


def _site_packages() -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    found = subprocess.run([str(PYTHON), "-c", code], capture_output=True, text=True, check=True)
    return Path(found.stdout.strip())


def _parse(service: str, report: dict[str, Any]) -> Audit:
    audit = Audit(service)
    for dependency in report.get("dependencies", []):
        name = f"{dependency['name']} {dependency.get('version', '')}".strip()
        if dependency["name"] == PROJECT:
            continue
        if "skip_reason" in dependency:
            audit.skipped.append(name)
            continue
        audit.audited.append(name)
        ids = [vuln["id"] + _fixed_in(vuln) for vuln in dependency.get("vulns", [])]
        if ids:
            audit.vulnerable[name] = ids
    return audit


def _fixed_in(vuln: dict[str, Any]) -> str:
    fixes = vuln.get("fix_versions") or []
    return f" (fixed in {', '.join(fixes)})" if fixes else ""


def main(argv: list[str]) -> int:
    """Audit with the first service that answers; print the outcome; return the exit status."""
    strict = "--strict" in argv
    if subprocess.run(
        [str(PYTHON), "-m", "pip_audit", "--version"], capture_output=True
    ).returncode:
        print("pip-audit is not installed in .venv: .venv/bin/pip install 'pip-audit>=2.7,<3'")
        return 1 if strict else 0
    attempts = []
    for service in SERVICES:
        audit = run_pip_audit(service)
        attempts.append(audit)
        if audit.audited:
            return _report(audit)
    print("Dependency audit NOT DONE: no vulnerability service could be used from this machine.")
    for audit in attempts:
        reason = audit.failure or (
            f"answered for none of the {len(audit.skipped)} packages "
            f"(e.g. {audit.skipped[0] if audit.skipped else '—'})"
        )
        print(f"  {audit.service}: {reason}")
    print("Run scripts/audit.py where pypi.org's JSON API or api.osv.dev is reachable.")
    return 1 if strict else 0


def _report(audit: Audit) -> int:
    print(f"Audited {len(audit.audited)} installed packages against {audit.service}.")
    if audit.skipped:
        print(f"Not audited ({len(audit.skipped)}): {', '.join(audit.skipped)}")
    if not audit.vulnerable:
        print("No known vulnerabilities.")
        return 0
    for name, ids in sorted(audit.vulnerable.items()):
        print(f"VULNERABLE {name}: {'; '.join(ids)}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
