"""The words teachers use for roster columns and observer roles: English, Chinese, Japanese.

Registration lists in Hong Kong schools come with headings such as "Name",
"姓名", "學校 School" or "Organisation", and roles typed by hand: "Critical
friend", "critical_friend", "諍友". This module maps all of them onto the
app's fixed vocabulary, tolerating case, spaces, underscores and hyphens, and
offers a suggestion for near misses such as "nmae" or "critic".
"""

from __future__ import annotations

import difflib
import re

from lessonstudy.domain.enums import ObserverRole

COLUMNS = ("name", "school", "role", "group")
"""The columns a roster may have; only ``name`` is required."""

COLUMN_HINT = "name, school, role, group (姓名, 學校, 角色, 組別)"

ROLE_HINT = (
    "visitor, team member, critical friend, knowledgeable other, facilitator, recorder or "
    "timekeeper"
)

_COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "observer", "姓名", "名字", "氏名", "名前"),
    "school": ("school", "organisation", "organization", "學校", "机构", "機構", "学校",
               "所属"),
    "role": ("role", "角色", "役割"),
    "group": ("group", "observer group", "組別", "組", "组别", "组", "觀課組別", "グループ",
              "参観グループ"),
}

_ROLE_WORDS: dict[ObserverRole, tuple[str, ...]] = {
    ObserverRole.VISITOR: ("visitor", "observer", "guest", "觀課者", "訪客", "觀課老師",
                           "观课者", "观课教师", "来访教师", "访客", "参観者", "来校者"),
    ObserverRole.TEAM_MEMBER: ("team member", "member", "planning team", "團隊成員",
                               "備課組成員", "团队成员", "チームメンバー"),
    ObserverRole.CRITICAL_FRIEND: ("critical friend", "諍友", "诤友", "クリティカルフレンド",
                                   "クリティカル・フレンド"),
    ObserverRole.KNOWLEDGEABLE_OTHER: ("knowledgeable other", "expert", "專家", "专家", "指导专家",
                                      "指導助言者", "講師"),
    ObserverRole.FACILITATOR: ("facilitator", "主持", "主持人", "司会"),
    ObserverRole.RECORDER: ("recorder", "記錄", "紀錄", "記錄員", "紀錄員", "记录", "记录员",
                            "記録者"),
    ObserverRole.TIMEKEEPER: ("timekeeper", "計時", "計時員", "计时", "计时员", "タイムキーパー"),
}


def squash(text: str) -> str:
    """Compare words ignoring case, spaces, underscores and hyphens."""
    return re.sub(r"[\s_\-]+", "", text).casefold()


_COLUMN_OF = {squash(word): column for column, words in _COLUMN_WORDS.items() for word in words}
_ROLE_OF = {squash(word): role for role, words in _ROLE_WORDS.items() for word in words}
_ENGLISH_ROLES = {squash(role.label): role.label.lower() for role in ObserverRole}


def column_for(heading: str) -> str | None:
    """The column a heading means, also for bilingual headings like "學校 School"."""
    whole = _COLUMN_OF.get(squash(heading))
    if whole or not heading.strip():
        return whole
    parts = [squash(part) for part in re.split(r"[\s/()（）:：|]+", heading) if part.strip()]
    meanings = {_COLUMN_OF.get(part) for part in parts}
    if len(meanings) == 1 and None not in meanings:
        return meanings.pop()
    return None


def suggest_column(heading: str) -> str | None:
    """The column a mistyped heading probably meant ("nmae" -> "name")."""
    close = difflib.get_close_matches(squash(heading), list(_COLUMN_OF), n=1, cutoff=0.6)
    return _COLUMN_OF[close[0]] if close else None


def role_for(text: str) -> ObserverRole | None:
    """The role a cell means; an empty cell means a visitor, an unknown word None."""
    if not text.strip():
        return ObserverRole.VISITOR
    return _ROLE_OF.get(squash(text))


def suggest_role(text: str) -> str | None:
    """The English role name a mistyped role probably meant ("critic")."""
    close = difflib.get_close_matches(squash(text), list(_ENGLISH_ROLES), n=1, cutoff=0.6)
    if close:
        return _ENGLISH_ROLES[close[0]]
    prefixed = [name for key, name in _ENGLISH_ROLES.items() if key.startswith(squash(text))]
    return prefixed[0] if len(prefixed) == 1 else None

