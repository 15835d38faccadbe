"""Reading open-class rosters exported from Excel in Hong Kong schools."""

from __future__ import annotations

import codecs

import pytest

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import ImportRejectedError, ValidationError
from lessonstudy.exchange.roster import RosterRow, parse_roster

ENGLISH = (
    "name,school,role,group\n"
    "Chan Tai Man,Sha Tin College,critical friend,A\n"
    "Lee Siu Ming,,,\n"
)
EXPECTED = [
    RosterRow(2, "Chan Tai Man", "Sha Tin College", ObserverRole.CRITICAL_FRIEND, "A"),
    RosterRow(3, "Lee Siu Ming", "", ObserverRole.VISITOR, None),
]
CHINESE = "姓名,學校,角色,組別\n陳大文,沙田學院,諍友,甲組\n李小明,,主持,\n"
CHINESE_ROWS = [
    RosterRow(2, "陳大文", "沙田學院", ObserverRole.CRITICAL_FRIEND, "甲組"),
    RosterRow(3, "李小明", "", ObserverRole.FACILITATOR, None),
]


def rejected(data: bytes, name: str = "roster.csv") -> ImportRejectedError:
    with pytest.raises(ImportRejectedError) as caught:
        parse_roster(data, source_name=name)
    assert isinstance(caught.value, ValidationError)
    return caught.value


# --- encodings and delimiters -------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("utf-8"),
        codecs.BOM_UTF8 + ENGLISH.encode("utf-8"),
        codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"),
        ENGLISH.replace("\n", "\r\n").encode("utf-8"),
        ENGLISH.replace(",", ";").encode("utf-8"),
        ENGLISH.replace(",", "\t").encode("utf-16"),
        ("sep=;\n" + ENGLISH.replace(",", ";")).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "crlf", "semicolon", "tab-utf16", "sep-line"],
)
def test_english_roster_in_every_encoding_and_delimiter(data: bytes) -> None:
    rows = parse_roster(data)
    offset = 1 if data.startswith(b"sep=") else 0
    assert rows == [
        RosterRow(row.line + offset, row.name, row.school, row.role, row.group) for row in EXPECTED
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp950"])
def test_chinese_headings_roles_and_names(encoding: str) -> None:
    data = CHINESE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert parse_roster(data) == CHINESE_ROWS


def test_japanese_headings() -> None:
    data = "氏名,所属,役割,グループ\n山田花子,附属小学校,指導助言者,A\n".encode()
    [row] = parse_roster(data)
    assert (row.name, row.school, row.role, row.group) == (
        "山田花子", "附属小学校", ObserverRole.KNOWLEDGEABLE_OTHER, "A")


def test_mixed_case_padded_and_bilingual_headings() -> None:
    data = " NAME , School 學校 ,Role,Organisation\nAmy Wong,,Team_Member,\n".encode()
    with pytest.raises(ImportRejectedError) as caught:
        parse_roster(data)
    assert caught.value.problems == [
        "line 1: columns 'School 學校' and 'Organisation' both mean school; keep only one"
    ]
    rows = parse_roster(" NAME , School 學校 ,ROLE , 組\nAmy Wong,,Team_Member,B\n".encode())
    assert rows == [RosterRow(2, "Amy Wong", "", ObserverRole.TEAM_MEMBER, "B")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Critical Friend", ObserverRole.CRITICAL_FRIEND),
        ("critical_friend", ObserverRole.CRITICAL_FRIEND),
        ("CRITICAL-FRIEND", ObserverRole.CRITICAL_FRIEND),
        ("knowledgeable  other", ObserverRole.KNOWLEDGEABLE_OTHER),
        ("Time keeper", ObserverRole.TIMEKEEPER),
        ("觀課者", ObserverRole.VISITOR),
        ("訪客", ObserverRole.VISITOR),
        ("團隊成員", ObserverRole.TEAM_MEMBER),
        ("諍友", ObserverRole.CRITICAL_FRIEND),
        ("專家", ObserverRole.KNOWLEDGEABLE_OTHER),
        ("主持", ObserverRole.FACILITATOR),
        ("記錄", ObserverRole.RECORDER),
        ("計時", ObserverRole.TIMEKEEPER),
        ("来访教师", ObserverRole.VISITOR),
        ("指导专家", ObserverRole.KNOWLEDGEABLE_OTHER),
        ("参観者", ObserverRole.VISITOR),
        ("指導助言者", ObserverRole.KNOWLEDGEABLE_OTHER),
        ("クリティカル・フレンド", ObserverRole.CRITICAL_FRIEND),
        ("司会", ObserverRole.FACILITATOR),
        ("", ObserverRole.VISITOR),
    ],
)
def test_role_words(text: str, role: ObserverRole) -> None:
    [row] = parse_roster(f"name,role\nAmy,{text}\n".encode())
    assert row.role is role


def test_blank_lines_and_trailing_empty_columns_are_ignored() -> None:
    data = b"name,school,,\n\nChan Tai Man ,  Sha  Tin College,,\n,,,\n\nLee,X,,\n"
    assert parse_roster(data) == [
        RosterRow(3, "Chan Tai Man", "Sha Tin College", ObserverRole.VISITOR, None),
        RosterRow(6, "Lee", "X", ObserverRole.VISITOR, None),
    ]


def test_quoted_values_may_hold_the_delimiter() -> None:
    rows = parse_roster(b'name,school\n"Chan, Tai Man","St. Paul\'s, Kowloon"\n')
    visitor = ObserverRole.VISITOR
    assert rows == [RosterRow(2, "Chan, Tai Man", "St. Paul's, Kowloon", visitor, None)]


def test_a_value_over_several_lines_is_refused_at_its_first_line() -> None:
    data = b'name,school\n"Chan, Tai Man",X\n"Lee\nSiu Ming",Y\n,\nAmy,,\n'
    problem = rejected(data).problems
    assert problem == ["line 3: the name runs over several lines; is a quote (\") left open?"]


# --- bad files are refused whole -----------------------------------------------


def test_every_bad_row_is_listed_with_its_line() -> None:
    lines = [
        "name,school,role",
        "Chan Tai Man,Sha Tin College,visitor",
        "Wong Mei,Pui Ching,recorder",
        "Ho Ka Yan,,visitor",
        "",
        "Lam Chi,Pui Ching,critic",
        "Cheung Wai,Pui Ching,",
        ",Pui Ching,visitor",
        "Ng Ho,Pui Ching,visitor,extra",
        "chan  tai man,sha tin college,",
    ]
    error = rejected("\n".join(lines).encode(), name="open-class.csv")
    assert error.problems == [
        "line 6: role 'critic' is not known (did you mean 'critical friend'? use visitor, "
        "team member, critical friend, knowledgeable other, facilitator, recorder or timekeeper)",
        "line 8: name is empty",
        "line 9: there is a value in column 4 ('extra'), which has no heading; "
        "is there a stray comma?",
        "line 10: 'Chan Tai Man' (Sha Tin College) appears twice, also on line 2",
    ]
    assert str(error).startswith("open-class.csv was not imported (4 problems)")


def test_same_name_at_different_schools_is_not_a_duplicate() -> None:
    rows = parse_roster(b"name,school\nChan Tai Man,A\nChan Tai Man,B\nChan Tai Man,\n")
    assert len(rows) == 3


def test_third_copy_names_both_other_lines() -> None:
    error = rejected(b"name\nAmy\nAmy\namy\n")
    assert error.problems[-1] == "line 4: 'Amy' appears 3 times, also on lines 2 and 3"


def test_unknown_columns_are_refused_with_a_suggestion() -> None:
    error = rejected(b"nmae,school,rloe,email\nAmy,X,visitor,a@b.hk\n")
    assert error.problems == [
        "line 1: column 'nmae' is not known; did you mean 'name'?",
        "line 1: column 'rloe' is not known; did you mean 'role'?",
        "line 1: column 'email' is not used by Lesson Study; delete it or rename it to one of "
        "name, school, role, group (姓名, 學校, 角色, 組別)",
    ]


def test_a_file_without_a_heading_row_says_so() -> None:
    error = rejected("陳大文,沙田學院\n".encode())
    assert error.problems[-1].startswith(
        "line 1: there is no name column (姓名) (the first line must be the heading row)"
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "roster.csv is empty: there is no heading row and no observers."),
        (b"\n  \n", "roster.csv is empty: there is no heading row and no observers."),
        (b"name,school\n\n", "roster.csv has a heading row but no observers under it."),
        (codecs.BOM_UTF8, "roster.csv is empty: there is no heading row and no observers."),
    ],
)
def test_empty_and_heading_only_files(data: bytes, problem: str) -> None:
    assert rejected(data).problems == [problem]


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "an Excel workbook or zip file (save it as CSV first)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (save it as CSV first)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
    ],
)
def test_binary_files_renamed_csv_are_refused(data: bytes, looks_like: str) -> None:
    error = rejected(data, name="visitors.csv")
    assert error.problems == [f"visitors.csv is not a CSV file: it looks like {looks_like}."]


def test_unknown_binary_and_undecodable_bytes_are_refused() -> None:
    assert rejected(b"name\n\x00\x01\x02\x03").problems == [
        "roster.csv is not a CSV text file (it contains binary data)."
    ]
    assert "not readable text" in rejected(b"name\n\xff\xfe\xff\xfe\x80\x80").problems[0]


def test_open_quote_is_reported_with_its_line() -> None:
    error = rejected(b'name,school\nAmy,X\n"Ben,Y\n')
    assert error.problems[0].startswith("line 3: this line cannot be read as CSV")


@pytest.mark.parametrize(("language", "words"), [
    ("zh-HK", ["第 6 行：", "不認識角色", "第 8 行：姓名是空的", "沒有標題",
               "出現了兩次，另見第 2 行"]),
    ("zh-CN", ["第 6 行：", "无法识别角色", "第 8 行：姓名为空", "没有标题",
               "出现了两次，另见第 2 行"]),
    ("ja", ["6 行目：", "役割「critic」は分かりません", "8 行目：氏名が空です", "見出しのない",
            "2 回出てきます（2 行目にもあります）"]),
])
def test_problem_lines_are_in_the_readers_language(language: str, words: list[str]) -> None:
    """Each line's problem was an English f-string inside a translated summary (audit D17)."""
    from lessonstudy.i18n import using_language

    lines = ["name,school,role", "Chan Tai Man,Sha Tin College,visitor", "Wong Mei,PC,recorder",
             "Ho Ka Yan,,visitor", "", "Lam Chi,PC,critic", "Cheung Wai,PC,", ",PC,visitor",
             "Ng Ho,PC,visitor,extra", "chan  tai man,sha tin college,"]
    with using_language(language):
        error = rejected("\n".join(lines).encode(), name="open-class.csv")
        text = "\n".join(error.problems)
    for word in words:
        assert word in text, (word, text)
    for english in ("line ", "is not known", "name is empty", "which has no heading",
                    "appears twice"):
        assert english not in text
