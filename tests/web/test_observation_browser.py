"""The observation page in a real headless browser (Debian's chromium + chromedriver, selenium).

join → pick a name → note → photo → key ideas, with the Wi-Fi dropped while a note is
sent (Chrome's offline emulation) and the page reloaded: the note waits on the phone and
is stored exactly once when the connection is back. All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from lessonstudy.services import live, notes, photos
from lessonstudy.storage.models import KeyIdea, Observer, ObserverGroup
from tests.imaging.photo_samples import encode, marked_image, phone_exif
from tests.web.conftest import Observation

pytestmark = pytest.mark.heavy

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def browser(language: str = "en-GB") -> object:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=360,740", f"--lang={language}",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    chrome = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {  # a 360 × 740 phone
        "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True})
    return chrome


@pytest.fixture
def driver() -> Iterator[object]:
    chrome = browser()
    try:
        yield chrome
    finally:
        chrome.quit()  # type: ignore[attr-defined]


def set_offline(driver: object, offline: bool) -> None:
    driver.execute_cdp_cmd("Network.enable", {})  # type: ignore[attr-defined]
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {  # type: ignore[attr-defined]
        "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def block_photos(driver: object, blocked: bool) -> None:
    """Uploads fail as on a dropped Wi-Fi while the page itself still loads (for a reload)."""
    driver.execute_cdp_cmd("Network.enable", {})  # type: ignore[attr-defined]
    driver.execute_cdp_cmd("Network.setBlockedURLs", {  # type: ignore[attr-defined]
        "urls": ["*/api/photos*"] if blocked else []})


def wait_for(driver: object, condition: object, timeout: float = 10) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def visible_text(driver: object, element_id: str) -> str:
    return driver.find_element("id", element_id).text  # type: ignore[attr-defined]


def make_convenor(observation: Observation) -> str:
    """The first observer of the teaching becomes their group's convenor; their name."""
    with observation.library.unit_of_work() as session:
        person = session.get_one(Observer, observation.observer_id())
        group = session.get_one(ObserverGroup, person.group_id)
        group.convenor = person.name
        group.prompts = "Who speaks, and how often?\nHow are quiet pupils involved?"
        return person.name


def phone_notes(observation: Observation) -> list[str]:
    return [n.text for n in notes.list_notes(observation.library, observation.teaching_id)]


def test_join_note_photo_and_key_ideas_survive_a_network_drop(
        observation: Observation, driver: object, tmp_path: Path) -> None:
    d: object = driver
    name = make_convenor(observation)
    live.start_lesson(observation.library, observation.teaching_id, datetime.now(UTC))
    d.get(observation.details.url)  # type: ignore[attr-defined]
    # join: the secret came in the link; pick yourself from the roster
    wait_for(d, lambda _d: d.find_element("id", "pick-view").is_displayed())  # type: ignore
    assert "#k=" not in d.current_url  # type: ignore[attr-defined]
    buttons = d.find_elements("css selector", "#roster button.name")  # type: ignore
    next(b for b in buttons if b.text == name).click()
    wait_for(d, lambda _d: "Segment 1" in visible_text(d, "clock-segment"))
    assert "left" in visible_text(d, "clock-left")
    assert "Who speaks" in visible_text(d, "prompts")
    d.save_screenshot(str(tmp_path / "observe-en.png"))  # type: ignore[attr-defined]

    # a note about a case pupil, flagged for the conference, confirmed by the laptop
    d.find_element("id", "note-text").send_keys("Pupils cut out the three squares")  # type: ignore
    d.find_elements("css selector", "#note-pupil option")[1].click()  # type: ignore
    d.find_element("id", "note-flag").click()  # type: ignore[attr-defined]
    d.find_element("id", "send-note").click()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "Pupils cut out" in visible_text(d, "sent"))
    assert "Flagged" in visible_text(d, "sent")
    [first] = notes.list_notes(observation.library, observation.teaching_id)
    assert first.text == "Pupils cut out the three squares"
    assert first.fields.flagged and first.case_pupil_label
    assert not d.find_element("id", "note-flag").is_selected()  # the flag was this note's

    # the Wi-Fi drops: the note waits on the phone, survives a reload, is stored once
    set_offline(d, True)
    d.find_element("id", "note-text").send_keys("Group B compares areas")  # type: ignore
    d.find_element("id", "send-note").click()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "No connection" in visible_text(d, "banner"))
    assert "Group B compares areas" in visible_text(d, "drafts")
    assert len(phone_notes(observation)) == 1
    set_offline(d, False)
    d.refresh()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "Group B compares areas" in visible_text(d, "sent"), timeout=15)
    wait_for(d, lambda _d: not d.find_element("id", "drafts-box").is_displayed())  # type: ignore
    assert sorted(phone_notes(observation)) == ["Group B compares areas",
                                                "Pupils cut out the three squares"]

    # a photo of the iBoard, through the import pipeline (turned upright)
    picture = tmp_path / "IMG_2041.jpg"
    picture.write_bytes(encode(marked_image((640, 480)), "JPEG",
                               exif=phone_exif(orientation=6).tobytes()))
    chooser = d.find_element("id", "photo-input")  # type: ignore[attr-defined]
    d.execute_script("arguments[0].classList.remove('sr')", chooser)  # type: ignore
    chooser.send_keys(str(picture))
    wait_for(d, lambda _d: "Sent" in visible_text(d, "uploads"), timeout=15)
    stored = photos.list_photos(observation.library, observation.teaching_id)
    assert [(p.original_name, p.width, p.height) for p in stored] == [("IMG_2041.jpg", 480, 640)]

    # the Wi-Fi drops while the next photo is sent: it waits in the phone's IndexedDB,
    # survives a reload, and is stored once (in the segment it was taken in) when back
    block_photos(d, True)
    second = tmp_path / "IMG_2042.jpg"
    second.write_bytes(encode(marked_image((480, 360)), "JPEG"))
    chooser = d.find_element("id", "photo-input")  # type: ignore[attr-defined]
    d.execute_script("arguments[0].classList.remove('sr')", chooser)  # type: ignore
    chooser.send_keys(str(second))
    wait_for(d, lambda _d: "kept on this phone" in visible_text(d, "uploads").lower())
    assert len(photos.list_photos(observation.library, observation.teaching_id)) == 1
    d.refresh()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "IMG_2042.jpg" in visible_text(d, "uploads"))
    wait_for(d, lambda _d: "Segment 1" in visible_text(d, "clock-segment"))
    assert len(photos.list_photos(observation.library, observation.teaching_id)) == 1
    block_photos(d, False)
    wait_for(d, lambda _d: "IMG_2042.jpg Sent" in visible_text(d, "uploads"), timeout=15)
    stored = photos.list_photos(observation.library, observation.teaching_id)
    assert sorted(p.original_name for p in stored) == ["IMG_2041.jpg", "IMG_2042.jpg"]
    assert len({p.fields.segment_id for p in stored}) == 1 and stored[0].fields.segment_id

    # the convenor types the four key ideas
    ideas = d.find_elements("css selector", "#key-ideas-form .idea")  # type: ignore
    for field, text in zip(ideas, ["Squares on each side", "a2 + b2 = c2", "Only right angles",
                                   "Check by measuring"], strict=True):
        field.send_keys(text)
    d.find_element("css selector", "#key-ideas-form button").click()  # type: ignore
    wait_for(d, lambda _d: "Key ideas saved" in visible_text(d, "banner"))
    with observation.library.unit_of_work() as session:
        typed = session.scalars(select(KeyIdea.text).where(KeyIdea.photo_id.is_(None))
                                .order_by(KeyIdea.id.desc()).limit(4)).all()
    assert "Only right angles" in typed
    d.save_screenshot(str(tmp_path / "observe-en-end.png"))  # type: ignore[attr-defined]


def test_the_page_speaks_chinese_to_a_chinese_browser(observation: Observation) -> None:
    chrome = browser("zh-HK")
    try:
        chrome.get(observation.details.url)  # type: ignore[attr-defined]
        wait_for(chrome, lambda _d: chrome.find_element(  # type: ignore[attr-defined]
            "id", "pick-view").is_displayed())
        assert visible_text(chrome, "pick-view").startswith("你是哪一位")
        chrome.find_element("css selector", "#language option[value=en]").click()  # type: ignore
        assert visible_text(chrome, "pick-view").startswith("Who are you?")
    finally:
        chrome.quit()  # type: ignore[attr-defined]


def test_after_close_and_reopen_the_phone_scans_again_and_its_waiting_note_is_sent(
        observation: Observation, driver: object) -> None:
    """Closing refuses every session (a revocation); reopening on the same port needs one
    new scan, after which the page picks the same name and sends what waited on the phone."""
    from tests.web.conftest import open_observation

    d: object = driver
    live.start_lesson(observation.library, observation.teaching_id, datetime.now(UTC))
    d.get(observation.details.url)  # type: ignore[attr-defined]
    wait_for(d, lambda _d: d.find_element("id", "pick-view").is_displayed())  # type: ignore
    d.find_elements("css selector", "#roster button.name")[0].click()  # type: ignore
    wait_for(d, lambda _d: "Segment 1" in visible_text(d, "clock-segment"))
    port = observation.server.port
    observation.server.close()  # the facilitator closes the observation
    d.find_element("id", "note-text").send_keys("Written while it was closed")  # type: ignore
    d.find_element("id", "send-note").click()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "Written while it was closed" in visible_text(d, "drafts"))
    again = open_observation(observation.library, observation.teaching_id, port=port)
    try:
        assert again.details.url != observation.details.url  # a new secret
        # the new QR code, opened in the same tab: only the link's fragment changes
        d.get(again.details.url)  # type: ignore[attr-defined]
        wait_for(d, lambda _d: "Written while it was closed" in visible_text(d, "sent"),
                 timeout=15)
        assert phone_notes(again) == ["Written while it was closed"]
    finally:
        again.server.close()


def test_a_note_refused_while_the_library_is_busy_waits_and_is_sent_again(
        observation: Observation, driver: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy library (a backup running, a colleague's long save) refuses a batch with 503:
    the note stays a waiting draft and is sent again, not parked as "Not saved" for the
    observer to rescue (it was, with the server's English sentence on any phone)."""
    from lessonstudy.domain.errors import StorageError
    from lessonstudy.i18n import N_
    from lessonstudy.web import note_writer

    real, calls = note_writer.add_notes, []

    def busy_first(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise StorageError(N_("The library is busy: another program is writing to it."))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(note_writer, "add_notes", busy_first)
    d: object = driver
    name = make_convenor(observation)
    live.start_lesson(observation.library, observation.teaching_id, datetime.now(UTC))
    d.get(observation.details.url)  # type: ignore[attr-defined]
    wait_for(d, lambda _d: d.find_element("id", "pick-view").is_displayed())  # type: ignore
    buttons = d.find_elements("css selector", "#roster button.name")  # type: ignore
    next(b for b in buttons if b.text == name).click()
    wait_for(d, lambda _d: "Segment 1" in visible_text(d, "clock-segment"))
    d.find_element("id", "note-text").send_keys("Sent while the laptop was busy")  # type: ignore
    d.find_element("id", "send-note").click()  # type: ignore[attr-defined]
    wait_for(d, lambda _d: "busy" in visible_text(d, "banner"))
    assert "Not saved" not in visible_text(d, "drafts")
    wait_for(d, lambda _d: "Sent while the laptop" in visible_text(d, "sent"), timeout=15)
    assert phone_notes(observation) == ["Sent while the laptop was busy"]
    assert not d.find_element("id", "banner").is_displayed()  # type: ignore[attr-defined]
