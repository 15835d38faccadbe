"""Copy the translated window pictures the teachers' guides show into docs/<language>/images/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/window_screenshots.py SHOTS \\
        --sizes 1024x768 --themes light --languages zh_HK,zh_CN,ja
    .venv/bin/python tools/guide_images.py SHOTS

The guides in docs/zh_HK, docs/zh_CN and docs/ja show the window in their own language (a
teacher looks for the button by the words on it), at the 1024×768 of a school laptop. The
pictures are reduced to 256 colours: screenshots lose nothing visible and the repository
carries a third of the bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("zh_HK", "zh_CN", "ja")

#: Picture in the guides → (node, tab index) of tools/window_screenshots.py's file names.
PICTURES = {
    "segments.png": "version-1",
    "observer-groups.png": "teaching-2",
    "observation-forms.png": "teaching-3",
    "live-lesson.png": "teaching-4",
    "photos.png": "teaching-5",
    "classroom-editor.png": "lesson-3",
    "department-view.png": "department",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", type=Path, help="the folder tools/window_screenshots.py wrote")
    shots = parser.parse_args().shots
    for language in LANGUAGES:
        out = ROOT / "docs" / language / "images"
        out.mkdir(parents=True, exist_ok=True)
        for name, view in PICTURES.items():
            found = sorted(shots.glob(f"{language}-light-1024x768-{view}*.png"))
            if not found:
                raise SystemExit(f"no {language} picture of {view} in {shots}")
            with Image.open(found[0]) as picture:
                small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
                small.save(out / name, optimize=True)
    print(f"pictures in docs/{{{','.join(LANGUAGES)}}}/images")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
