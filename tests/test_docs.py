"""The reference docs keep up with the code: hooks, model fields, profile keys, template helpers."""

from __future__ import annotations

import inspect
import re
import sys
import types
import typing
from pathlib import Path

import attrs
import pytest

import smkonzept
from smkonzept import catalogue, checks, hookspecs
from smkonzept.profile import model as schema
from smkonzept.assemble import template_context
from smkonzept.build import load_document
from smkonzept.manager import DISABLE_VARIABLE, ENTRY_POINT_GROUP, get_plugin_manager, load_registry
from smkonzept.skeleton import CORE_CHAPTER_IDS
from smkonzept.templating import FILTERS, FUNCTIONS

from conftest import MINIMAL_PROFILE, ROOT

PLUGINS_DOC = ROOT / "docs" / "plugins.md"
PROFILE_DOC = ROOT / "docs" / "profile.md"

HOOKS = [getattr(hookspecs, hook.name) for hook in hookspecs.HOOKS]
MODELS = [getattr(smkonzept, name) for name in smkonzept.__all__ if attrs.has(getattr(smkonzept, name))]


def _outside_fences(text: str) -> list[tuple[str, bool]]:
    lines, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        lines.append((line, fenced or line.startswith("```")))
    return lines


def section(text: str, heading: str) -> str:
    """The text under the Markdown heading ``heading`` (exact title), up to the next one of its level."""
    lines = _outside_fences(text)
    for index, (line, fenced) in enumerate(lines):
        match = re.match(r"(#+) (.*)$", line)
        if not fenced and match and match[2].strip() == heading:
            level = len(match[1])
            body = []
            for line, fenced in lines[index + 1 :]:
                nested = re.match(r"(#+) ", line)
                if not fenced and nested and len(nested[1]) <= level:
                    break
                body.append(line)
            return "\n".join(body)
    pytest.fail(f"Keine Überschrift „{heading}“ gefunden")


def signature(hook: types.FunctionType) -> str:
    return f"{hook.__name__}({', '.join(inspect.signature(hook).parameters)})"


def test_there_are_hooks_and_models():
    specs = {name for name, function in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(function, f"{ENTRY_POINT_GROUP}_spec")}
    assert {hook.__name__ for hook in HOOKS} == specs == {"register_platforms", "register_laws", "register_sections", "register_document_types"}
    assert {model.__name__ for model in MODELS} >= {"Platform", "Operator", "Law", "SectionSpec", "Requirement", "DocumentType"}


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook.__name__)
def test_every_hook_is_described_with_each_parameter(hook):
    text = section(PLUGINS_DOC.read_text(encoding="utf-8"), signature(hook))
    for parameter in inspect.signature(hook).parameters:
        assert f"`{parameter}`" in text, f"docs/plugins.md beschreibt den Parameter {parameter} von {hook.__name__} nicht"
    assert f"def {hook.__name__}(" in text, f"docs/plugins.md zeigt kein Beispiel für {hook.__name__}"


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook.__name__)
def test_every_hook_docstring_names_each_parameter(hook):
    docstring = inspect.getdoc(hook) or ""
    assert docstring.strip(), f"{hook.__name__} hat keinen Docstring"
    for parameter in inspect.signature(hook).parameters:
        assert f":param {parameter}:" in docstring, f"Der Docstring von {hook.__name__} nennt {parameter} nicht"


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_field_of_every_public_model_is_described(model):
    text = section(PLUGINS_DOC.read_text(encoding="utf-8"), model.__name__)
    for field in attrs.fields(model):
        assert re.search(rf"^\| `{field.name}` \|", text, re.MULTILINE), (
            f"docs/plugins.md beschreibt {model.__name__}.{field.name} nicht (Tabellenzeile „| `{field.name}` |“)"
        )


def profile_keys(cls: type, prefix: str = "") -> typing.Iterator[str]:
    """Every key of the profile models as a path: ``accounts[].audience.age_min``, ``chapters.texts.<id>.title``."""
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        path = f"{prefix}{field.name}"
        yield path
        yield from _nested_keys(hints[field.name], path)


def _nested_keys(annotation: typing.Any, path: str) -> typing.Iterator[str]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        for argument in typing.get_args(annotation):
            yield from _nested_keys(argument, path)
    elif origin is tuple:
        yield from _nested_keys(typing.get_args(annotation)[0], f"{path}[]")
    elif origin is dict:
        yield from _nested_keys(typing.get_args(annotation)[1], f"{path}.<id>")
    elif attrs.has(annotation):
        yield from profile_keys(annotation, f"{path}.")


PROFILE_KEYS = list(profile_keys(schema.Profile))


def test_profile_keys_are_walked_recursively():
    assert {"chamber.address.street", "accounts[].audience.age_min", "chapters.texts.<id>.replace", "chapters.custom[].after"} <= set(PROFILE_KEYS)


@pytest.mark.parametrize("key", PROFILE_KEYS)
def test_every_profile_key_is_described(key):
    text = PROFILE_DOC.read_text(encoding="utf-8")
    assert re.search(rf"^\| `{re.escape(key)}` \|", text, re.MULTILINE), f"docs/profile.md beschreibt „{key}“ nicht"


def test_profile_doc_names_every_chapter_id(registry):
    text = PROFILE_DOC.read_text(encoding="utf-8")
    for chapter_id in (*CORE_CHAPTER_IDS, *registry.sections):
        assert re.search(rf"^\| `{chapter_id}` \|", text, re.MULTILINE), f"docs/profile.md nennt das Kapitel {chapter_id} nicht"
    assert "`extends`" in text and "`plattform-<id>`" in text


def test_template_helpers_are_described():
    text = section(PLUGINS_DOC.read_text(encoding="utf-8"), "Vorlagen für Kapitel")
    assert {"bullets", "cell", "join_and", "interval", "date_de", "link", "email"} <= set(FILTERS)
    for name in FILTERS:
        assert re.search(rf"^\| `{name}` \|", text, re.MULTILINE), f"docs/plugins.md beschreibt den Filter {name} nicht"
    for name in FUNCTIONS:
        assert f"`{name}(" in text, f"docs/plugins.md beschreibt die Funktion {name} nicht"


def test_template_values_are_exactly_the_documented_ones(tmp_path: Path):
    profile = tmp_path / "muster.yaml"
    profile.write_text(MINIMAL_PROFILE, encoding="utf-8")
    document = load_document(profile)[1]
    values = template_context(document.profile, document.law, document.platforms, document.risk)
    table = section(section(PLUGINS_DOC.read_text(encoding="utf-8"), "Vorlagen für Kapitel"), "Die Werte")
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    assert documented and sorted(documented) == sorted(values), "docs/plugins.md, „Die Werte“, und die Vorlagenwerte weichen ab"


@pytest.mark.parametrize("module", [catalogue, checks], ids=lambda module: module.__name__)
def test_ready_made_helpers_are_described(module):
    text = section(PLUGINS_DOC.read_text(encoding="utf-8"), module.__name__)
    for name in module.__all__:
        assert f"`{name}(" in text, f"docs/plugins.md beschreibt {module.__name__}.{name} nicht"


def test_packaging_switches_and_listing_are_described():
    text = PLUGINS_DOC.read_text(encoding="utf-8")
    assert f"[project.entry-points.{ENTRY_POINT_GROUP}]" in text
    assert DISABLE_VARIABLE in text and "smkonzept plugins --all" in text
    assert "examples/smkonzept-peertube" in text


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_every_python_example_compiles():
    blocks = python_blocks(PLUGINS_DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    for block in blocks:
        compile(block, "docs/plugins.md", "exec")


def test_testing_example_runs_against_the_first_plugin_example(tmp_path: Path, monkeypatch):
    """„Plugins testen“ as written, with the Pixelfed plugin of „Ein erstes Plugin“ as ``smkonzept_pixelfed``."""
    text = PLUGINS_DOC.read_text(encoding="utf-8")
    pixelfed = types.ModuleType("smkonzept_pixelfed")
    exec(compile(python_blocks(section(text, "Ein erstes Plugin"))[0], "docs/plugins.md", "exec"), pixelfed.__dict__)
    monkeypatch.setitem(sys.modules, "smkonzept_pixelfed", pixelfed)
    [example] = python_blocks(section(text, "Plugins testen"))
    tests = types.ModuleType("docs_testing_example")
    exec(compile(example, "docs/plugins.md (Plugins testen)", "exec"), tests.__dict__)
    tests.test_keeps_the_plugin_contract()
    tests.test_profile_with_pixelfed_builds(tmp_path)
    assert (tmp_path / "build" / "profil.html").is_file()


def test_first_plugin_examples_register_valid_models_and_build(tmp_path: Path):
    """The platform, law and chapter of „Ein erstes Plugin“ work as written, and so does the template example."""
    text = PLUGINS_DOC.read_text(encoding="utf-8")
    blocks = python_blocks(section(text, "Ein erstes Plugin"))
    assert len(blocks) == 3
    plugins = []
    for number, block in enumerate(blocks):
        module = types.ModuleType(f"docs_example_{number}")
        exec(compile(block, f"docs/plugins.md (Beispiel {number + 1})", "exec"), module.__dict__)
        plugins.append(module)
    template = re.search(r"^```jinja\n(.*?)^```", section(text, "Beispiel"), re.MULTILINE | re.DOTALL)[1]
    example_chapter = types.ModuleType("docs_example_template")
    example_chapter.register_sections = smkonzept.hookimpl(
        lambda register: register(smkonzept.SectionSpec(id="vorlagenbeispiel", title="Beispiel", template=template))
    )
    plugins.append(example_chapter)
    pm = get_plugin_manager()
    names = [f"docs-beispiel-{number}" for number in range(len(plugins))]
    for plugin, name in zip(plugins, names):
        pm.register(plugin, name=name)
    try:
        registry = load_registry(pm)
        assert registry.platform("pixelfed") and registry.law("DE-XX") and "barrierefreiheit" in registry.sections
        profile = tmp_path / "beispiel.yaml"
        profile.write_text(
            MINIMAL_PROFILE.replace("law: baden-wuerttemberg", "law: beispielland")
            .replace("  - platform: facebook", "  - platform: pixelfed\n    name: IHK auf Pixelfed\n  - platform: facebook")
            + "chapters: {include: [barrierefreiheit, vorlagenbeispiel]}\n",
            encoding="utf-8",
        )
        _, document = load_document(profile, registry)
        bodies = {section.id: section.body for section in document.sections}
        assert "Bilder mit Alternativtexten" in bodies["barrierefreiheit"]
        assert "Pixelfed und Facebook" in bodies["vorlagenbeispiel"] and "jährlich" in bodies["vorlagenbeispiel"]
        assert "plattform-pixelfed" in document.chapter_ids
    finally:
        for name in names:
            pm.unregister(name=name)


def test_example_error_in_profile_doc_is_what_check_prints(tmp_path: Path, run_cli):
    """The error shown at the top of docs/profile.md is reproduced: same file, line, field and words."""
    example = re.search(r"^```\n(profiles/(\S+?\.yaml):(\d+) \(Feld „(.+?)“\): .*? angegeben ist (\d+)\.)\n```", PROFILE_DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert example, "docs/profile.md zeigt keine Beispiel-Fehlermeldung"
    message, name, line, field, value = example.groups()
    assert field.endswith(".age_min")
    lines = (ROOT / "profiles" / name).read_text(encoding="utf-8").splitlines(keepends=True)
    assert re.match(r"^\s*age_min: \d+\s*$", lines[int(line) - 1]), f"Zeile {line} von {name} ist kein age_min"
    lines[int(line) - 1] = re.sub(r"\d+", value, lines[int(line) - 1])
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / name).write_text("".join(lines), encoding="utf-8")
    result = run_cli("check", f"profiles/{name}", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"Fehler: {message}"
