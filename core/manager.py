"""The plugin manager: built-ins by dotted name, others by entry point, asked once.

(Named ``manager`` because ``smkonzept.plugins`` is the package of built-in plugins.)
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata

import attrs
import pluggy

from smkonzept import hookspecs
from smkonzept.errors import InputError, PluginError
from smkonzept.registry import Registry

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginInfo",
    "get_plugin_manager",
    "load_registry",
    "plugin_failure",
    "plugin_infos",
    "plugin_manager_with",
    "plugin_label",
    "watching_plugin",
]

ENTRY_POINT_GROUP = "smkonzept"
DISABLE_VARIABLE = "SMKONZEPT_DISABLE_PLUGINS"
TIMEOUT_VARIABLE = "SMKONZEPT_PLUGIN_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
"""Seconds a plugin may take to load, to register or to render a chapter."""

DEFAULT_PLUGINS = (
    "smkonzept.plugins.platforms.facebook",
    "smkonzept.plugins.platforms.instagram",
    "smkonzept.plugins.platforms.mastodon",
    "smkonzept.plugins.platforms.youtube",
    "smkonzept.plugins.platforms.linkedin",
    "smkonzept.plugins.platforms.xing",
    "smkonzept.plugins.platforms.twitter",
    "smkonzept.plugins.platforms.tiktok",
    "smkonzept.plugins.platforms.bluesky",
    "smkonzept.plugins.platforms.threads",
    "smkonzept.plugins.platforms.whatsapp",
    "smkonzept.plugins.laws.baden_wuerttemberg",
    "smkonzept.plugins.laws.sachsen",
    "smkonzept.plugins.laws.bayern",
    "smkonzept.plugins.laws.berlin",
    "smkonzept.plugins.laws.brandenburg",
    "smkonzept.plugins.laws.bremen",
    "smkonzept.plugins.laws.hamburg",
    "smkonzept.plugins.laws.hessen",
    "smkonzept.plugins.laws.mecklenburg_vorpommern",
    "smkonzept.plugins.laws.niedersachsen",
    "smkonzept.plugins.laws.nordrhein_westfalen",
    "smkonzept.plugins.laws.rheinland_pfalz",
    "smkonzept.plugins.laws.saarland",
    "smkonzept.plugins.laws.sachsen_anhalt",
    "smkonzept.plugins.laws.schleswig_holstein",
    "smkonzept.plugins.laws.thueringen",
    "smkonzept.plugins.laws.bund",
    "smkonzept.plugins.sections.account_security",
    "smkonzept.plugins.sections.netiquette",
    "smkonzept.plugins.sections.crisis_plan",
    "smkonzept.plugins.documents.konzept",
    "smkonzept.plugins.documents.datenschutzhinweise",
    "smkonzept.plugins.documents.verarbeitungsverzeichnis",
    "smkonzept.plugins.documents.anbieterkennzeichnung",
    "smkonzept.plugins.documents.netiquette",
    "smkonzept.plugins.documents.evaluierung",
)

_HOOKS = tuple(hook.name for hook in hookspecs.HOOKS)
_plugin_manager: pluggy.PluginManager | None = None
_distributions: dict[str, metadata.Distribution | None] = {}


@attrs.frozen
class PluginInfo:
    """One loaded plugin as ``smkonzept plugins`` shows it."""

    name: str
    builtin: bool
    distribution: str
    version: str
    hooks: tuple[str, ...]
    registers: tuple[str, ...]


def disabled_plugins() -> set[str]:
    """Names from SMKONZEPT_DISABLE_PLUGINS (comma-separated)."""
    return {name.strip() for name in os.environ.get(DISABLE_VARIABLE, "").split(",") if name.strip()}


def _is_disabled(names: set[str], *candidates: str) -> bool:
    return any(candidate in names for candidate in candidates if candidate)


def get_plugin_manager() -> pluggy.PluginManager:
    """The plugin manager with built-ins and installed plugins loaded (once, on first use)."""
    global _plugin_manager
    if _plugin_manager is None:
        _plugin_manager = _create_plugin_manager()
    return _plugin_manager


def plugin_manager_with(plugins: Iterable[tuple[str, object]], builtins: bool = True) -> pluggy.PluginManager:
    """A new plugin manager with the built-ins (unless ``builtins`` is False) and ``plugins`` as (name, module).

    Installed packages are not loaded; plugin mistakes raise the same PluginError as a normal start.
    """
    pm = _new_plugin_manager(builtins, set())
    for name, module in plugins:
        if not pm.has_plugin(name):
            _register(pm, module, name, None)
    _check_hooks(pm)
    return pm


def _new_plugin_manager(builtins: bool, disabled: set[str]) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    for dotted in DEFAULT_PLUGINS if builtins else ():
        if not _is_disabled(disabled, dotted, dotted.rsplit(".", 1)[-1]):
            _register(pm, importlib.import_module(dotted), dotted, None)
    return pm


def _create_plugin_manager() -> pluggy.PluginManager:
    disabled = disabled_plugins()
    pm = _new_plugin_manager(True, disabled)
    known = {name for dotted in DEFAULT_PLUGINS for name in (dotted, dotted.rsplit(".", 1)[-1])}
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = entry_point.dist
        dist_name = dist.metadata["Name"] if dist is not None else ""
        known.update(name for name in (entry_point.name, dist_name) if name)
        if _is_disabled(disabled, entry_point.name, dist_name):
            continue
        if pm.has_plugin(entry_point.name):
            first = _distributions.get(entry_point.name)
            first_name = first.metadata["Name"] if first is not None else "smkonzept"
            if first_name == dist_name:
                continue
            raise PluginError(
                f"Zwei Pakete bringen ein Plugin namens „{entry_point.name}“ mit: „{first_name}“ und "
                f"„{dist_name or 'unbekannt'}“. Deinstallieren Sie eines der beiden Pakete."
            )
        described = f"Das Plugin „{entry_point.name}“ aus dem Paket „{dist_name or 'unbekannt'}“"
        try:
            with watching_plugin(f"{described} lädt seit", entry_point.name):
                module = entry_point.load()
        except (Exception, SystemExit) as exc:
            raise PluginError(
                f"{described} lässt sich nicht laden: {_reason(exc)}. Deinstallieren oder "
                f"aktualisieren Sie das Paket, oder überspringen Sie es mit "
                f"{DISABLE_VARIABLE}={entry_point.name}."
            ) from exc
        _register(pm, module, entry_point.name, dist)
    _warn_unknown_disabled(disabled, known)
    _check_hooks(pm)
    return pm


def _warn_unknown_disabled(disabled: set[str], known: set[str]) -> None:
    short = sorted(name for name in known if "." not in name)
    for name in sorted(disabled - known):
        close = difflib.get_close_matches(name, short, n=1)
        guess = f" Meinten Sie „{close[0]}“?" if close else ""
        print(
            f"Warnung: {DISABLE_VARIABLE} nennt „{name}“, aber ein Plugin oder Paket dieses Namens gibt es nicht; "
            f"es wird nichts abgeschaltet.{guess} Bekannt sind: {', '.join(short)}.",
            file=sys.stderr,
        )


def _check_hooks(pm: pluggy.PluginManager) -> None:
    _check_unknown_hooks(pm)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(_validation_message(pm.get_name(exc.plugin) or str(exc.plugin), exc)) from exc


def _register(pm: pluggy.PluginManager, module: object, name: str, dist: metadata.Distribution | None) -> None:
    _distributions[name] = dist
    try:
        pm.register(module, name=name)
    except pluggy.PluginValidationError as exc:
        raise PluginError(_parameter_message(pm, module, name) or _validation_message(name, exc)) from exc


def _label(name: str) -> str:
    """„name“, with the package and its version for plugins from an installed distribution."""
    dist = _distributions.get(name)
    if dist is None:
        return f"„{name}“ (Paket smkonzept)" if name in DEFAULT_PLUGINS else f"„{name}“"
    return f"„{name}“ (Paket {dist.metadata['Name']} {dist.version})"


def plugin_label(name: str) -> str:
    """How messages name the plugin ``name``: „name“ (Paket distribution version)."""
    return _label(name)


def _switch(name: str) -> str:
    """The setting that turns the plugin ``name`` off."""
    return f"{DISABLE_VARIABLE}={name.rsplit('.', 1)[-1] if name in DEFAULT_PLUGINS else name}"


def plugin_failure(name: str, doing: str, exc: BaseException) -> PluginError:
    """The error for a plugin that raised or exited while ``doing`` something."""
    return PluginError(
        f"Das Plugin {_label(name)} ist {doing} mit einem Fehler abgebrochen: {_reason(exc)}. "
        f"Das ist ein Fehler des Plugins, nicht Ihres Profils; abschalten lässt es sich mit {_switch(name)}."
    )


def _timeout() -> float:
    value = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < 1e6:
        raise InputError(f"{TIMEOUT_VARIABLE} muss eine Zahl von Sekunden größer als 0 sein, nicht „{value[:20]}“.")
    return seconds


@contextmanager
def watching_plugin(described: str, name: str) -> Iterator[None]:
    """Stop the program with a German message if the block (plugin code) runs longer than allowed.

    Python cannot stop a thread stuck in a plugin, so the process ends (exit code 1) after the
    message; temporary folders of this run are removed first. ``described`` ends in „seit“.
    """
    seconds = _timeout()
    timer = threading.Timer(seconds, _abort, args=(described, name, seconds))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _abort(described: str, name: str, seconds: float) -> None:
    from smkonzept.tempfiles import remove_own_folders

    sys.stderr.write(
        f"Fehler: {described} {seconds:g} Sekunden und antwortet nicht; smkonzept bricht ab, es wurde nichts geschrieben. "
        f"Abschalten lässt sich das Plugin mit {_switch(name)}.\n"
    )
    sys.stderr.flush()
    remove_own_folders()
    os._exit(1)


def _reason(exc: BaseException) -> str:
    """``Type: message``; for attrs validators only their sentence, not the field's repr."""
    if isinstance(exc, SystemExit):
        return f"es hat versucht, das Programm zu beenden (SystemExit {exc.code!r})"
    args = exc.args
    text = args[0] if len(args) > 1 and isinstance(args[0], str) else str(exc)
    return f"{type(exc).__name__}: {text}"


def _check_unknown_hooks(pm: pluggy.PluginManager) -> None:
    for hook_name, caller in vars(pm.hook).items():
        if caller.spec is not None:
            continue
        for impl in caller.get_hookimpls():
            if impl.optionalhook:
                continue
            guess = difflib.get_close_matches(hook_name, _HOOKS, n=1)
            hint = f" Gemeint ist wohl „{guess[0]}“." if guess else ""
            raise PluginError(
                f"Das Plugin {_label(impl.plugin_name)} implementiert den Hook „{hook_name}“, den "
                f"smkonzept nicht kennt.{hint} Bekannte Hooks: {', '.join(_HOOKS)}."
            )


def _parameter_message(pm: pluggy.PluginManager, module: object, name: str) -> str | None:
    for hook_name in _HOOKS:
        if pm.parse_hookimpl_opts(module, hook_name) is None:
            continue
        try:
            given = list(inspect.signature(getattr(module, hook_name)).parameters)
        except (TypeError, ValueError):
            continue
        allowed = list(getattr(pm.hook, hook_name).spec.argnames)
        unknown = [parameter for parameter in given if parameter not in allowed]
        if unknown:
            return (
                f"Das Plugin {_label(name)} implementiert den Hook „{hook_name}“ mit dem Parameter "
                f"„{', '.join(unknown)}“, den der Hook nicht kennt. Erlaubt ist: "
                f"{hook_name}({', '.join(allowed)})."
            )
    return None


def _validation_message(name: str, exc: Exception) -> str:
    return (
        f"Das Plugin {_label(name)} implementiert einen Hook, den smkonzept nicht kennt oder mit "
        f"falschen Parametern: {exc}. Bekannte Hooks: {', '.join(_HOOKS)}."
    )


def reset() -> None:
    """Forget the loaded plugins; the next use loads them again (for tests)."""
    global _plugin_manager
    _plugin_manager = None
    _distributions.clear()


def load_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    """Ask every plugin to register its platforms, laws and chapters."""
    pm = pm or get_plugin_manager()
    registry = Registry()
    for hook_name in _HOOKS:
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            register = registry.register_callback(hook_name, impl.plugin_name, _label)
            try:
                with watching_plugin(f"Das Plugin {_label(impl.plugin_name)} arbeitet in {hook_name} seit", impl.plugin_name):
                    result = impl.function(*([register] if impl.argnames else []))
            except PluginError:
                raise
            except (Exception, SystemExit) as exc:
                raise plugin_failure(impl.plugin_name, f"in {hook_name}", exc) from exc
            if result is not None:
                raise PluginError(
                    f"Das Plugin {_label(impl.plugin_name)} gibt in {hook_name} einen Wert vom Typ "
                    f"„{type(result).__name__}“ zurück; es soll stattdessen register(...) aufrufen."
                )
    return registry


def plugin_infos(pm: pluggy.PluginManager | None = None, registry: Registry | None = None) -> list[PluginInfo]:
    """The loaded plugins with distribution, version, implemented hooks and what they register."""
    pm = pm or get_plugin_manager()
    registry = registry or load_registry(pm)
    infos = []
    for name, module in pm.list_name_plugin():
        dist = _distributions.get(name)
        builtin = name in DEFAULT_PLUGINS
        if dist is None and builtin:
            dist_name, version = "smkonzept", _own_version()
        elif dist is not None:
            dist_name, version = dist.metadata["Name"], dist.version
        else:
            dist_name, version = "", ""
        implemented = {caller.name for caller in pm.get_hookcallers(module) or ()}
        hooks = tuple(name for name in _HOOKS if name in implemented)
        infos.append(PluginInfo(name, builtin, dist_name, version, hooks, tuple(registry.registered_by.get(name, ()))))
    return infos


def _own_version() -> str:
    try:
        return metadata.version("smkonzept")
    except metadata.PackageNotFoundError:
        return "unbekannt"
