"""The sandboxed Jinja2 environment chapter templates run in; values are escaped for Markdown."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from smkonzept.german import counted, date_de, interval, month_de
from smkonzept.markdown import Markdown, escape

__all__ = ["FILTERS", "FUNCTIONS", "render_template", "template_environment"]


def bullets(items: Iterable[Any]) -> Markdown:
    """A Markdown bullet list; items that are not Markdown are escaped."""
    lines = []
    for item in items:
        text = escape(item).replace("\n", "\n  ")
        lines.append(f"- {text}")
    return Markdown.trusted("\n".join(lines))


def join_and(items: Iterable[Any]) -> Markdown:
    """„A, B und C“ from the escaped items."""
    parts = [escape(item) for item in items]
    if len(parts) < 2:
        return Markdown.trusted("".join(parts))
    return Markdown.trusted(", ".join(parts[:-1]) + " und " + parts[-1])


def cell(value: Any) -> Markdown:
    """Text for a pipe-table cell: one line, pipes escaped; a list becomes its items in a row."""
    items = value if isinstance(value, (list, tuple)) else [value]
    text = " ".join(" ".join(escape(item) for item in items).split())
    return Markdown.trusted(re.sub(r"(?<!\\)\|", r"\\|", text))


def heading(level: int, title: str, identifier: str = "") -> Markdown:
    """An ATX heading of ``level`` with the escaped ``title`` and an optional id."""
    attributes = f" {{#{identifier}}}" if identifier else ""
    return Markdown.trusted("#" * level + " " + escape(title) + attributes)


def link(url: str, text: str | None = None) -> Markdown:
    """A Markdown link to an http(s) or mailto address; other schemes render as plain text."""
    label = escape(text if text is not None else url)
    if not url.startswith(("https://", "http://", "mailto:")) or any(c in url for c in " <>()\n"):
        return Markdown.trusted(label)
    return Markdown.trusted(f"[{label}](<{url}>)")


def account_link(account: Any) -> Markdown:
    """The account's name, linked to its address when it has one."""
    return link(account.url, account.name) if account.url else Markdown.trusted(escape(account.name))


def email(address: str) -> Markdown:
    """A mailto link for an e-mail address."""
    return link(f"mailto:{address}", address)


def in_sentence(name: str) -> str:
    """A name for the middle of a sentence: a leading article „Der“, „Die“ or „Das“ in lower case."""
    for article in ("Der ", "Die ", "Das "):
        if name.startswith(article):
            return article.lower() + name[len(article):]
    return name


def ruling(entry: Any) -> Markdown:
    """One dated decision or position: „Body, date, reference: holding (status).“ with its first source linked."""
    reference = escape(entry.reference)
    if entry.sources:
        reference = link(entry.sources[0], entry.reference)
    status = f" Stand des Verfahrens: {escape(entry.status)}." if entry.status else ""
    when = date_de(entry.date) if getattr(entry, "day_known", True) else month_de(entry.date)
    return Markdown.trusted(f"{escape(entry.body)}, {when}, {reference}: {escape(entry.holding)}{status}")


FILTERS = {
    "account_link": account_link,
    "bullets": bullets,
    "cell": cell,
    "join_and": join_and,
    "interval": interval,
    "date_de": date_de,
    "link": link,
    "email": email,
    "counted": counted,
    "ruling": ruling,
    "in_sentence": in_sentence,
}
"""The filters templates can use, by name (docs/plugins.md, „Filter“, describes each)."""

FUNCTIONS = {"heading": heading}
"""The functions templates can call, by name (docs/plugins.md, „Funktionen“)."""


@cache
def template_environment() -> SandboxedEnvironment:
    """The one sandboxed environment every chapter template is compiled in."""
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        finalize=escape,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(FILTERS)
    env.globals.update(FUNCTIONS)
    return env


@cache
def _compile(source: str) -> jinja2.Template:
    env = template_environment()
    return env.template_class.from_code(env, _code(env, source), env.make_globals(None), None)


def _code(env: SandboxedEnvironment, source: str) -> CodeType:
    """The template's compiled Python code, from the on-disk cache when it holds it.

    Compiling the chapter templates was most of a document's own work (some 30 ms per run);
    like ``__pycache__``, the cache keeps the result between runs. Entries are keyed by the
    source and the environment's settings; Jinja2 rejects entries of other Jinja2 or Python
    versions. An unusable cache (read-only, foreign, ``SMKONZEPT_NO_CACHE=1``) is skipped.
    """
    store = _template_cache()
    if store is None:
        return env.compile(source)
    signature = "\0".join((_environment_signature(env), source))
    bucket = Bucket(env, store.get_cache_key(hashlib.sha256(signature.encode("utf-8")).hexdigest()), store.get_source_checksum(source))
    try:
        store.load_bytecode(bucket)
    except Exception:
        bucket.reset()
    if bucket.code is not None:
        return bucket.code
    bucket.code = env.compile(source)
    try:
        store.dump_bytecode(bucket)
    except Exception:
        pass
    return bucket.code


def _environment_signature(env: SandboxedEnvironment) -> str:
    """What the generated code depends on besides the source."""
    return repr((
        type(env).__module__, type(env).__qualname__, jinja2.__version__,
        env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
        env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
        env.autoescape, getattr(env.finalize, "__qualname__", env.finalize), sorted(env.extensions),
        sorted(env.filters), sorted(env.tests),
    ))


@cache
def _template_cache() -> jinja2.FileSystemBytecodeCache | None:
    """``$XDG_CACHE_HOME/smkonzept/templates`` (default ``~/.cache``), private to the user."""
    if os.environ.get("SMKONZEPT_NO_CACHE", "").strip() not in ("", "0"):
        return None
    try:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
        folder = base / "smkonzept" / "templates"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
            return None
    except (OSError, RuntimeError, AttributeError):
        return None
    return jinja2.FileSystemBytecodeCache(str(folder), "%s.jinja")


def render_template(source: str, context: dict[str, Any]) -> str:
    """Render the Jinja2 ``source`` with ``context``; compiled templates are kept for reuse."""
    return _compile(source).render(context).strip() + "\n"
