"""An example credlint plugin: a house-style rule on paragraph length, with its own rule pack."""

from pathlib import Path

#: The plugin's rule pack, which the ``credlint.packs`` entry point names (``--rule-pack plugin:house``).
PACK = Path(__file__).with_name("house.toml")
