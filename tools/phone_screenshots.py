"""Screenshots of the observation page on a 360 × 740 phone, in English, Chinese and Japanese.

    .venv/bin/python tools/phone_screenshots.py docs/images

Loads the demo into a temporary library, starts the lesson clock four minutes
ago, opens the observation on 127.0.0.1 and drives Debian's headless chromium
(selenium + chromium-driver): the roster, then the observing screen with a
note waiting to send, in each language. Needs ``chromium``, ``chromium-driver``
and a CJK font (e.g. ``fonts-wqy-zenhei``) for the Chinese pictures.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from lessonstudy.paths import resolve_location
from lessonstudy.services import live
from lessonstudy.services.demo import load_demo
from lessonstudy.storage.library import Library
from lessonstudy.web.server import ObservationServer

TEACHING = 2  # the demo's research lesson
NOTES = {"en": "B3 explains: the two small squares fill the big one",
         "zh": "B3 解釋：兩個小正方形剛好填滿大正方形",
         "zh-cn": "B3 解释：两个小正方形刚好填满大正方形",
         "ja": "B3 の説明：小さい正方形二つで大きい正方形がちょうど埋まる"}


def phone(language: str) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--lang={language}", "--window-size=360,740"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    chrome = webdriver.Chrome(options=options,
                              service=Service(shutil.which("chromedriver") or "chromedriver"))
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True})
    return chrome


def shoot(url: str, language: str, tag: str, out: Path) -> None:
    chrome = phone(language)
    try:
        chrome.get(url)
        time.sleep(1.0)
        chrome.save_screenshot(str(out / f"phone-join-{tag}.png"))
        chrome.find_elements("css selector", "#roster button.name")[0].click()
        time.sleep(1.0)
        chrome.find_element("id", "note-text").send_keys(
            NOTES[tag])
        chrome.save_screenshot(str(out / f"phone-observe-{tag}.png"))
    finally:
        chrome.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(resolve_location(Path(folder)))
        load_demo(library)
        live.start_again(library, TEACHING)
        live.start_lesson(library, TEACHING, datetime.now(UTC) - timedelta(seconds=250))
        server = ObservationServer(library, TEACHING)
        details = server.start("127.0.0.1", 0)
        try:
            shoot(details.url, "en-GB", "en", out)
            shoot(details.url, "zh-HK", "zh", out)
            shoot(details.url, "zh-CN", "zh-cn", out)  # for docs/zh_CN
            shoot(details.url, "ja-JP", "ja", out)
        finally:
            server.close()
            library.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
