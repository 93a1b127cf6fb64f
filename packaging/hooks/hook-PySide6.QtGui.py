# Walkthrough's override of PyInstaller's hook for PySide6.QtGui (a hook in the
# spec's hookspath takes the place of the built-in one of the same name): the
# same collection, less the Qt plugins the app does not need on a desktop,
# laptop or tablet. Dropping them here, before the dependency analysis, also
# keeps out the libraries only they need (QtNetwork, GTK's cairo and pango, ...).
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Kept: the xcb, Wayland, offscreen and minimal platforms, the desktop-portal
# theme, Windows' own platform and styles, and the gif, ico and jpeg image
# formats (PNG is built into Qt).
UNUSED_PLUGINS = (
    "egldeviceintegrations",  # embedded boards (eglfs)
    "generic",  # evdev and TUIO input for eglfs/linuxfb; TUIO pulls in QtNetwork
    "iconengines",  # SVG icons: the app ships PNG icons
    "networkinformation",
    "tls",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "platforms/qdirect2d",  # Windows: the default qwindows platform is kept
    # The GTK theme links the desktop's own GTK, which would be paired with
    # bundled cairo and pango copies; the app draws its own style anyway.
    "platformthemes/libqgtk3",
    "imageformats/libqicns", "imageformats/qicns",
    "imageformats/libqsvg", "imageformats/qsvg",
    "imageformats/libqtga", "imageformats/qtga",
    "imageformats/libqtiff", "imageformats/qtiff",
    "imageformats/libqwbmp", "imageformats/qwbmp",
    "imageformats/libqwebp", "imageformats/qwebp",
    "imageformats/libqpdf", "imageformats/qpdf",
)


def _needed(src: str, dest: str) -> bool:
    path = (dest.replace("\\", "/") + "/" + src.replace("\\", "/").rsplit("/", 1)[-1])
    if "/plugins/" not in path:
        return True
    plugin = path.split("/plugins/", 1)[1]
    return not any(plugin.startswith(prefix) for prefix in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _needed(src, dest)]
