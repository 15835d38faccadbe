"""The demo open class: a Secondary 2 mathematics lesson, taught twice, observed and debriefed.

Plain data only, so the loader stays short and a teacher reading this file
sees a realistic lesson study cycle. Names and some notes are in Traditional
Chinese, as in Hong Kong schools. What the app itself would have created (group names,
focus areas and their prompts, team roles, agenda steps, principles, tallies) is marked with
``N_`` and created in the library's language; what the team typed stays as written.
"""

from __future__ import annotations

from datetime import date

from lessonstudy.i18n.marks import N_

TEAM = {
    "uuid": "5f0c3a52-6a4e-4d0b-9d62-1c0de5a70001",
    "name": "S2 Mathematics Team 中二數學科",
    "school": "Fanling Demo Secondary School",
    "subject": "Mathematics",
    "members": [
        ("陳慧敏 Chan Wai Man", N_("teaching teacher")),
        ("李嘉欣 Lee Ka Yan", N_("planner, case-pupil notes")),
        ("Wong Siu Ming 黃小明", N_("planner, materials")),
        ("Ho Mei Ling", N_("facilitator")),
    ],
}

CYCLE = {
    "research_theme": "Self-regulated learning: students explain and check their own reasoning "
    "自主學習：學生解釋並檢視自己的推理",
    "goals": "Every student voices a conjecture to a peer before the whole class hears it; "
    "groups use iBoards to make their thinking visible and critique another group's board.",
    "start_date": date(2026, 9, 7),
    "end_date": date(2026, 11, 20),
    "phase": "revise",
}

LESSON = {
    "title": "Discovering Pythagoras' theorem 發現畢氏定理",
    "subject": "Mathematics",
    "grade": "Secondary 2 (2A)",
    "unit": "Unit 7: Right-angled triangles",
    "goals": "Students discover that a² + b² = c² for right-angled triangles by measuring, "
    "state the relationship in their own words, and test it on a new triangle.",
    "rationale": "Students often memorise the formula without meaning. Measuring squares on "
    "the sides lets them find the pattern and argue about it with evidence.",
    "duration_seconds": 50 * 60,
}

# (title, kind, m:ss, activity, anticipated responses, teacher support, points to evaluate)
SEGMENTS_V2 = [
    (
        "Warm-up: squares and right angles",
        "presentation",
        "3:00",
        "Teacher recalls area of a square; which angle is a right angle?",
        "Most recall side × side.",
        "Grid slide with three squares.",
        "Do all students respond?",
    ),
    (
        "Which triangle is right-angled?",
        "whole_class_qa",
        "4:00",
        "Key question: how can we be sure an angle is 90°?",
        "'It looks square'; 'use a protractor'.",
        "Call on quiet students by name.",
        "How many different students answer?",
    ),
    (
        "Pair work: predict the pattern",
        "pair_work",
        "0:20",
        "20 seconds: tell your partner what you expect about the three squares.",
        "'The big one is the sum'; 'no idea'.",
        "Timer on screen.",
        "Every pair talks.",
    ),
    (
        "Group work: measure the squares",
        "group_work",
        "10:00",
        "Groups of four measure squares on the sides of three triangles on grid paper.",
        "Counting errors on the hypotenuse square.",
        "Cut-out squares for weaker groups.",
        "Are measurements recorded in the table?",
    ),
    (
        "iBoard writing: our conjecture",
        "iboard_writing",
        "6:00",
        "Write the conjecture and the evidence as four key ideas on the iBoard.",
        "Some write only the formula.",
        "Sentence starters: 'We noticed…', 'Because…'.",
        "Does each board give evidence?",
    ),
    (
        "Gallery: critique another iBoard",
        "peer_feedback",
        "7:00",
        "Rotate to the next group's iBoard; add one praise and one question in another colour.",
        "Praise without reasons.",
        "Model one good critique first.",
        "Quality of questions.",
    ),
    (
        "Group presentations",
        "student_presentation",
        "8:00",
        "Two groups present; the class checks their conjecture on an obtuse triangle.",
        "Discovering it fails for non-right triangles.",
        "Ask: when does it NOT work?",
        "Do students use the word 'hypotenuse'?",
    ),
    (
        "Teacher summary: the theorem",
        "presentation",
        "6:40",
        "State the theorem; a rearrangement proof with four triangles.",
        "Confusion between legs and hypotenuse.",
        "Colour-coded diagram.",
        "Exit-ticket readiness.",
    ),
    (
        "Exit ticket",
        "individual_work",
        "4:00",
        "Find the missing side of two triangles; one 'is it right-angled?' question.",
        "Forget to square-root.",
        "Walk around, note errors for tomorrow.",
        "Accuracy rate.",
    ),
    (
        "Closing and homework",
        "transition",
        "1:00",
        "Summarise in one sentence; homework p.112.",
        "",
        "",
        "",
    ),
]

# Version 1 differed: no pair work, longer group work, shorter gallery.
V1_CHANGES = {
    "Group work: measure the squares": "12:00",
    "Gallery: critique another iBoard": "5:00",
    "Teacher summary: the theorem": "7:00",
}
V1_SKIPPED = {"Pair work: predict the pattern"}

CASE_PUPILS = [
    ("A", "confident and quick; tends to answer for the group", "explains why, not only what"),
    ("B", "middle attainment, quiet in whole-class talk", "speaks to a partner and the group"),
    ("C", "struggles with measuring and arithmetic", "completes the measurement table"),
]

REHEARSAL = {
    "kind": "rehearsal",
    "date": date(2026, 10, 20),
    "class_name": "2C",
    "teacher": "陳慧敏 Chan Wai Man",
    "room": "Room 204",
}
RESEARCH = {
    "kind": "research",
    "date": date(2026, 11, 3),
    "class_name": "2A",
    "teacher": "陳慧敏 Chan Wai Man",
    "room": "Hall B (open class)",
}

# Actual minutes:seconds each segment started at, per teaching.
REHEARSAL_STARTS = ["0:00", "3:30", "8:10", "21:40", "28:30", "34:00", "43:20", "50:10", "53:00"]
RESEARCH_STARTS = [
    "0:00",
    "3:10",
    "7:40",
    "8:05",
    "19:30",
    "25:45",
    "32:10",
    "41:00",
    "47:50",
    "51:30",
]

# (group label, focus: a default focus area's name, prompts); the name is "Group {label}"
GROUPS = [
    (
        "A",
        N_("Objectives and learning guides / workbooks"),
        (N_("Are the objectives clear to students?"),
         N_("Does the learning guide / workbook support each step?")),
    ),
    (
        "B",
        N_("Teaching strategies and student participation"),
        (N_("Who speaks, and how often?"), N_("How does the teacher involve quiet students?")),
    ),
    (
        "C",
        N_("Student thinking and misconceptions"),
        (N_("What do students say and write?"), N_("Where does reasoning break down?")),
    ),
]

# 24 visitors: (name, school, role, group index)
OBSERVERS = [
    ("Dr Anna Leung 梁安娜", "Education University of Hong Kong", "critical_friend", 0),
    ("Mr Tse Kwok Wing 謝國榮", "Sha Tin College", "critical_friend", 1),
    ("Ms Priya Natarajan", "Island School", "critical_friend", 2),
    ("Ms Cheung Yuk Lan 張玉蘭", "Tai Po Secondary", "visitor", 0),
    ("Mr Lam Chi Keung", "Tai Po Secondary", "visitor", 1),
    ("Ms Yeung Hoi Yan 楊凱欣", "Tai Po Secondary", "visitor", 2),
    ("Mr David Lo", "Sheung Shui College", "visitor", 0),
    ("Ms Fung Wing Sze 馮詠詩", "Sheung Shui College", "visitor", 1),
    ("Mr Kwan Ho Yin", "Sheung Shui College", "visitor", 2),
    ("Ms Mak Sau Ling 麥秀玲", "Yuen Long Secondary", "visitor", 0),
    ("Mr Ng Tsz Kin", "Yuen Long Secondary", "visitor", 1),
    ("Ms Lau Ka Wai", "Yuen Long Secondary", "visitor", 2),
    ("Mr Chow Man Fai 周文輝", "Tuen Mun Catholic", "visitor", 0),
    ("Ms Sarah Ip", "Tuen Mun Catholic", "visitor", 1),
    ("Mr So Kin Chung", "Tuen Mun Catholic", "visitor", 2),
    ("Ms Tang Mei Kuen 鄧美娟", "Kowloon True Light", "visitor", 0),
    ("Mr Poon Wai Lok", "Kowloon True Light", "visitor", 1),
    ("Ms Chu Hiu Tung 朱曉彤", "Kowloon True Light", "visitor", 2),
    ("Mr Kenneth Yip", "Fanling Demo Secondary School", "team_member", 0),
    ("Ms Au Yuen Ting", "Fanling Demo Secondary School", "team_member", 1),
    ("Mr Siu Chun Hei 蕭俊希", "Fanling Demo Secondary School", "team_member", 2),
    ("Ms Wendy Choi", "Education Bureau", "knowledgeable_other", 0),
    ("Mr Hui Tak Shing", "North District Secondary", "visitor", 1),
    ("Ms Ko Lok Yi 高樂怡", "North District Secondary", "visitor", 2),
]

# (segment index, elapsed m:ss, group index, kind, text, case pupil label or None, flagged)
NOTES = [
    (
        1,
        "4:30",
        1,
        "evidence",
        "Teacher called on 6 students; 4 were boys in the front rows.",
        None,
        True,
    ),
    (
        2,
        "7:50",
        1,
        "evidence",
        "All pairs talked within 5 seconds; two pairs switched to Cantonese.",
        None,
        False,
    ),
    (
        3,
        "12:00",
        2,
        "evidence",
        "Pupil C counted the squares on the hypotenuse as 24 instead of 25.",
        "C",
        False,
    ),
    (
        3,
        "15:20",
        0,
        "question",
        "Is the measurement table in the workbook too small for three triangles?",
        None,
        False,
    ),
    (
        4,
        "21:00",
        2,
        "interpretation",
        "B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。",
        "B",
        False,
    ),
    (
        5,
        "27:30",
        1,
        "evidence",
        "Pupil B wrote a question on Group 3's board without prompting.",
        "B",
        True,
    ),
    (
        6,
        "36:00",
        2,
        "evidence",
        "When tested on an obtuse triangle, the presenting group said "
        "'then it is bigger' — good reasoning.",
        None,
        False,
    ),
    (
        7,
        "44:10",
        0,
        "question",
        "Objective 3 (test on a new triangle) was squeezed: only 2 minutes.",
        None,
        True,
    ),
    (8, "48:30", 1, "evidence", "Exit ticket: about 25 of 32 students correct on Q1.", None, False),
]

# (group index, four key ideas)
IBOARDS = [
    (
        0,
        [
            "Objectives on the board were clear and revisited",
            "學習冊的表格太小，三個三角形不夠位",
            "Sentence starters helped the conjectures",
            "Objective 3 needs more time",
        ],
    ),
    (
        1,
        [
            "Pair work got every student talking",
            "老師多點名前排學生",
            "Gallery critique was lively",
            "Give quiet students a role in presenting",
        ],
    ),
    (
        2,
        [
            "Students measured, then conjectured: real discovery",
            "C 類學生數格子出錯",
            "Obtuse-triangle test exposed the limits",
            "Ask 'why?' after each presentation",
        ],
    ),
]

CONFERENCE = {"facilitator": "Ho Mei Ling", "recorder": "李嘉欣 Lee Ka Yan"}

# What was said at the conference steps, by agenda kind (the report prints it under the agenda).
AGENDA_RECORDS = {
    "teacher_reflection": (
        "The group work ran ninety seconds long because two groups re-measured the squares. "
        "I cut the exit ticket short; next time I will give the measuring table a bigger grid."
    ),
    "planning_team": (
        "We chose measuring over a proof so that every pupil has numbers to argue with; "
        "the gallery step is there so groups must read another group's reasoning."
    ),
    "open_discussion": (
        "Visitors asked whether case pupil C's miscount was the ruler or the method; "
        "the team agreed to model counting half-squares in the warm-up. 大家同意先示範數半格。"
    ),
    "final_comments": (
        "Ms Wendy Choi: the iBoards made thinking visible; now make the test on a new "
        "triangle a protected ten minutes, because that is where the theorem becomes theirs."
    ),
}

# (group index or None, author, critical friend?, type, focus, segment index or None, text)
FEEDBACK = [
    (
        0,
        "Ms Cheung Yuk Lan 張玉蘭",
        False,
        "strength",
        "Objectives and learning guides / workbooks",
        0,
        "The objectives were clear and the teacher returned to them at the end.",
    ),
    (
        0,
        "Dr Anna Leung 梁安娜",
        True,
        "concern",
        "Objectives and learning guides / workbooks",
        6,
        "Objective 3 was rushed; the obtuse-triangle test deserves its own segment.",
    ),
    (
        1,
        "Mr Lam Chi Keung",
        False,
        "strength",
        "Teaching strategies and student participation",
        2,
        "The 20-second pair work made every student speak before the whole class.",
    ),
    (
        1,
        "Mr Tse Kwok Wing 謝國榮",
        True,
        "question",
        "Teaching strategies and student participation",
        1,
        "Why were most answers taken from the front rows? Could a name-stick pick students?",
    ),
    (
        1,
        "Ms Fung Wing Sze 馮詠詩",
        False,
        "suggestion",
        "Teaching strategies and student participation",
        5,
        "Give each group member a role during the gallery so quiet students write too.",
    ),
    (
        2,
        "Ms Priya Natarajan",
        True,
        "concern",
        "Student thinking and misconceptions",
        3,
        "Counting errors on the hypotenuse square were not caught until the presentations.",
    ),
    (
        2,
        "Ms Yeung Hoi Yan 楊凱欣",
        False,
        "strength",
        "Student thinking and misconceptions",
        6,
        "學生用鈍角三角形測試猜想，推理很好。",
    ),
    (
        None,
        "Ms Wendy Choi",
        False,
        "suggestion",
        "",
        7,
        "Shorten the teacher summary; let students state the theorem first.",
    ),
]

# (feedback index, target segment index, owner, text)
ACTIONS = [
    (
        1,
        6,
        "陳慧敏 Chan Wai Man",
        "Split presentations: add a 5-minute 'test on a new triangle' segment.",
    ),
    (3, 1, "Ho Mei Ling", "Use name sticks in whole-class Q&A so answers come from every row."),
    (5, 3, "Wong Siu Ming 黃小明", "Give groups a checking step: recount the largest square."),
]
