"""Package discovery that pyproject.toml alone cannot express.

``resources/`` is installed as the ``safehelper_resources`` package, and each of
its sub-folders (icons, i18n, guidance...) must be listed as a package of its own
so that setuptools ships the data in it. ``ui/`` is installed as ``safehelper_ui``:
a top-level ``ui`` would clash with any other package of that generic name in the
same environment (its modules import each other relatively, so the folder name
does not matter). Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"

resource_packages = ["safehelper_resources"] + [
    "safehelper_resources." + ".".join(folder.relative_to(RESOURCES).parts)
    for folder in sorted(RESOURCES.rglob("*"))
    if folder.is_dir() and folder.name != "__pycache__"
]

setup(
    packages=[
        *find_packages(include=["safehelper", "safehelper.*"]),
        "safehelper_ui",
        *resource_packages,
    ],
    package_dir={"safehelper_resources": "resources", "safehelper_ui": "ui"},
)
