"""Entry script of the PyInstaller bundle: the same ``main`` as ``python -m gutsleep``."""

from gutsleep.__main__ import main

if __name__ == "__main__":
    main()
