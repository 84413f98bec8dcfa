"""The sandboxed Jinja2 environment chapter templates run in; values are escaped for Markdown."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from smkonzept.german import counted, date_de, interval, month_de
from smkonzept.markdown import Markdown, escape
from smkonzept.templatecache import PackageBytecodeCache, package_cache_folder

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


def verbatim(text: Any) -> Markdown:
    """``text`` as a fenced code block, so that it is copied exactly as written: no Markdown escapes."""
    raw = str(text).replace("\r\n", "\n").strip("\n")
    longest = max((len(run) for run in re.findall(r"`+", raw)), default=0)
    fence = "`" * max(3, longest + 1)
    return Markdown.trusted(f"{fence}\n{raw}\n{fence}")


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
    "verbatim": verbatim,
}
"""The filters templates can use, by name (docs/plugins.md, „Filter“, describes each)."""

FUNCTIONS = {"heading": heading}
"""The functions templates can call, by name (docs/plugins.md, „Funktionen“)."""


SHARED_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.md\.j2")


def _shared_template(name: str) -> str | None:
    """A file of ``templates/shared`` that templates import (``{% import "modell.md.j2" as modell %}``), or None.

    Only plain names are looked up: a template cannot reach any other file.
    """
    if not SHARED_NAME.fullmatch(name):
        return None
    path = resources.files("smkonzept") / "templates" / "shared" / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


class _Environment(SandboxedEnvironment):
    """The sandbox, with the output of a macro kept as Markdown: its values were escaped when the macro ran."""

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        result = super().call(context, obj, *args, **kwargs)
        if isinstance(obj, jinja2.runtime.Macro) and isinstance(result, str):
            return Markdown.trusted(result)
        return result


@cache
def template_environment() -> SandboxedEnvironment:
    """The one sandboxed environment every chapter template is compiled in; it imports only from ``templates/shared``.

    Compiled templates are kept beside the package's own bytecode (``smkonzept.templatecache``).
    """
    env = _Environment(
        loader=jinja2.FunctionLoader(_shared_template),
        undefined=jinja2.StrictUndefined,
        finalize=escape,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        bytecode_cache=PackageBytecodeCache(package_cache_folder()),
    )
    env.filters.update(FILTERS)
    env.globals.update(FUNCTIONS)
    return env


@cache
def _compile(source: str) -> jinja2.Template:
    """The compiled template (as ``Environment.from_string`` gives it), through the environment's bytecode cache."""
    env = template_environment()
    cache_ = env.bytecode_cache
    assert cache_ is not None
    bucket = cache_.get_bucket(env, "<template>", None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        cache_.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)


def render_template(source: str, context: dict[str, Any]) -> str:
    """Render the Jinja2 ``source`` with ``context``; compiled templates are kept for reuse."""
    return _compile(source).render(context).strip() + "\n"
