"""Configuration: ``[tool.credlint]`` in pyproject.toml, or credlint.toml / .credlint.toml.

The file is found by walking up from the first linted path (or the working
directory); ``--config`` names one explicitly. Every key is validated: an
unknown key or a value of the wrong type is one clear error line and exit 2,
never a silently ignored setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from lint.context import KnownPerson
from lint.errors import ConfigError
from lint.findings import SEVERITIES
from lint.loader import DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, parse_size

CONFIG_FILES = ("credlint.toml", ".credlint.toml", "pyproject.toml")
DEFAULT_FAIL_UNDER = 80.0


@dataclass
class Config:
    """Settings from the config file, before command-line options are applied."""

    path: Path | None = None
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_under: float = DEFAULT_FAIL_UNDER
    fail_on: str = "error"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    rule_packs: tuple[Path, ...] = ()
    known_people: tuple[KnownPerson, ...] = ()
    known_organizations: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    as_of: date | None = None
    jobs: int | None = None
    cache: bool = True
    report_unused_suppressions: bool = False
    #: Labels that mark a piece as opinion (TON003); None: the built-in list.
    opinion_labels: tuple[str, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _str_list(key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
    return tuple(value)


def _number(key: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ConfigError(f"{key}: expected a number from {low:g} to {high:g}, got {value!r}")
    return float(value)


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    return value


def parse_as_of(key: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{key}: expected a date as YYYY-MM-DD, got {value!r}") from None


def _per_file_ignores(key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: expected a table of glob = [codes]")
    return tuple((glob, _str_list(f"{key}.{glob}", codes)) for glob, codes in value.items())


def _known_people(key: str, value: Any) -> tuple[KnownPerson, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{key}: expected a list of names or {{name, affiliation}} tables")
    out = []
    for item in value:
        if isinstance(item, str) and item.strip():
            out.append(KnownPerson(item.strip()))
        elif (
            isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and set(item) <= {"name", "affiliation"}
            and isinstance(item.get("affiliation", ""), str)
        ):
            out.append(KnownPerson(item["name"].strip(), item.get("affiliation", "").strip()))
        else:
            raise ConfigError(f"{key}: each entry must be a name or {{name = \"…\", affiliation = \"…\"}}, got {item!r}")
    return tuple(out)


def _known_organizations(key: str, value: Any) -> tuple[str, ...]:
    names = _str_list(key, value)
    if any(not n.strip() for n in names):
        raise ConfigError(f"{key}: an organisation name cannot be empty")
    return tuple(n.strip() for n in names)


def _jobs(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{key}: expected a whole number ≥ 1, got {value!r}")
    return value


def _fail_on(key: str, value: Any) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"{key}: expected one of {', '.join(SEVERITIES)}, got {value!r}")
    return str(value)


#: config key -> (Config attribute, parser)
KEYS: dict[str, tuple[str, Callable[[str, Any], Any]]] = {
    "select": ("select", _str_list),
    "ignore": ("ignore", _str_list),
    "extend-select": ("extend_select", _str_list),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "fail-under": ("fail_under", lambda k, v: _number(k, v, 0, 100)),
    "fail-on": ("fail_on", _fail_on),
    "include": ("include", _str_list),
    "exclude": ("exclude", _str_list),
    "force-exclude": ("force_exclude", _bool),
    "respect-gitignore": ("respect_gitignore", _bool),
    "rule-packs": ("rule_packs", _str_list),
    "known-people": ("known_people", _known_people),
    "known-organizations": ("known_organizations", _known_organizations),
    "max-file-size": ("max_file_size", lambda k, v: parse_size(v)),
    "as-of": ("as_of", parse_as_of),
    "jobs": ("jobs", _jobs),
    "cache": ("cache", _bool),
    "report-unused-suppressions": ("report_unused_suppressions", _bool),
    "opinion-labels": ("opinion_labels", _str_list),
}


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only a run that has a config file to read pays for the parser (about 5 ms)

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _section(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        section = tool.get("credlint") if isinstance(tool, dict) else None
        if section is not None and not isinstance(section, dict):
            raise ConfigError(f"{path}: [tool.credlint] must be a table")
        return section
    return data


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate_dir / name
            if path.is_file():
                if name != "pyproject.toml" or _section(path, _read_toml(path)) is not None:
                    return path
    return None


def parse_config(path: Path, section: dict[str, Any]) -> Config:
    cfg = Config(path=path)
    for key, value in section.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
        attr, parser = KEYS[key]
        try:
            setattr(cfg, attr, parser(key, value))
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    # relative to the config file; "plugin:NAME" names an installed plugin's pack
    cfg.rule_packs = tuple(Path(p) if str(p).startswith("plugin:") else path.parent / p for p in cfg.rule_packs)
    return cfg


def load_config(explicit: Path | None, first_path: str | None) -> Config:
    """Load ``--config`` or the config found near the first path; defaults otherwise."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        section = _section(explicit, _read_toml(explicit))
        if section is None:
            raise ConfigError(f"{explicit}: no [tool.credlint] table in this pyproject.toml")
        return parse_config(explicit, section)
    start = Path(first_path) if first_path and first_path != "-" and Path(first_path).exists() else Path.cwd()
    found = find_config(start)
    if found is None:
        return Config()
    section = _section(found, _read_toml(found)) or {}
    return parse_config(found, section)
