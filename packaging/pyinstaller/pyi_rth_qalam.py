"""PyInstaller runtime hook: point enchant and fontconfig at the dictionaries and fonts in the bundle.

enchant-2 reads ENCHANT_CONFIG_DIR first: its hunspell/ folder holds ar and en_US, and its
enchant.ordering prefers hunspell. On Linux, fontconfig reads FONTCONFIG_FILE: the bundled fonts.conf
includes the system's configuration and adds the bundled fonts folder (prefix="relative").
An environment that already sets these variables wins.
"""

import os
import sys

_root = getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(sys.executable)))
_base = os.path.join(_root, "qalam_runtime")
if os.path.isdir(os.path.join(_base, "enchant")):
    os.environ.setdefault("ENCHANT_CONFIG_DIR", os.path.join(_base, "enchant"))
if sys.platform.startswith("linux") and os.path.isfile(os.path.join(_base, "fonts.conf")):
    os.environ.setdefault("FONTCONFIG_FILE", os.path.join(_base, "fonts.conf"))
os.environ.setdefault("QALAM_BUNDLE_FONTS", os.path.join(_base, "fonts"))
