<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CheckProgress</name>
        <message>
            <location filename="../../lessonstudy/ui/check_progress.py" line="38" />
            <source>Photos checked: %v of %m</source>
            <translation>已检查照片：%v / %m</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Groups of four</source>
            <translation>四人小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Rows of desks</source>
            <translation>秧田式座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="50" />
            <source>Horseshoe</source>
            <translation>马蹄形</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Table</source>
            <translation>桌子</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Teacher's place</source>
            <translation>教师位置</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="55" />
            <source>Board</source>
            <translation>黑板</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="55" />
            <source>iBoard</source>
            <translation>iBoard</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="117" />
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="227" />
            <source>Use template</source>
            <translation>应用模板</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="118" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="119" />
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="67" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="89" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="120" />
            <source>Seats −</source>
            <translation>座位 −</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="121" />
            <source>Seats +</source>
            <translation>座位 +</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="136" />
            <source>Name of the picked table or place</source>
            <translation>所选桌子或位置的名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="140" />
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="283" />
            <source>Seat label</source>
            <translation>座位标签</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="141" />
            <source>Case pupil</source>
            <translation>重点观察学生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="147" />
            <source>Click a table to pick it; drag it to move it.</source>
            <translation>单击桌子以选择；拖动可移动。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="194" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="196" />
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="112" />
            <source>Case pupil {label}</source>
            <translation>重点观察学生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="237" />
            <source>Group {n}</source>
            <translation>第 {n} 组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="239" />
            <source>Add {what}</source>
            <translation>添加{what}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="249" />
            <source>Remove {name}</source>
            <translation>移除“{name}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="256" />
            <source>Move {name}</source>
            <translation>移动“{name}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="266" />
            <source>Seats at {name}</source>
            <translation>“{name}”的座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="274" />
            <source>Rename {name}</source>
            <translation>重命名“{name}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="292" />
            <source>Case pupil's seat</source>
            <translation>重点观察学生的座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="61" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="63" />
            <source>Draw the classroom: six groups of four</source>
            <translation>绘制教室：六个四人小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="173" />
            <source>Next note is about: {names}</source>
            <translation>下一条笔记关于：{names}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="174" />
            <source>Click seats or a table (or press its number) to say whom the next note is about.</source>
            <translation>点击座位或桌子（或按桌号键）指定下一条笔记关于谁。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="58" />
            <source>Add case pupil…</source>
            <translation>添加重点观察学生…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="63" />
            <source>The case pupil to rename or remove</source>
            <translation>要改名或移除的重点观察学生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="64" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="102" />
            <source>For each case pupil and segment, write how you predict the pupil will respond. Observers record what the pupil did beside it.</source>
            <translation>为每名重点观察学生在每个环节写下您预测的反应。观课教师会在旁记录学生实际的表现。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="104" />
            <source>This lesson has no case pupils yet: press Add case pupil to name the pupils the observers will follow, then write predictions for them.</source>
            <translation>这节课还没有重点观察学生：按“添加重点观察学生”写下观课教师要跟进的学生，然后为他们写预测。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="140" />
            <source>Add case pupil</source>
            <translation>添加重点观察学生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="141" />
            <source>Label (such as A, or a first name):</source>
            <translation>代号（例如 A，或名字）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>New label:</source>
            <translation>新代号：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>Rename case pupil</source>
            <translation>重点观察学生改名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="167" />
            <source>Add case pupil {label}</source>
            <translation>添加重点观察学生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="181" />
            <source>Rename case pupil {label}</source>
            <translation>重点观察学生改名为 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="192" />
            <source>Remove case pupil {label}</source>
            <translation>移除重点观察学生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="26" />
            <source>Classroom</source>
            <translation>教室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="30" />
            <source>Predictions</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="34" />
            <source>Tallies</source>
            <translation>计数</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>What is counted</source>
            <translation>计数项目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="62" />
            <source>Counts by segment (segment numbers as in the plan)</source>
            <translation>按环节的次数（环节编号与教学设计相同）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="64" />
            <source>Tallies are kept per observer group, and this teaching has no groups yet. Make them in the Observer groups tab (Import roster…, then Assign automatically); then choose here what each group counts.</source>
            <translation>计数按观课小组记录，而本次授课还没有小组。请先在“观课小组”标签页建立小组（导入名单…，再点“自动分组”），然后在这里选择每组要计数的项目。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="70" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="91" />
            <source>Use suggested set</source>
            <translation>使用建议项目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="71" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="90" />
            <source>Use COPUS codes</source>
            <translation>使用 COPUS 代码</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="72" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="88" />
            <source>Add counter</source>
            <translation>添加计数器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="82" />
            <source>Observer group</source>
            <translation>观课小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="92" />
            <source>Save counters</source>
            <translation>保存计数器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="158" />
            <source>{group} counts nothing yet. Take a ready-made set or add your own counters, give each a key letter and press Save counters. In the live lesson, that letter pressed on the classroom map counts it.</source>
            <translation>{group} 还没有计数项目。可使用现成的一套，或自行添加计数器；为每项指定一个字母按键，再点“保存计数器”。课堂实况中，在教室图上按该字母即计数一次。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="58" />
            <source>Tallies for</source>
            <translation>计数小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="113" />
            <source>{name}: press {key} on the map to count</source>
            <translation>{name}：在座位图上按 {key} 计数</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="149" />
            <source>Count {name}</source>
            <translation>计数“{name}”</translation>
        </message>
    </context>
    <context>
        <name>Conference</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/__init__.py" line="21" />
            <source>Conference</source>
            <translation>课后研讨</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="46" />
            <source>Done in version {n}</source>
            <translation>已在第 {n} 版完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="48" />
            <source>Dropped</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="50" />
            <source>Open · in version {n}</source>
            <translation>未完成 · 见第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="51" />
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="65" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="129" />
            <source>Action</source>
            <translation>改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="66" />
            <source>Target</source>
            <translation>对应部分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="67" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="130" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="68" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="83" />
            <source>What will the team change?</source>
            <translation>团队将做哪些改进？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="90" />
            <source>(any part)</source>
            <translation>（任何部分）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Anticipated student responses</source>
            <translation>预设学生反应</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Case pupils</source>
            <translation>重点观察学生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Learning activity and key questions</source>
            <translation>学习活动及关键问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson duration</source>
            <translation>课时</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson goals</source>
            <translation>教学目标</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Materials</source>
            <translation>教学资源</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Points to evaluate</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Rationale</source>
            <translation>设计意图</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment timing</source>
            <translation>环节时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment title</source>
            <translation>环节名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Teacher support</source>
            <translation>教师指导</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="96" />
            <source>Unlink</source>
            <translation>取消关联</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="102" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="210" />
            <source>Add action</source>
            <translation>添加改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="103" />
            <source>Done by version</source>
            <translation>完成版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="104" />
            <source>Drop</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="105" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="106" />
            <source>Create revised version…</source>
            <translation>创建修订版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="119" />
            <source>Closing version:</source>
            <translation>完成于版本：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="128" />
            <source>From feedback</source>
            <translation>来自反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="131" />
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="80" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="77" />
            <source>Segment</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="132" />
            <source>Part of the plan</source>
            <translation>教学设计部分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="147" />
            <source>(whole lesson)</source>
            <translation>（整节课）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="153" />
            <source>Version {n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="156" />
            <source>(no later version yet)</source>
            <translation>（还没有更新的版本）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <source>Agree action from feedback</source>
            <translation>从反馈商定改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="209" />
            <source>(none: a new action of its own)</source>
            <translation>（没有：独立的新改进事项）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="213" />
            <source>“{text}” — the action will be linked to it</source>
            <translation>“{text}”——改进事项会关联到这项反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="215" />
            <source>Agree action</source>
            <translation>商定改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="220" />
            <source>Mark action done</source>
            <translation>将改进事项标记为完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="225" />
            <source>Change action status</source>
            <translation>更改改进事项状态</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="59" />
            <source>Planned minutes must be a whole number, or blank if not planned.</source>
            <translation>计划分钟数必须是整数；未计划的话请留空。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="78" />
            <source>Step</source>
            <translation>议程环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="79" />
            <source>Speaker</source>
            <translation>发言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="80" />
            <source>Planned (min)</source>
            <translation>计划（分钟）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="82" />
            <source>Time used</source>
            <translation>实际用时</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="91" />
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="244" />
            <source>No step is being timed.</source>
            <translation>目前没有为任何议程项目计时。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="93" />
            <source>Start step</source>
            <translation>开始此项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="94" />
            <source>Next step</source>
            <translation>下一项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="95" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="104" />
            <source>Record of the selected step</source>
            <translation>所选议程环节的记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="108" />
            <source>What was said: the reflection, the rationale, the discussion, the comments…</source>
            <translation>说了什么：反思、设计意图、讨论、评语……</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="111" />
            <source>Save record</source>
            <translation>保存记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="160" />
            <source>Select a step to write down what was said.</source>
            <translation>选择一个议程环节，记下当时说了什么。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="162" />
            <source>Record of “{step}”</source>
            <translation>“{step}”的记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="192" />
            <source>Write the record of a step</source>
            <translation>记录一个议程环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="236" />
            <source>Time an agenda step</source>
            <translation>为议程项目计时</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="246" />
            <source>{step}: {used} of {planned} min</source>
            <translation>{step}：已用 {used}／{planned} 分钟</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="272" />
            <source>Edit agenda step</source>
            <translation>编辑议程项目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Concern</source>
            <translation>疑虑</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Strength</source>
            <translation>亮点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="56" />
            <source>Who said it</source>
            <translation>发言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="57" />
            <source>Critical friend</source>
            <translation>诤友</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="62" />
            <source>What the group saw, asked or suggests</source>
            <translation>小组观察到、提出的问题或建议</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="75" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="73" />
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="76" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="75" />
            <source>Group</source>
            <translation>小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="77" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="76" />
            <source>Author</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="79" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="74" />
            <source>Focus</source>
            <translation>观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="81" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="78" />
            <location filename="../../lessonstudy/ui/conference/tab.py" line="261" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="82" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="79" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="92" />
            <source>(whole conference)</source>
            <translation>（整个会议）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="99" />
            <source>(no particular segment)</source>
            <translation>（不指定环节）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="93" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="36" />
            <source>Key ideas → feedback</source>
            <translation>要点 → 反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="94" />
            <source>Type key ideas…</source>
            <translation>输入要点…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="96" />
            <source>Type the group's four key ideas from its board or its report, without a photo</source>
            <translation>不用照片，直接输入小组在小白板上或汇报中的四个要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="98" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="180" />
            <source>Add feedback</source>
            <translation>添加反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="99" />
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="100" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="101" />
            <source>Agree an action from it</source>
            <translation>据此商定改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="148" />
            <source>{group} ({n} key ideas)</source>
            <translation>{group}（{n} 个要点）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="194" />
            <source>Edit feedback</source>
            <translation>编辑反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="211" />
            <source>Delete feedback</source>
            <translation>删除反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="221" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="235" />
            <source>Every key idea of this group is already a feedback item.</source>
            <translation>此小组的所有要点都已成为反馈项目。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="232" />
            <source>Key ideas to feedback</source>
            <translation>将要点转为反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="53" />
            <source>Choose the type of each of {group}'s key ideas:</source>
            <translation>为{group}的每个要点选择反馈类别：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="32" />
            <source>Conference report…</source>
            <translation>课后研讨报告…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="42" />
            <source>Save the conference report</source>
            <translation>保存课后研讨报告</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="43" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="141" />
            <source>Loading the conference…</source>
            <translation>正在加载课后研讨…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="213" />
            <source>No conference has been prepared for this teaching yet. Preparing one sets out the protocol agenda (thanks, the teacher's reflection, one report per observer group, critical friends, open discussion, final comments, agreed actions) and the five feedback principles.</source>
            <translation>这次授课尚未准备课后研讨。准备后会列出议课程序（致谢、授课教师反思、各观课小组汇报、诤友意见、自由讨论、总结发言、商定改进事项）及五项反馈原则。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="218" />
            <source>Prepare the conference</source>
            <translation>准备课后研讨</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="247" />
            <source>Save details</source>
            <translation>保存信息</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="259" />
            <source>Details and principles</source>
            <translation>信息及原则</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="260" />
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="262" />
            <source>Actions</source>
            <translation>改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="279" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="280" />
            <source>Recorder</source>
            <translation>记录员</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="281" />
            <source>Feedback principles
(one per line)</source>
            <translation>反馈原则
（每行一项）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="307" />
            <source>&lt;b&gt;Post-lesson conference&lt;/b&gt; · {lesson} · version {n} · {when}</source>
            <translation>&lt;b&gt;课后研讨&lt;/b&gt; · {lesson} · 第 {n} 版 · {when}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="335" />
            <source>Edit conference details</source>
            <translation>编辑课后研讨信息</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="346" />
            <source>Create the next version of this lesson, linked to every open action?</source>
            <translation>要创建这个课例的下一个版本，并关联所有未完成的改进事项吗？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="355" />
            <source>Version {n} was created as a draft with {k} open action(s) linked.</source>
            <translation>已创建第 {n} 版草稿，并关联 {k} 项未完成的改进事项。</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="41" />
            <source>Someone else</source>
            <translation>另一位用户</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="44" />
            <source>{who} changed this at {when} while you were editing it.</source>
            <translation>您编辑期间，{who} 于 {when} 更改了这项内容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="46" />
            <source>{who} changed this while you were editing it.</source>
            <translation>您编辑期间，{who} 更改了这项内容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="61" />
            <source>Changed by someone else</source>
            <translation>已被其他人更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="63" />
            <source>Reload to see their version (your unsaved change is dropped), or keep yours to save it over theirs.</source>
            <translation>重新加载以查看对方的版本（您未保存的更改会被舍弃），或保留您的版本并覆盖对方的更改。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="65" />
            <source>Reload theirs</source>
            <translation>重新加载对方版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="67" />
            <source>Keep mine</source>
            <translation>保留我的版本</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="33" />
            <source>Lesson Study: unexpected error</source>
            <translation>课例研究：发生意外错误</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="35" />
            <source>Something went wrong inside Lesson Study. Your saved work is safe: every change is stored as soon as it is made.</source>
            <translation>课例研究内部出现问题。您已保存的工作是安全的：每项更改一经作出便会立即保存。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="40" />
            <source>Please send the details below to whoever looks after the app.</source>
            <translation>请把以下详细信息发送给负责维护本程序的同事。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentView</name>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="30" />
            <source>Open a library first.</source>
            <translation>请先打开课例库。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="43" />
            <source>&amp;Department view…</source>
            <translation>教研组总览(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="35" />
            <source>Words in lesson, team, theme, teacher…</source>
            <translation>课例、团队、主题、教师中的关键词…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Cycle:</source>
            <translation>研究周期：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Team:</source>
            <translation>团队：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="46" />
            <source>From:</source>
            <translation>由：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="46" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="50" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="76" />
            <source>All teams</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="82" />
            <source>(no theme)</source>
            <translation>（没有主题）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="84" />
            <source>All cycles</source>
            <translation>所有研究周期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="109" />
            <source>start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="110" />
            <source>end date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="56" />
            <source>Lesson</source>
            <translation>课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="57" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="58" />
            <source>Subject</source>
            <translation>学科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="59" />
            <source>Research theme</source>
            <translation>研究主题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="61" />
            <source>Teacher</source>
            <translation>授课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="62" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="63" />
            <source>Strengths</source>
            <translation>亮点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="64" />
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="65" />
            <source>Suggestions</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="66" />
            <source>Concerns</source>
            <translation>疑虑</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="67" />
            <source>Open actions</source>
            <translation>未完成改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="68" />
            <source>Closed actions</source>
            <translation>已完成改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="57" />
            <source>Save the debrief packet</source>
            <translation>保存议课资料汇编</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="58" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="83" />
            <source>Writing the debrief packet…</source>
            <translation>正在制作议课资料汇编…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="87" />
            <source>Laying out {n} lesson(s)…</source>
            <translation>正在排版 {n} 个课例…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="88" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="90" />
            <source>Debrief packet</source>
            <translation>议课资料汇编</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="114" />
            <source>Debrief packet written: {path} ({pages} pages)</source>
            <translation>议课资料汇编已保存：{path}（{pages} 页）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="121" />
            <source>Packet cancelled; no file was written.</source>
            <translation>已取消制作资料汇编；没有写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="53" />
            <source>Department view — debriefed lessons</source>
            <translation>教研组总览 — 已完成议课的课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="111" />
            <source>the teams' schools</source>
            <translation>各团队的学校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="112" />
            <source>Start each lesson on a right-hand page (duplex)</source>
            <translation>每个课例由右页开始（双面打印）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="114" />
            <source>Select all shown</source>
            <translation>选择所有显示项目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="117" />
            <source>Print packet…</source>
            <translation>打印资料汇编…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="122" />
            <source>Packet title:</source>
            <translation>资料汇编标题：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="123" />
            <source>School on the cover:</source>
            <translation>封面上的学校：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="159" />
            <source>{shown} of {total} lessons shown · {chosen} selected</source>
            <translation>显示 {shown}／{total} 个课例 · 已选择 {chosen} 个</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="179" />
            <source>Select one or more lessons in the table first (Ctrl+A selects all shown).</source>
            <translation>请先在表格中选择一个或多个课例（Ctrl+A 选择所有显示项目）。</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../lessonstudy/ui/detail_pane.py" line="102" />
            <source>Select a lesson, a version or a teaching.</source>
            <translation>请选择一个课例、版本或授课。</translation>
        </message>
    </context>
    <context>
        <name>DurationDelegate</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/delegates.py" line="66" />
            <source>m:ss, e.g. 0:20 or 12:30</source>
            <translation>分:秒，例如 0:20 或 12:30</translation>
        </message>
    </context>
    <context>
        <name>EmptyLibraryPage</name>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="20" />
            <source>&lt;h2&gt;Your library is empty&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;您的课例库是空的&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="22" />
            <source>Lesson Study keeps your team's lessons, their timed segments and versions, the observer groups of an open class, their notes and iBoard photos, and the post-lesson conference.

Open the demo to explore a complete open class: a 50-minute mathematics lesson planned by a team of four, rehearsed, taught to 24 visitors in three observer groups, and debriefed.</source>
            <translation>课例研究保存团队的课例、各个定时环节和版本、公开课的观课小组、他们的观课笔记和小白板 (iBoard) 照片，以及课后研讨。

打开示例课例库，看看一次完整的公开课：由四位教师共同设计的 50 分钟数学课，经过试教，再由分成三个观课小组的 24 位来访教师观课，并完成议课。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="31" />
            <source>Open demo library</source>
            <translation>打开示例课例库</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="41" />
            <source>E&amp;xport lesson bundle…</source>
            <translation>导出课例包(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="43" />
            <source>&amp;Import lesson…</source>
            <translation>导入课例(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="45" />
            <source>Shared &amp;server…</source>
            <translation>共用服务器(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="52" />
            <source>Select a lesson in the library first.</source>
            <translation>请先在课例库中选择一个课例。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="55" />
            <source>Export lesson bundle</source>
            <translation>导出课例包</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="57" />
            <source>Lesson bundles (*.lsb)</source>
            <translation>课例包 (*.lsb)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="67" />
            <source>Exporting the lesson…</source>
            <translation>正在导出课例…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="70" />
            <source>Exported '{title}' to {path}</source>
            <translation>已将“{title}”导出至 {path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="77" />
            <source>Import lesson</source>
            <translation>导入课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="78" />
            <source>Lesson bundles and lesson files (*.lsb *.json)</source>
            <translation>课例包及课例文件 (*.lsb *.json)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="90" />
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="97" />
            <source>Imported '{title}': {added} added, {updated} updated.</source>
            <translation>已导入“{title}”：新增 {added} 项，更新 {updated} 项。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="105" />
            <source>Please wait: the last import or export is still running.</source>
            <translation>请稍候：上一次导入或导出仍在进行中。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="116" />
            <source>Shared server</source>
            <translation>共用服务器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="117" />
            <source>Database URL of the school's server, e.g.
postgresql+psycopg://teacher@server/lessonstudy
Leave empty to use this computer's library.</source>
            <translation>学校服务器的数据库地址，例如：
postgresql+psycopg://teacher@server/lessonstudy
留空则使用这台电脑上的课例库。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="131" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="35" />
            <source>Changed on both sides — please review</source>
            <translation>双方都有更改 — 请核对</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="37" />
            <source>These records were changed here and on the other computer. Nothing was lost: notes, feedback, key ideas and actions now exist twice (yours and theirs); for other records yours was kept and theirs is shown below.</source>
            <translation>这些记录在这台电脑和另一台电脑上都有更改。没有任何数据丢失：观课笔记、反馈、要点和改进事项现在各有两份（您的和对方的）；其他记录则保留了您的版本，对方的版本列于下方。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Theirs</source>
            <translation>对方版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Yours</source>
            <translation>您的版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>both kept</source>
            <translation>两者皆保留</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>yours kept</source>
            <translation>保留您的版本</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="120" />
            <source>Lesson Study — user guides</source>
            <translation>Lesson Study — 使用指南</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="153" />
            <source>The user guides are not installed.</source>
            <translation>使用指南尚未安装。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="157" />
            <source>For IT staff and developers (in English)</source>
            <translation>供信息技术人员和开发者参考（英文）</translation>
        </message>
    </context>
    <context>
        <name>KeyIdeas</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="56" />
            <source>Type key ideas</source>
            <translation>输入要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="57" />
            <source>The four key ideas {group} wrote on its iBoard, typed without a photo. Leave a box empty for fewer.</source>
            <translation>{group}在小白板 (iBoard) 上写的四个要点，不用照片直接输入。要点较少时，留空即可。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="64" />
            <source>Already transcribed from its photos:</source>
            <translation>已从照片抄录：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="74" />
            <source>Key idea {n}</source>
            <translation>要点 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="107" />
            <source>Type key ideas of {group}</source>
            <translation>输入{group}的要点</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="80" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="84" />
            <source>&amp;System language</source>
            <translation>跟随系统语言(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="45" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="47" />
            <source>The new language applies after you restart Lesson Study.</source>
            <translation>新的语言会在重新启动课例研究后生效。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="49" />
            <source>Restart now</source>
            <translation>立即重新启动</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="51" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>LessonForm</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="52" />
            <source>e.g. 50:00 or 40 min</source>
            <translation>例如 50:00 或 40 min</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="68" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="69" />
            <source>Subject</source>
            <translation>学科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="70" />
            <source>Class / grade</source>
            <translation>班级／年级</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="71" />
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="72" />
            <source>Lesson length</source>
            <translation>课时长度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="73" />
            <source>Lesson goals</source>
            <translation>教学目标</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="74" />
            <source>Rationale</source>
            <translation>设计意图</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="75" />
            <source>Research theme (cycle)</source>
            <translation>研究主题（研究周期）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="76" />
            <source>Cycle goals</source>
            <translation>研究周期目标</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="77" />
            <source>Team members</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="80" />
            <source>Save lesson</source>
            <translation>保存课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="83" />
            <source>Revert</source>
            <translation>还原</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblemPage</name>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="60" />
            <source>Nothing in the library folder was changed. Put back one of its backups, or open another library folder.</source>
            <translation>课例库文件夹中的内容没有任何改动。请恢复它的某个备份，或打开另一个课例库文件夹。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="63" />
            <source>Restore from backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="66" />
            <source>Open another library…</source>
            <translation>打开另一个课例库…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="80" />
            <source>The library in {folder} could not be opened</source>
            <translation>无法打开 {folder} 中的课例库</translation>
        </message>
    </context>
    <context>
        <name>LibrarySwitch</name>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="64" />
            <source>&amp;Open library…</source>
            <translation>打开课例库(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="68" />
            <source>&amp;Recent libraries</source>
            <translation>最近的课例库(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="71" />
            <source>Restore from &amp;backup…</source>
            <translation>从备份恢复(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="83" />
            <source>Open library folder</source>
            <translation>打开课例库文件夹</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="94" />
            <source>Opening the library in {folder}…</source>
            <translation>正在打开 {folder} 的课例库…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="102" />
            <source>Opened the library in {folder}</source>
            <translation>已打开 {folder} 的课例库</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="120" />
            <location filename="../../lessonstudy/ui/library_switch.py" line="137" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="121" />
            <source>Library backups (*.db)</source>
            <translation>课例库备份 (*.db)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="140" />
            <source>Restoring {name}…</source>
            <translation>正在恢复 {name}…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="144" />
            <source>Put back the backup {name} from {when} ({lessons}, {teachings})?</source>
            <translation>要恢复 {when} 的备份 {name}（{lessons}，{teachings}）吗？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="150" />
            <source>It replaces the damaged library in {folder}.</source>
            <translation>它会替换 {folder} 中已损坏的课例库。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="152" />
            <source>It replaces the library in {folder}, which has {lessons} and {teachings} now.</source>
            <translation>它会替换 {folder} 中的课例库（目前有 {lessons}，{teachings}）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="157" />
            <source>A backup of the current library is kept first in {folder}.</source>
            <translation>恢复前会先把目前的课例库备份到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="164" />
            <source>Restored {name}.</source>
            <translation>已恢复 {name}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="166" />
            <source>The library it replaced was kept as {path}.</source>
            <translation>被替换的课例库已保留为 {path}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="168" />
            <source>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</source>
            <translation>
                <numerusform>它用到但不在照片文件夹中的照片文件：%n 个（“文件 → 检查课例库”会列出）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="189" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n 个课例</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="193" />
            <source>%n teaching(s)</source>
            <translation>
                <numerusform>%n 次授课</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="207" />
            <source>A server database is restored on the server (ask whoever runs it); Lesson Study restores only library folders.</source>
            <translation>服务器数据库须在服务器上恢复（请联系管理服务器的同事）；Lesson Study 只能恢复课例库文件夹。</translation>
        </message>
    </context>
    <context>
        <name>LibraryTreeModel</name>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="124" />
            <source>Lesson study cycle</source>
            <translation>课例研究周期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="129" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="131" />
            <source>Version {n} · {status} · {time}</source>
            <translation>第 {n} 版 · {status} · {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>rehearsed</source>
            <translation>已试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>taught</source>
            <translation>已授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="135" />
            <source>Teachings</source>
            <translation>授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="142" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="43" />
            <source>Rehearsal</source>
            <translation>试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="143" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="44" />
            <source>Research lesson</source>
            <translation>研究课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="144" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="198" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="45" />
            <source>Reteach</source>
            <translation>重上</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="146" />
            <source>no date</source>
            <translation>未定日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="147" />
            <source>{kind} · {date} · class {cls}</source>
            <translation>{kind} · {date} · {cls} 班</translation>
        </message>
    </context>
    <context>
        <name>LiveLesson</name>
        <message>
            <location filename="../../lessonstudy/ui/live/__init__.py" line="35" />
            <source>Select a teaching in the library first, then open its projector view.</source>
            <translation>请先在课例库中选择一次授课，然后打开投影画面。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/__init__.py" line="42" />
            <source>&amp;Projector view of the live lesson</source>
            <translation>课堂实况投影画面(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="61" />
            <source>&amp;Start lesson</source>
            <translation>开始上课(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="62" />
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="137" />
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="63" />
            <source>&amp;Next segment now (N)</source>
            <translation>立即进入下一环节(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="64" />
            <source>&amp;Back one segment</source>
            <translation>返回上一环节(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="65" />
            <source>En&amp;d lesson…</source>
            <translation>结束课堂(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="66" />
            <source>Start aga&amp;in…</source>
            <translation>重新开始(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="67" />
            <source>Pro&amp;jector view</source>
            <translation>投影画面(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="79" />
            <source>Elapsed</source>
            <translation>已过时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="82" />
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="108" />
            <source>No segments planned</source>
            <translation>尚未计划任何环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="111" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="76" />
            <source>Next: {title} ({time})</source>
            <translation>下一环节：{title}（{time}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="113" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="78" />
            <source>Next: end of the lesson</source>
            <translation>下一步：课堂结束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="118" />
            <source>The app was closed while the lesson clock ran. It is paused at {time}; press Resume to carry on.</source>
            <translation>课堂计时期间程序被关闭。计时已暂停于 {time}；点击“继续”即可接续。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="136" />
            <source>&amp;Resume</source>
            <translation>继续(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="148" />
            <source>End the lesson now? The clock stops for good.</source>
            <translation>现在结束课堂吗？计时会完全停止。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="152" />
            <source>Start again? The clock and every recorded segment timing of this teaching are cleared; notes are kept. Edit → Undo brings them back.</source>
            <translation>重新开始？此次授课的计时及所有已记录的环节时间将被清除；笔记会保留。可用“编辑 → 撤销”取回。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/controller.py" line="90" />
            <source>Start again</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="63" />
            <source>Loading the classroom…</source>
            <translation>正在加载教室…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="121" />
            <source>Live lesson</source>
            <translation>课堂实况</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="30" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="31" />
            <source>Running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="32" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="33" />
            <source>Lesson ended</source>
            <translation>课堂已结束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Interpretation</source>
            <translation>解读</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="39" />
            <source>Question</source>
            <translation>疑问</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="56" />
            <source>{time} behind plan</source>
            <translation>比计划慢 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="58" />
            <source>{time} ahead of plan</source>
            <translation>比计划快 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="59" />
            <source>on plan</source>
            <translation>符合计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="35" />
            <source>Edit note</source>
            <translation>编辑笔记</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="83" />
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="85" />
            <source>Delete note</source>
            <translation>删除笔记</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="33" />
            <source>E&amp;xport notes…</source>
            <translation>导出记录(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="35" />
            <source>Save every note of this teaching as a spreadsheet (.xlsx or .csv), one row per note</source>
            <translation>把这次授课的所有记录保存为电子表格（.xlsx 或 .csv），每条记录一行</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="45" />
            <source>Export the notes</source>
            <translation>导出记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="66" />
            <source>Exported {n} notes to {path}.</source>
            <translation>已把 {n} 条记录导出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="118" />
            <source>Not in a segment</source>
            <translation>不在任何环节内</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Group</source>
            <translation>小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Segment</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Case pupil</source>
            <translation>重点观察学生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Flag</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Observer</source>
            <translation>观课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="331" />
            <source>{title} ({count})</source>
            <translation>{title}（{count}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="380" />
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="84" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="71" />
            <source>Search notes (Ctrl+F)</source>
            <translation>搜索笔记 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="76" />
            <source>Loading notes…</source>
            <translation>正在加载笔记…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="84" />
            <source>A&amp;ttach photo…</source>
            <translation>附加照片(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="347" />
            <source>Select the note the photo belongs to, then attach it.</source>
            <translation>请先选择照片所属的笔记，然后再附加。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="349" />
            <source>Attach a photo</source>
            <translation>附加照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="350" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="43" />
            <source>Lesson clock — {title}</source>
            <translation>课堂计时 — {title}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="79" />
            <source>Elapsed {time}</source>
            <translation>已过 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="83" />
            <source>OVER TIME</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="46" />
            <source>Type what you see and press Enter to save it</source>
            <translation>输入您观察到的内容，按 Enter 保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="54" />
            <source>Fl&amp;ag</source>
            <translation>标记(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Group</source>
            <translation>小组(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="71" />
            <source>&amp;Observer</source>
            <translation>观课教师(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="72" />
            <source>Case p&amp;upil</source>
            <translation>重点观察学生(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="41" />
            <source>Lesson Study</source>
            <translation>课例研究</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="65" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="68" />
            <source>Opening library…</source>
            <translation>正在打开课例库…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="141" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="142" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="143" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="144" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="147" />
            <source>Open &amp;demo open class</source>
            <translation>打开示例公开课(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="150" />
            <source>&amp;Back up library now</source>
            <translation>立即备份课例库(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="155" />
            <source>&amp;Check library</source>
            <translation>检查课例库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="161" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="163" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="169" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="177" />
            <source>&amp;User guides</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="180" />
            <source>&amp;About Lesson Study</source>
            <translation>关于课例研究(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="202" />
            <source>No library open</source>
            <translation>未打开课例库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/main_window.py" line="221" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n 个课例</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="256" />
            <source>Loading the demo open class…</source>
            <translation>正在加载示例公开课…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="264" />
            <source>Demo open class loaded.</source>
            <translation>示例公开课已加载。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="274" />
            <source>The daily backup failed: {error}</source>
            <translation>每日备份失败：{error}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="295" />
            <source>The library needs attention</source>
            <translation>课例库需要处理</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="300" />
            <source>Daily backup written: {path}</source>
            <translation>已写入每日备份：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="308" />
            <source>Backup written: {path}</source>
            <translation>已完成备份：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="315" />
            <source>Checking the library and its photo files…</source>
            <translation>正在检查课例库及其照片文件…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="337" />
            <source>The library is healthy.</source>
            <translation>课例库状况良好。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="339" />
            <source>Problems found:
</source>
            <translation>发现以下问题：
</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="433" />
            <location filename="../../lessonstudy/ui/main_window.py" line="450" />
            <source>The library could not be opened</source>
            <translation>无法打开课例库</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/members_model.py" line="51" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/members_model.py" line="51" />
            <source>Role in the team</source>
            <translation>团队角色</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../lessonstudy/ui/messages.py" line="36" />
            <location filename="../../lessonstudy/ui/messages.py" line="57" />
            <location filename="../../lessonstudy/ui/messages.py" line="65" />
            <source>Lesson Study</source>
            <translation>课例研究</translation>
        </message>
    </context>
    <context>
        <name>NewLessonDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="34" />
            <source>New lesson</source>
            <translation>新建课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="44" />
            <source>A new team</source>
            <translation>新团队</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="50" />
            <source>Lesson title</source>
            <translation>课例名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="51" />
            <source>Subject</source>
            <translation>学科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="52" />
            <source>Class / grade</source>
            <translation>班级／年级</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="53" />
            <source>Lesson length</source>
            <translation>课时长度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="54" />
            <source>Planning team</source>
            <translation>备课组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="55" />
            <source>New team's name</source>
            <translation>新团队名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="56" />
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="57" />
            <source>Research theme</source>
            <translation>研究主题</translation>
        </message>
    </context>
    <context>
        <name>NewVersionDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="34" />
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="37" />
            <source>What changes, and why (e.g. after the rehearsal)</source>
            <translation>改了什么、为什么（例如试教后的修订）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="41" />
            <source>Copy of version {n}.</source>
            <translation>第 {n} 版的副本。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="42" />
            <source>Change summary</source>
            <translation>修订摘要</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="43" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
    </context>
    <context>
        <name>Observation</name>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="32" />
            <source>Observers send notes, photos and key ideas from their own phones over this computer's Wi-Fi network.</source>
            <translation>观课教师可用自己的手机，经这台电脑的 Wi-Fi 网络发送笔记、照片和要点。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="66" />
            <source>Observation open: join code…</source>
            <translation>观课已开放：加入码…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Open observation…</source>
            <translation>开放观课…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Opening observation…</source>
            <translation>正在开放观课…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="39" />
            <source>Observation: %1</source>
            <translation>观课：%1</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="51" />
            <source>&amp;Close observation</source>
            <translation>关闭观课(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="53" />
            <source>Copy &amp;link</source>
            <translation>复制链接(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="61" />
            <source>Observers scan the code with their phone camera, or open this address and type the join code:</source>
            <translation>观课教师用手机摄像头扫描二维码，或打开这个地址并输入加入码：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="66" />
            <source>Join code</source>
            <translation>加入码</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="75" />
            <source>&amp;Hide</source>
            <translation>隐藏(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="97" />
            <source>Listening on every network of this computer (port %1).</source>
            <translation>正在这台电脑的所有网络上监听（端口 %1）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="100" />
            <source>Listening on %1.</source>
            <translation>正在 %1 监听。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="101" />
            <source>Anyone on that network who has the link or the join code can join and send notes and photos into this library. Open it only on the school or classroom Wi-Fi, never on a public network, and close the observation after the lesson.</source>
            <translation>该网络上任何持有链接或加入码的人都可以加入，并把笔记和照片发送到这个课例库。只应在学校或教室的 Wi-Fi 开放，切勿在公共网络开放，并在课后关闭观课。</translation>
        </message>
    </context>
    <context>
        <name>ObservationForms</name>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="41" />
            <source>Select a teaching (an open class) in the library first.</source>
            <translation>请先在课例库中选择一次授课（公开课）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="48" />
            <source>Observation forms</source>
            <translation>观课记录表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="53" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="66" />
            <source>Print observation forms…</source>
            <translation>打印观课记录表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="59" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="69" />
            <source>Import filled form…</source>
            <translation>导入已填写的观课记录表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="56" />
            <source>One form per observer, with their name and role</source>
            <translation>每位观课教师一份，印有姓名和角色</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="57" />
            <source>Fillable: observers can type into the PDF</source>
            <translation>可填写：观课教师可直接在 PDF 上输入</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="58" />
            <source>All forms in one PDF (for the printer)</source>
            <translation>所有观课记录表合并为一个 PDF（方便打印）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="61" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="62" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="73" />
            <source>Forms print the group's focus and prompts, the segment grid and an iBoard page for four key ideas.</source>
            <translation>观课记录表会印出小组的观察重点和提示、环节表格，以及记录四个要点的小白板 (iBoard) 页。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="87" />
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="88" />
            <source>Print language:</source>
            <translation>打印语言：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="110" />
            <source>Save the observation forms</source>
            <translation>保存观课记录表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="112" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="158" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="117" />
            <source>Folder for the forms</source>
            <translation>存放观课记录表的文件夹</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="137" />
            <source>Printing the forms…</source>
            <translation>正在制作观课记录表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="142" />
            <source>{count} form(s), {pages} pages, saved in {where}</source>
            <translation>{count} 份观课记录表，共 {pages} 页，已保存于 {where}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="157" />
            <source>Import filled observation forms</source>
            <translation>导入已填写的观课记录表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="168" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="173" />
            <source>Nothing was imported.</source>
            <translation>没有导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="180" />
            <source>Some forms were not imported (the others were):</source>
            <translation>部分观课记录表未能导入（其余已导入）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="182" />
            <source>The form was not imported:</source>
            <translation>未能导入观课记录表：</translation>
        </message>
    </context>
    <context>
        <name>ObserverGroups</name>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="38" />
            <source>Observer groups</source>
            <translation>观课小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="76" />
            <source>No observers yet. Import the visitors' roster (a CSV file from the registration spreadsheet: a name column, and school, role or group if you have them) or add people one by one; then Assign automatically splits them into balanced groups.</source>
            <translation>还没有观课教师。可导入来访教师名单（由报名表格导出的 CSV 文件：须有姓名一列，学校、角色或组别可选），或逐一添加；然后点“自动分组”把他们分成人数均衡的小组。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="80" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="55" />
            <source>Import roster…</source>
            <translation>导入名单…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="82" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="69" />
            <source>Add observer</source>
            <translation>添加观课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="194" />
            <location filename="../../lessonstudy/ui/observers/board.py" line="206" />
            <location filename="../../lessonstudy/ui/observers/column.py" line="133" />
            <source>Unassigned</source>
            <translation>未分组</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="195" />
            <source>Move %n observer(s) to {group}</source>
            <translation>
                <numerusform>将 %n 位观课教师移至 {group}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="202" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="78" />
            <source>Move to group…</source>
            <translation>移到小组…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Pin %n observer(s)</source>
            <translation>
                <numerusform>固定 %n 位观课教师</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Unpin %n observer(s)</source>
            <translation>
                <numerusform>取消固定 %n 位观课教师</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="248" />
            <source>Add observer {name}</source>
            <translation>添加观课教师 {name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="270" />
            <source>Edit observer {name}</source>
            <translation>编辑观课教师 {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="280" />
            <source>Remove %n observer(s)</source>
            <translation>
                <numerusform>移除 %n 位观课教师</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="287" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="79" />
            <source>Remove observer</source>
            <translation>移除观课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="303" />
            <source>Remove {group}</source>
            <translation>移除 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="58" />
            <source>Groups: </source>
            <translation>小组数目：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="61" />
            <source>Seed: </source>
            <translation>随机种子：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="62" />
            <source>Another seed gives another, equally balanced split.</source>
            <translation>换一个随机种子，会得出另一个同样平均的分组。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="224" />
            <source>Assign automatically</source>
            <translation>自动分组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="66" />
            <source>Print group list…</source>
            <translation>打印分组名单…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="68" />
            <source>Add group</source>
            <translation>添加小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="80" />
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="81" />
            <source>Unpin</source>
            <translation>取消固定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="82" />
            <source>Focus areas…</source>
            <translation>观察重点…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="91" />
            <source>Foci for new groups</source>
            <translation>新小组的观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="97" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="99" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="98" />
            <source>Move, remove, pin or unpin the selected observers; focus areas</source>
            <translation>移动、移除、固定或取消固定所选观课教师；观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="108" />
            <source>The teaching's own foci (default)</source>
            <translation>沿用这次授课的观察重点（默认）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="138" />
            <source>%n observer(s)</source>
            <translation>
                <numerusform>%n 位观课教师</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="151" />
            <source>Add {group}</source>
            <translation>添加 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="171" />
            <source>Edit {group}</source>
            <translation>编辑 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="195" />
            <source>Import roster</source>
            <translation>导入名单</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="196" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="207" />
            <source>{file} cannot be read: {why}</source>
            <translation>无法读取 {file}：{why}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="211" />
            <source>Import roster {file}</source>
            <translation>导入名单 {file}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="233" />
            <source>Print group list</source>
            <translation>打印分组名单</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="234" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="251" />
            <source>Group list written: {path}</source>
            <translation>分组名单已保存：{path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="258" />
            <source>Imported %n observer(s)</source>
            <translation>
                <numerusform>已导入 %n 位观课教师</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="259" />
            <source>; {placed} placed in a group from the file.</source>
            <translation>；其中 {placed} 位已按文件编入小组。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="261" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="271" />
            <source>Created: {groups}.</source>
            <translation>已创建：{groups}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="268" />
            <source>Assigned automatically (seed {seed}): {sizes}.</source>
            <translation>已自动分组（随机种子 {seed}）：{sizes}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="274" />
            <source>Every rule was met.</source>
            <translation>所有规则均已符合。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="112" />
            <source>Edit group</source>
            <translation>编辑小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="113" />
            <source>Remove group</source>
            <translation>移除小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="134" />
            <source>Drag people from here into a group.</source>
            <translation>从这里把人拖到小组中。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="137" />
            <source>No focus yet</source>
            <translation>尚未设置观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="138" />
            <source>Convenor: {name}</source>
            <translation>组长：{name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="146" />
            <source>{n} observer(s)</source>
            <translation>{n} 位观课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="147" />
            <source>{n} of {capacity} seats</source>
            <translation>{n}／{capacity} 个座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="44" />
            <source>Observer group</source>
            <translation>观课小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="49" />
            <source>(choose from the focus-area library)</source>
            <translation>（从观察重点课例库中选择）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="55" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="47" />
            <source>One prompt per line</source>
            <translation>每行一个提示</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="62" />
            <source>no limit</source>
            <translation>不设上限</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="59" />
            <source>Name</source>
            <comment>of a group or focus area, not a person</comment>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="66" />
            <source>Focus from library</source>
            <translation>从课例库选择观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="67" />
            <source>Focus</source>
            <translation>观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="68" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="60" />
            <source>Prompts</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="69" />
            <source>Convenor</source>
            <translation>组长</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="70" />
            <source>Capacity (seats)</source>
            <translation>名额（座位）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="95" />
            <source>Observer</source>
            <translation>观课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="103" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="104" />
            <source>School / organisation</source>
            <translation>学校／机构</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="105" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="41" />
            <source>Focus areas</source>
            <translation>观察重点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="48" />
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="49" />
            <source>Add as new</source>
            <translation>添加为新项目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="50" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="110" />
            <source>Remove this focus area from the library? Groups that use it keep their copy of the focus and prompts.</source>
            <translation>要从课例库中移除这个观察重点吗？使用它的小组会保留各自的观察重点和提示。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Critical friend</source>
            <translation>诤友</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Knowledgeable other</source>
            <translation>指导专家</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Recorder</source>
            <translation>记录员</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Team member</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Timekeeper</source>
            <translation>计时员</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Visitor</source>
            <translation>来访教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="114" />
            <source>Pinned: automatic assignment keeps them here.</source>
            <translation>已固定：自动分组时会保留在这里。</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="54" />
            <source>Open a library first, then open {name} again.</source>
            <translation>请先打开课例库，然后再打开 {name}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="66" />
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="46" />
            <source>No program could open {name}. It is saved in {folder}.</source>
            <translation>没有程序可以打开 {name}。文件已保存在 {folder}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="55" />
            <source>Saved {name}</source>
            <translation>已保存 {name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="78" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="79" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="61" />
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="62" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="81" />
            <source>Subject</source>
            <translation>学科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="63" />
            <source>Cycles</source>
            <translation>研究周期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="69" />
            <source>Lesson study cycle</source>
            <translation>课例研究周期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="71" />
            <source>Research theme</source>
            <translation>研究主题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>conference</source>
            <translation>课后研讨</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>open_class</source>
            <translation>公开课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>rehearse</source>
            <translation>试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>revise</source>
            <translation>修订</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>study</source>
            <translation>研读</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="73" />
            <source>Lessons</source>
            <translation>课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="82" />
            <source>Class / grade</source>
            <translation>班级／年级</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="83" />
            <source>Duration</source>
            <translation>时间长度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="84" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="85" />
            <source>Teachings</source>
            <translation>授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>yes: a teaching used it, edits make a new version</source>
            <translation>是：已用于授课，修改会创建新版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="92" />
            <source>Version {n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>rehearsed</source>
            <translation>已试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>taught</source>
            <translation>已授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="95" />
            <source>Segments</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="96" />
            <source>Planned time</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="97" />
            <source>Frozen</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="98" />
            <source>Changes</source>
            <translation>更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="106" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="107" />
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="108" />
            <source>Teacher</source>
            <translation>授课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="109" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="130" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="34" />
            <source>Select a teaching in the library first, then import its photos.</source>
            <translation>请先在课例库中选择一次授课，然后导入照片。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="40" />
            <source>Import &amp;photos…</source>
            <translation>导入照片(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="147" />
            <source>Edit photo details</source>
            <translation>编辑照片信息</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="164" />
            <source>Edit key ideas</source>
            <translation>编辑要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo left</source>
            <translation>向左旋转照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo right</source>
            <translation>向右旋转照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="181" />
            <source>Blur region</source>
            <translation>模糊区域</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="44" />
            <source>What the photo shows</source>
            <translation>照片内容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="46" />
            <source>e.g. Table 3</source>
            <translation>例如：第 3 组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="48" />
            <source>Key idea {n}</source>
            <translation>要点 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="67" />
            <source>Caption</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="68" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="77" />
            <source>Group</source>
            <translation>小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="69" />
            <source>Pupils' group</source>
            <translation>学生组别</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="70" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="80" />
            <source>Segment</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="71" />
            <source>Four key ideas on the iBoard</source>
            <translation>小白板 (iBoard) 上的四个要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="84" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="118" />
            <source>No group</source>
            <translation>没有小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="87" />
            <source>Pupils' group (label)</source>
            <translation>学生组别（标签）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="89" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="122" />
            <source>No segment</source>
            <translation>没有环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/gallery_view.py" line="52" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="172" />
            <source>No photos yet.
Drop iBoard photos here, or click “Import photos…”.</source>
            <translation>还没有照片。
把小白板 (iBoard) 照片拖放到这里，或点击“导入照片…”。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="36" />
            <source>Imported %n photo(s)</source>
            <translation>
                <numerusform>已导入 %n 张照片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="38" />
            <source>%n already imported</source>
            <translation>
                <numerusform>%n 张已导入过</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="40" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n 张无法导入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="42" />
            <source>%n not imported (cancelled)</source>
            <translation>
                <numerusform>%n 张未导入（已取消）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="52" />
            <source>Photo import results</source>
            <translation>照片导入结果</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="44" />
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="113" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/importer.py" line="44" />
            <source>Importing %n photo(s)…</source>
            <translation>
                <numerusform>正在导入 %n 张照片…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="47" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="87" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="112" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="178" />
            <source>Import photos</source>
            <translation>导入照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="125" />
            <source>Photos are still being imported; wait for that to finish.</source>
            <translation>照片仍在导入中，请等待完成。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="233" />
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="43" />
            <source>time unknown</source>
            <translation>时间不详</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="48" />
            <source>no group</source>
            <translation>没有小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="51" />
            <source>segment {n}</source>
            <translation>环节 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="60" />
            <source>Key ideas:</source>
            <translation>要点：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="58" />
            <source>Import photos…</source>
            <translation>导入照片…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="61" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="62" />
            <source>Type key ideas…</source>
            <translation>输入要点…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="113" />
            <source>All groups</source>
            <translation>所有小组</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="117" />
            <source>Pupils: {label}</source>
            <translation>学生：{label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="119" />
            <source>All segments</source>
            <translation>所有环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="141" />
            <source>Type this group's four key ideas without a photo</source>
            <translation>不用照片，直接输入这个小组的四个要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="142" />
            <source>Choose an observer group first to type its key ideas without a photo</source>
            <translation>请先选择观课小组，才可不用照片输入其要点</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="162" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="163" />
            <source>{shown} of {total} photos</source>
            <translation>{shown}／{total} 张照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="168" />
            <source>New photos go to: {where}</source>
            <translation>新照片会归入：{where}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="169" />
            <source>Drop photos here to import them; choose a group or segment first to file them there.</source>
            <translation>把照片拖放到这里即可导入；先选择小组或环节，照片便会归入该处。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="173" />
            <source>No photos match these filters.</source>
            <translation>没有符合这些筛选条件的照片。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="213" />
            <source>Delete %n photo(s) with their key ideas? This cannot be undone.</source>
            <translation>
                <numerusform>要删除 %n 张照片及其要点吗？此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="215" />
            <source>Delete photos</source>
            <translation>删除照片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="82" />
            <source>◀ Previous</source>
            <translation>◀ 上一张</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="83" />
            <source>Next ▶</source>
            <translation>下一张 ▶</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="85" />
            <source>Fit</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="86" />
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="87" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="89" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="92" />
            <source>⟲ Rotate left</source>
            <translation>⟲ 向左旋转</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="93" />
            <source>⟳ Rotate right</source>
            <translation>⟳ 向右旋转</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="94" />
            <source>Blur a region…</source>
            <translation>模糊区域…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="97" />
            <source>Drag a box over a face or a name; it is blurred in the stored photo.</source>
            <translation>在面孔或姓名上拖出一个方框；保存的照片中该处会被模糊处理。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="99" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="101" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="107" />
            <source>Drag a box over a face or a name, then click “Blur this area”. The stored photo is changed (Undo puts it back).</source>
            <translation>在面孔或姓名上拖出一个方框，然后点击“模糊此区域”。保存的照片会被更改（可点击“撤销”恢复）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="110" />
            <source>Blur this area</source>
            <translation>模糊此区域</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="154" />
            <source>Photo: {title}</source>
            <translation>照片：{title}</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="52" />
            <source>Segments</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="54" />
            <source>Lesson</source>
            <translation>课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="56" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="58" />
            <source>Timings</source>
            <translation>时间记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="74" />
            <source>&amp;New lesson…</source>
            <translation>新建课例(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="77" />
            <source>&amp;Print / Export PDF…</source>
            <translation>打印／导出 PDF(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PrintLanguage</name>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="63" />
            <source>&amp;Print language</source>
            <translation>打印语言(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="66" />
            <source>Same as the interface</source>
            <translation>与界面相同</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="101" />
            <source>Prints follow the interface language.</source>
            <translation>打印文件跟随界面语言。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="103" />
            <source>This library now prints in {language}.</source>
            <translation>这个课例库现在以{language}打印。</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="35" />
            <source>&lt;h3&gt;Lesson Study {version}&lt;/h3&gt;&lt;p&gt;Plan, teach, observe and debrief lessons together.&lt;br&gt;No one is perfect but the team can be.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;课例研究 {version}&lt;/h3&gt;&lt;p&gt;一起备课、授课、观课和议课。&lt;br&gt;没有人是完美的，但团队可以做到。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="42" />
            <source>About Lesson Study</source>
            <translation>关于课例研究</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="63" />
            <source>Export lesson plan</source>
            <translation>导出教学设计</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="64" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="81" />
            <source>Writing the lesson plan PDF…</source>
            <translation>正在制作教学设计 PDF…</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../lessonstudy/ui/search/__init__.py" line="29" />
            <source>&amp;Find in library…</source>
            <translation>在课例库中查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Key idea</source>
            <translation>要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Action</source>
            <translation>改进事项</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Lesson</source>
            <translation>课例</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Segment</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="48" />
            <source>Agenda record</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="56" />
            <source>Find in library</source>
            <translation>在课例库中查找</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="61" />
            <source>Words to find in notes, feedback, plans…</source>
            <translation>要在笔记、反馈、教学设计中查找的关键词…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="140" />
            <source>Searching…</source>
            <translation>搜索中…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="159" />
            <source>Nothing in the library mentions that.</source>
            <translation>课例库中没有相关记录。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="169" />
            <source>Finds words in the notes, feedback, key ideas, actions, segments, conference records and lesson titles of every lesson. Two characters of Chinese or Japanese are enough.</source>
            <translation>在所有课例的笔记、反馈、要点、改进事项、环节、会议记录和课例名称中查找字词。中文或日文输入两个字即可。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="173" />
            <source>Every word must appear in the same record. Try fewer words, part of a word, or another spelling.</source>
            <translation>每个字词都必须出现在同一条记录中。请尝试减少字词、只输入字词的一部分或换一种写法。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="211" />
            <source>{lesson} — {kind}, {date}</source>
            <translation>{lesson} — {kind}，{date}</translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/search/dock.py" line="162" />
            <source>The newest %n hit(s) of each kind; add words to narrow.</source>
            <translation>
                <numerusform>每类最新的 %n 项结果；添加关键词可缩小范围。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/search/dock.py" line="165" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 项结果</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SegmentEditor</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="81" />
            <source>New version…</source>
            <translation>新版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="96" />
            <source>Enter or F2 edits a cell · Tab moves on · Escape cancels · right-click for more</source>
            <translation>按 Enter 或 F2 编辑单元格 · Tab 移到下一格 · Esc 取消 · 右击查看更多</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="128" />
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="263" />
            <source>Add segment</source>
            <translation>添加环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="129" />
            <source>Insert above</source>
            <translation>在上方插入</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="130" />
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="131" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="133" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="134" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="160" />
            <source>Version {n} was used in a teaching, so it can no longer change. Make a new version to revise the plan.</source>
            <translation>第 {n} 版已用于授课，不能再更改。请创建新版本来修订教学设计。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="171" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="173" />
            <source>{total} planned of a {lesson} lesson</source>
            <translation>已计划 {total}（本课共 {lesson}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="177" />
            <source>⚠ {over} over time</source>
            <translation>⚠ 超时 {over}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="180" />
            <source>{left} left</source>
            <translation>剩余 {left}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="252" />
            <source>Change {field} of '{title}'</source>
            <translation>更改“{title}”的{field}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Anticipated student responses</source>
            <translation>预设学生反应</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Learning activities and key questions</source>
            <translation>学习活动及关键问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Materials</source>
            <translation>教学资源</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Planned time</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Points to evaluate</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Teacher support</source>
            <translation>教师指导</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="262" />
            <source>New segment</source>
            <translation>新环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="280" />
            <source>Duplicate '{title}'</source>
            <translation>复制“{title}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="290" />
            <source>Delete '{title}'</source>
            <translation>删除“{title}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="302" />
            <source>Move '{title}'</source>
            <translation>移动“{title}”</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="326" />
            <source>Version {n} was used in a teaching, so it can no longer change.

Make a new version from it to revise the plan?</source>
            <translation>第 {n} 版已用于授课，不能再更改。

要以它为基础创建新版本来修订教学设计吗？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="329" />
            <source>This version is frozen</source>
            <translation>这个版本已锁定</translation>
        </message>
    </context>
    <context>
        <name>SegmentKind</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Gallery / peer feedback</source>
            <translation>画廊漫步／同伴互评</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Group work</source>
            <translation>小组活动</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Individual work</source>
            <translation>独立练习</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Pair work</source>
            <translation>同桌合作</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Student presentation</source>
            <translation>学生汇报</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Teacher presentation</source>
            <translation>教师讲解</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Transition</source>
            <translation>过渡</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Whole-class Q&amp;A</source>
            <translation>全班问答</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>iBoard writing</source>
            <translation>小白板 (iBoard) 书写</translation>
        </message>
    </context>
    <context>
        <name>SegmentTable</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Anticipated responses</source>
            <translation>预设反应</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Learning activities and key questions</source>
            <translation>学习活动及关键问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Materials</source>
            <translation>教学资源</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Points to evaluate</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Start–end</source>
            <translation>开始–结束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Teacher support</source>
            <translation>教师指导</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>TeachingDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="36" />
            <source>Record a teaching</source>
            <translation>记录一次授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="50" />
            <source>A teaching of version {n}.</source>
            <translation>第 {n} 版的一次授课。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="51" />
            <source>Version {n} is then frozen: later changes to the plan go into a new version.</source>
            <translation>第 {n} 版随即锁定：之后对教学设计的修改会放入新版本。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="56" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="57" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="58" />
            <source>&amp;Class</source>
            <translation>班级(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="59" />
            <source>&amp;Teacher</source>
            <translation>授课教师(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="60" />
            <source>&amp;Room</source>
            <translation>教室(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="63" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
    </context>
    <context>
        <name>TeachingView</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Rehearsal</source>
            <translation>试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Research lesson</source>
            <translation>研究课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Reteach</source>
            <translation>重上</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="60" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="93" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Teacher</source>
            <translation>授课教师</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="99" />
            <source>Room</source>
            <translation>教室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="101" />
            <source>Save teaching</source>
            <translation>保存授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="107" />
            <source>&lt;b&gt;Planned versus actual&lt;/b&gt;</source>
            <translation>&lt;b&gt;计划与实际比较&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="136" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="137" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="140" />
            <source>Version {n} has no segments yet: plan them in the version's Segments tab, and the clock of the Live lesson tab records when each starts and ends.</source>
            <translation>第 {n} 版还没有环节：请在该版本的“环节”标签页编排环节，“课堂实况”标签页的计时器就会记录每个环节的开始和结束时间。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="145" />
            <source>Nothing timed yet: press Start lesson in the Live lesson tab and the clock records each segment, or type the actual times in the table.</source>
            <translation>尚未计时：在“课堂实况”标签页点“开始上课”，计时器就会记录每个环节；也可以在表格中输入实际时间。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="149" />
            <source>Not every segment has an actual end yet.</source>
            <translation>并非所有环节都有实际结束时间。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="151" />
            <source>The lesson ran {d} over the plan.</source>
            <translation>课堂比计划超时 {d}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="154" />
            <source>The lesson ended {d} early.</source>
            <translation>课堂提早 {d} 结束。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="157" />
            <source>The lesson kept to the plan.</source>
            <translation>课堂按计划完成。</translation>
        </message>
    </context>
    <context>
        <name>TimingsModel</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Actual end</source>
            <translation>实际结束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Actual start</source>
            <translation>实际开始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Difference</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Segment</source>
            <translation>环节</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Change summary</source>
            <translation>修订摘要</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New time</source>
            <translation>新时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old time</source>
            <translation>原时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old version</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Segments</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>What changed</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="100" />
            <source>frozen</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>rehearsed</source>
            <translation>已试教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>taught</source>
            <translation>已授课</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="125" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="127" />
            <source>removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="130" />
            <source>moved {a} → {b}</source>
            <translation>移动 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="133" />
            <source>retimed {a} → {b} ({d})</source>
            <translation>调整时间 {a} → {b}（{d}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Anticipated student responses</source>
            <translation>预设学生反应</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Learning activities and key questions</source>
            <translation>学习活动及关键问题</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Materials</source>
            <translation>教学资源</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Planned time</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Points to evaluate</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Teacher support</source>
            <translation>教师指导</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="138" />
            <source>changed: {fields}</source>
            <translation>更改：{fields}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="139" />
            <source>unchanged</source>
            <translation>没有更改</translation>
        </message>
    </context>
    <context>
        <name>VersionsView</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="75" />
            <source>Version {n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="79" />
            <source>No teaching of this lesson is recorded yet. When it has been rehearsed or taught, select the version used and record the teaching: it keeps the timings, the observers' notes, the photos and the conference.</source>
            <translation>这个课例还没有记录任何授课。试教或授课后，选择所用的版本并记录授课：授课会保存时间记录、观课教师的笔记、照片和课后研讨。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="83" />
            <source>Record a teaching…</source>
            <translation>记录授课…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="85" />
            <source>There is only one version, so there is nothing to compare yet. After a rehearsal and its conference, start the next version from this one; the two are then compared here, segment by segment.</source>
            <translation>目前只有一个版本，暂时没有可比较的内容。试教和课后研讨后，以这个版本创建下一个版本；两个版本就会在这里逐个环节比较。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="89" />
            <source>New version…</source>
            <translation>新版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="100" />
            <source>New version from selected…</source>
            <translation>以选择的版本创建新版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="104" />
            <source>&lt;b&gt;Versions&lt;/b&gt;</source>
            <translation>&lt;b&gt;版本&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="106" />
            <source>Record a teaching of selected…</source>
            <translation>记录选择版本的授课…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="112" />
            <source>&lt;b&gt;Compare&lt;/b&gt;</source>
            <translation>&lt;b&gt;比较&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="114" />
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="147" />
            <source>Planned total {old} → {new} ({delta}). {n} segment(s) changed.</source>
            <translation>计划总时间 {old} → {new}（{delta}）。{n} 个环节有更改。</translation>
        </message>
    </context>
</TS>
