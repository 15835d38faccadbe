<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
    <context>
        <name>CheckProgress</name>
        <message>
            <location filename="../../lessonstudy/ui/check_progress.py" line="38" />
            <source>Photos checked: %v of %m</source>
            <translation>已檢查相片：%v / %m</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Groups of four</source>
            <translation>四人小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Rows of desks</source>
            <translation>橫排座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="50" />
            <source>Horseshoe</source>
            <translation>馬蹄形</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Table</source>
            <translation>桌子</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Teacher's place</source>
            <translation>教師位置</translation>
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
            <translation>套用範本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="118" />
            <source>Add</source>
            <translation>加入</translation>
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
            <translation>所選桌子或位置的名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="140" />
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="283" />
            <source>Seat label</source>
            <translation>座位標籤</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="141" />
            <source>Case pupil</source>
            <translation>個案學生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="147" />
            <source>Click a table to pick it; drag it to move it.</source>
            <translation>按一下桌子以選取；拖曳可移動。</translation>
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
            <translation>個案學生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="237" />
            <source>Group {n}</source>
            <translation>第 {n} 組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="239" />
            <source>Add {what}</source>
            <translation>加入{what}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="249" />
            <source>Remove {name}</source>
            <translation>移除「{name}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="256" />
            <source>Move {name}</source>
            <translation>移動「{name}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="266" />
            <source>Seats at {name}</source>
            <translation>「{name}」的座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="274" />
            <source>Rename {name}</source>
            <translation>重新命名「{name}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="292" />
            <source>Case pupil's seat</source>
            <translation>個案學生的座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="61" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="63" />
            <source>Draw the classroom: six groups of four</source>
            <translation>繪畫課室：六個四人小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="173" />
            <source>Next note is about: {names}</source>
            <translation>下一則筆記關於：{names}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="174" />
            <source>Click seats or a table (or press its number) to say whom the next note is about.</source>
            <translation>按座位或桌子（或按桌號）指定下一則筆記關於誰。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="58" />
            <source>Add case pupil…</source>
            <translation>加入個案學生…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="63" />
            <source>The case pupil to rename or remove</source>
            <translation>要改名或移除的個案學生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="64" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="102" />
            <source>For each case pupil and segment, write how you predict the pupil will respond. Observers record what the pupil did beside it.</source>
            <translation>為每名個案學生在每個環節寫下你預測的反應。觀課者會在旁記錄學生實際的表現。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="104" />
            <source>This lesson has no case pupils yet: press Add case pupil to name the pupils the observers will follow, then write predictions for them.</source>
            <translation>這節課還沒有個案學生：按「加入個案學生」寫下觀課者要跟進的學生，然後為他們寫預測。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="140" />
            <source>Add case pupil</source>
            <translation>加入個案學生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="141" />
            <source>Label (such as A, or a first name):</source>
            <translation>代號（例如 A，或名字）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>New label:</source>
            <translation>新代號：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>Rename case pupil</source>
            <translation>個案學生改名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="167" />
            <source>Add case pupil {label}</source>
            <translation>加入個案學生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="181" />
            <source>Rename case pupil {label}</source>
            <translation>個案學生改名為 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="192" />
            <source>Remove case pupil {label}</source>
            <translation>移除個案學生 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="26" />
            <source>Classroom</source>
            <translation>課室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="30" />
            <source>Predictions</source>
            <translation>預測</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="34" />
            <source>Tallies</source>
            <translation>計數</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Code</source>
            <translation>代碼</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Key</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>What is counted</source>
            <translation>計算項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="62" />
            <source>Counts by segment (segment numbers as in the plan)</source>
            <translation>按環節的次數（環節編號與教案相同）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="64" />
            <source>Tallies are kept per observer group, and this teaching has no groups yet. Make them in the Observer groups tab (Import roster…, then Assign automatically); then choose here what each group counts.</source>
            <translation>計數按觀課小組記錄，而這次授課還未有小組。請先在「觀課小組」分頁建立小組（匯入名單…，再按「自動分組」），然後在這裏選擇每組要計數的項目。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="70" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="91" />
            <source>Use suggested set</source>
            <translation>使用建議項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="71" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="90" />
            <source>Use COPUS codes</source>
            <translation>使用 COPUS 代碼</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="72" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="88" />
            <source>Add counter</source>
            <translation>加入計數器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="82" />
            <source>Observer group</source>
            <translation>觀課小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="92" />
            <source>Save counters</source>
            <translation>儲存計數器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="158" />
            <source>{group} counts nothing yet. Take a ready-made set or add your own counters, give each a key letter and press Save counters. In the live lesson, that letter pressed on the classroom map counts it.</source>
            <translation>{group} 還未有計數項目。可使用現成的一套，或自行加入計數器；為每項指定一個字母按鍵，再按「儲存計數器」。即時課堂中，在課室圖上按該字母便會計數一次。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="58" />
            <source>Tallies for</source>
            <translation>計數小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="113" />
            <source>{name}: press {key} on the map to count</source>
            <translation>{name}：在地圖上按 {key} 計數</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="149" />
            <source>Count {name}</source>
            <translation>計算「{name}」</translation>
        </message>
    </context>
    <context>
        <name>Conference</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/__init__.py" line="21" />
            <source>Conference</source>
            <translation>課後會議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="46" />
            <source>Done in version {n}</source>
            <translation>已在第 {n} 版完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="48" />
            <source>Dropped</source>
            <translation>已放棄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="50" />
            <source>Open · in version {n}</source>
            <translation>未完成 · 見第 {n} 版</translation>
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
            <translation>跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="66" />
            <source>Target</source>
            <translation>針對部分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="67" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="130" />
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="68" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="83" />
            <source>What will the team change?</source>
            <translation>團隊會作出甚麼修改？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="90" />
            <source>(any part)</source>
            <translation>（任何部分）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Anticipated student responses</source>
            <translation>預計學生反應</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Case pupils</source>
            <translation>個案學生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Learning activity and key questions</source>
            <translation>學習活動及關鍵問題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson duration</source>
            <translation>課堂時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson goals</source>
            <translation>課堂目標</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Materials</source>
            <translation>教材</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Points to evaluate</source>
            <translation>評估要點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Rationale</source>
            <translation>設計理念</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment timing</source>
            <translation>環節時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment title</source>
            <translation>環節名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Teacher support</source>
            <translation>教師支援</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="96" />
            <source>Unlink</source>
            <translation>取消連結</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="102" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="210" />
            <source>Add action</source>
            <translation>新增跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="103" />
            <source>Done by version</source>
            <translation>由版本完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="104" />
            <source>Drop</source>
            <translation>放棄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="105" />
            <source>Reopen</source>
            <translation>重新開啟</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="106" />
            <source>Create revised version…</source>
            <translation>建立修訂版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="119" />
            <source>Closing version:</source>
            <translation>完成於版本：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="128" />
            <source>From feedback</source>
            <translation>來自回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="131" />
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="80" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="77" />
            <source>Segment</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="132" />
            <source>Part of the plan</source>
            <translation>教案部分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="147" />
            <source>(whole lesson)</source>
            <translation>（整節課）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="153" />
            <source>Version {n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="156" />
            <source>(no later version yet)</source>
            <translation>（尚未有較新的版本）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <source>Agree action from feedback</source>
            <translation>從回饋議定跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="209" />
            <source>(none: a new action of its own)</source>
            <translation>（沒有：獨立的新行動）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="213" />
            <source>“{text}” — the action will be linked to it</source>
            <translation>「{text}」——行動會連結到這項回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="215" />
            <source>Agree action</source>
            <translation>議定行動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="220" />
            <source>Mark action done</source>
            <translation>將跟進事項標示為完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="225" />
            <source>Change action status</source>
            <translation>更改跟進事項狀態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="59" />
            <source>Planned minutes must be a whole number, or blank if not planned.</source>
            <translation>計劃分鐘數必須是整數；未計劃的話請留空。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="78" />
            <source>Step</source>
            <translation>議程項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="79" />
            <source>Speaker</source>
            <translation>發言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="80" />
            <source>Planned (min)</source>
            <translation>預計（分鐘）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="82" />
            <source>Time used</source>
            <translation>已用時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="91" />
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="244" />
            <source>No step is being timed.</source>
            <translation>目前沒有為任何議程項目計時。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="93" />
            <source>Start step</source>
            <translation>開始此項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="94" />
            <source>Next step</source>
            <translation>下一項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="95" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="104" />
            <source>Record of the selected step</source>
            <translation>所選步驟的記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="108" />
            <source>What was said: the reflection, the rationale, the discussion, the comments…</source>
            <translation>說了甚麼：反思、設計理念、討論、評語……</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="111" />
            <source>Save record</source>
            <translation>儲存記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="160" />
            <source>Select a step to write down what was said.</source>
            <translation>選擇一個步驟，記下當時說了甚麼。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="162" />
            <source>Record of “{step}”</source>
            <translation>「{step}」的記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="192" />
            <source>Write the record of a step</source>
            <translation>記錄一個步驟</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="236" />
            <source>Time an agenda step</source>
            <translation>為議程項目計時</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="246" />
            <source>{step}: {used} of {planned} min</source>
            <translation>{step}：已用 {used}／{planned} 分鐘</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="272" />
            <source>Edit agenda step</source>
            <translation>編輯議程項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Concern</source>
            <translation>關注</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Question</source>
            <translation>提問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Strength</source>
            <translation>優點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Suggestion</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="56" />
            <source>Who said it</source>
            <translation>發言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="57" />
            <source>Critical friend</source>
            <translation>諍友</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="62" />
            <source>What the group saw, asked or suggests</source>
            <translation>小組觀察到、提出的問題或建議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="75" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="73" />
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="76" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="75" />
            <source>Group</source>
            <translation>小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="77" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="76" />
            <source>Author</source>
            <translation>提出者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="79" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="74" />
            <source>Focus</source>
            <translation>觀察重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="81" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="78" />
            <location filename="../../lessonstudy/ui/conference/tab.py" line="261" />
            <source>Feedback</source>
            <translation>回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="82" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="79" />
            <source>Evidence</source>
            <translation>證據</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="92" />
            <source>(whole conference)</source>
            <translation>（整個會議）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="99" />
            <source>(no particular segment)</source>
            <translation>（不指定環節）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="93" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="36" />
            <source>Key ideas → feedback</source>
            <translation>重點 → 回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="94" />
            <source>Type key ideas…</source>
            <translation>輸入重點…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="96" />
            <source>Type the group's four key ideas from its board or its report, without a photo</source>
            <translation>不用相片，直接輸入小組在小白板上或匯報中的四個重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="98" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="180" />
            <source>Add feedback</source>
            <translation>新增回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="99" />
            <source>Save changes</source>
            <translation>儲存更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="100" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="101" />
            <source>Agree an action from it</source>
            <translation>據此議定跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="148" />
            <source>{group} ({n} key ideas)</source>
            <translation>{group}（{n} 個重點）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="194" />
            <source>Edit feedback</source>
            <translation>編輯回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="211" />
            <source>Delete feedback</source>
            <translation>刪除回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="221" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="235" />
            <source>Every key idea of this group is already a feedback item.</source>
            <translation>此小組的所有重點都已成為回饋項目。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="232" />
            <source>Key ideas to feedback</source>
            <translation>將重點轉為回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="53" />
            <source>Choose the type of each of {group}'s key ideas:</source>
            <translation>為{group}的每個重點選擇回饋類別：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="32" />
            <source>Conference report…</source>
            <translation>課後會議報告…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="42" />
            <source>Save the conference report</source>
            <translation>儲存課後會議報告</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="43" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="141" />
            <source>Loading the conference…</source>
            <translation>正在載入課後會議…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="213" />
            <source>No conference has been prepared for this teaching yet. Preparing one sets out the protocol agenda (thanks, the teacher's reflection, one report per observer group, critical friends, open discussion, final comments, agreed actions) and the five feedback principles.</source>
            <translation>這次授課尚未準備課後會議。準備後會列出議課程序（致謝、授課教師反思、各觀課小組匯報、諍友意見、自由討論、總結發言、議定跟進事項）及五項回饋原則。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="218" />
            <source>Prepare the conference</source>
            <translation>準備課後會議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="247" />
            <source>Save details</source>
            <translation>儲存資料</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="259" />
            <source>Details and principles</source>
            <translation>資料及原則</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="260" />
            <source>Agenda</source>
            <translation>議程</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="262" />
            <source>Actions</source>
            <translation>跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="279" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="280" />
            <source>Recorder</source>
            <translation>記錄員</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="281" />
            <source>Feedback principles
(one per line)</source>
            <translation>回饋原則
（每行一項）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="307" />
            <source>&lt;b&gt;Post-lesson conference&lt;/b&gt; · {lesson} · version {n} · {when}</source>
            <translation>&lt;b&gt;課後會議&lt;/b&gt; · {lesson} · 第 {n} 版 · {when}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="335" />
            <source>Edit conference details</source>
            <translation>編輯課後會議資料</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="346" />
            <source>Create the next version of this lesson, linked to every open action?</source>
            <translation>要建立這個課堂的下一個版本，並連結所有未完成的跟進事項嗎？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="355" />
            <source>Version {n} was created as a draft with {k} open action(s) linked.</source>
            <translation>已建立第 {n} 版草稿，並連結 {k} 項未完成的跟進事項。</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="41" />
            <source>Someone else</source>
            <translation>另一位使用者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="44" />
            <source>{who} changed this at {when} while you were editing it.</source>
            <translation>你編輯期間，{who} 於 {when} 更改了這項內容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="46" />
            <source>{who} changed this while you were editing it.</source>
            <translation>你編輯期間，{who} 更改了這項內容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="61" />
            <source>Changed by someone else</source>
            <translation>已被其他人更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="63" />
            <source>Reload to see their version (your unsaved change is dropped), or keep yours to save it over theirs.</source>
            <translation>重新載入以查看對方的版本（你未儲存的更改會被捨棄），或保留你的版本並覆蓋對方的更改。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="65" />
            <source>Reload theirs</source>
            <translation>重新載入對方版本</translation>
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
            <translation>課堂研習：發生意外錯誤</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="35" />
            <source>Something went wrong inside Lesson Study. Your saved work is safe: every change is stored as soon as it is made.</source>
            <translation>課堂研習內部出現問題。你已儲存的工作是安全的：每項更改一經作出便會即時儲存。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="40" />
            <source>Please send the details below to whoever looks after the app.</source>
            <translation>請把以下詳細資料傳送給負責維護本程式的同事。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentView</name>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="30" />
            <source>Open a library first.</source>
            <translation>請先開啟資料庫。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="43" />
            <source>&amp;Department view…</source>
            <translation>科組總覽(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="35" />
            <source>Words in lesson, team, theme, teacher…</source>
            <translation>課堂、團隊、主題、教師中的字詞…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Cycle:</source>
            <translation>研習循環：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Team:</source>
            <translation>團隊：</translation>
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
            <translation>搜尋：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="76" />
            <source>All teams</source>
            <translation>所有團隊</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="82" />
            <source>(no theme)</source>
            <translation>（沒有主題）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="84" />
            <source>All cycles</source>
            <translation>所有研習循環</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="109" />
            <source>start date</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="110" />
            <source>end date</source>
            <translation>結束日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="56" />
            <source>Lesson</source>
            <translation>課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="57" />
            <source>Team</source>
            <translation>團隊</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="58" />
            <source>Subject</source>
            <translation>科目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="59" />
            <source>Research theme</source>
            <translation>研究主題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="61" />
            <source>Teacher</source>
            <translation>教師</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="62" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="63" />
            <source>Strengths</source>
            <translation>優點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="64" />
            <source>Questions</source>
            <translation>提問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="65" />
            <source>Suggestions</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="66" />
            <source>Concerns</source>
            <translation>關注</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="67" />
            <source>Open actions</source>
            <translation>未完成跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="68" />
            <source>Closed actions</source>
            <translation>已完成跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="57" />
            <source>Save the debrief packet</source>
            <translation>儲存議課資料匯編</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="58" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="83" />
            <source>Writing the debrief packet…</source>
            <translation>正在製作議課資料匯編…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="87" />
            <source>Laying out {n} lesson(s)…</source>
            <translation>正在排版 {n} 個課堂…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="88" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="90" />
            <source>Debrief packet</source>
            <translation>議課資料匯編</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="114" />
            <source>Debrief packet written: {path} ({pages} pages)</source>
            <translation>議課資料匯編已儲存：{path}（{pages} 頁）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="121" />
            <source>Packet cancelled; no file was written.</source>
            <translation>已取消製作資料冊；沒有寫入任何檔案。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="53" />
            <source>Department view — debriefed lessons</source>
            <translation>科組總覽 — 已議課的課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="111" />
            <source>the teams' schools</source>
            <translation>各團隊的學校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="112" />
            <source>Start each lesson on a right-hand page (duplex)</source>
            <translation>每個課堂由右頁開始（雙面列印）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="114" />
            <source>Select all shown</source>
            <translation>選取所有顯示項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="117" />
            <source>Print packet…</source>
            <translation>列印資料冊…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="122" />
            <source>Packet title:</source>
            <translation>資料冊標題：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="123" />
            <source>School on the cover:</source>
            <translation>封面上的學校：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="159" />
            <source>{shown} of {total} lessons shown · {chosen} selected</source>
            <translation>顯示 {shown}／{total} 個課堂 · 已選取 {chosen} 個</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="179" />
            <source>Select one or more lessons in the table first (Ctrl+A selects all shown).</source>
            <translation>請先在表格中選取一個或多個課堂（Ctrl+A 選取所有顯示項目）。</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../lessonstudy/ui/detail_pane.py" line="102" />
            <source>Select a lesson, a version or a teaching.</source>
            <translation>請選取一個課堂、版本或授課。</translation>
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
            <translation>&lt;h2&gt;你的資料庫是空的&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="22" />
            <source>Lesson Study keeps your team's lessons, their timed segments and versions, the observer groups of an open class, their notes and iBoard photos, and the post-lesson conference.

Open the demo to explore a complete open class: a 50-minute mathematics lesson planned by a team of four, rehearsed, taught to 24 visitors in three observer groups, and debriefed.</source>
            <translation>課堂研習保存團隊的課堂、各個定時環節和版本、公開課的觀課小組、他們的觀課筆記和小白板 (iBoard) 相片，以及課後會議。

開啟示範，看看一次完整的公開課：由四位教師共同設計的 50 分鐘數學課，經過試教，再由分成三個觀課小組的 24 位來賓觀課，並完成議課。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="31" />
            <source>Open demo library</source>
            <translation>開啟示範資料庫</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="41" />
            <source>E&amp;xport lesson bundle…</source>
            <translation>匯出課堂套件(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="43" />
            <source>&amp;Import lesson…</source>
            <translation>匯入課堂(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="45" />
            <source>Shared &amp;server…</source>
            <translation>共用伺服器(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="52" />
            <source>Select a lesson in the library first.</source>
            <translation>請先在資料庫中選取一個課堂。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="55" />
            <source>Export lesson bundle</source>
            <translation>匯出課堂套件</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="57" />
            <source>Lesson bundles (*.lsb)</source>
            <translation>課堂套件 (*.lsb)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="67" />
            <source>Exporting the lesson…</source>
            <translation>正在匯出課堂…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="70" />
            <source>Exported '{title}' to {path}</source>
            <translation>已將「{title}」匯出至 {path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="77" />
            <source>Import lesson</source>
            <translation>匯入課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="78" />
            <source>Lesson bundles and lesson files (*.lsb *.json)</source>
            <translation>課堂套件及課堂檔案 (*.lsb *.json)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="90" />
            <source>Importing {name}…</source>
            <translation>正在匯入 {name}…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="97" />
            <source>Imported '{title}': {added} added, {updated} updated.</source>
            <translation>已匯入「{title}」：新增 {added} 項，更新 {updated} 項。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="105" />
            <source>Please wait: the last import or export is still running.</source>
            <translation>請稍候：上一次匯入或匯出仍在進行中。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="116" />
            <source>Shared server</source>
            <translation>共用伺服器</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="117" />
            <source>Database URL of the school's server, e.g.
postgresql+psycopg://teacher@server/lessonstudy
Leave empty to use this computer's library.</source>
            <translation>學校伺服器的資料庫網址，例如：
postgresql+psycopg://teacher@server/lessonstudy
留空則使用這部電腦上的資料庫。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="131" />
            <source>Connecting…</source>
            <translation>正在連線…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="35" />
            <source>Changed on both sides — please review</source>
            <translation>雙方都有更改 — 請檢視</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="37" />
            <source>These records were changed here and on the other computer. Nothing was lost: notes, feedback, key ideas and actions now exist twice (yours and theirs); for other records yours was kept and theirs is shown below.</source>
            <translation>這些記錄在這部電腦和另一部電腦上都有更改。沒有任何資料遺失：觀課筆記、回饋、重點和跟進事項現在各有兩份（你的和對方的）；其他記錄則保留了你的版本，對方的版本列於下方。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Record</source>
            <translation>記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Theirs</source>
            <translation>對方版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Yours</source>
            <translation>你的版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>both kept</source>
            <translation>兩者皆保留</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>yours kept</source>
            <translation>保留你的版本</translation>
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
            <translation>使用指南尚未安裝。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="157" />
            <source>For IT staff and developers (in English)</source>
            <translation>供資訊科技人員及開發者參考（英文）</translation>
        </message>
    </context>
    <context>
        <name>KeyIdeas</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="56" />
            <source>Type key ideas</source>
            <translation>輸入重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="57" />
            <source>The four key ideas {group} wrote on its iBoard, typed without a photo. Leave a box empty for fewer.</source>
            <translation>{group}在小白板 (iBoard) 上寫的四個重點，不用相片直接輸入。重點較少時，留空即可。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="64" />
            <source>Already transcribed from its photos:</source>
            <translation>已從相片抄錄：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="74" />
            <source>Key idea {n}</source>
            <translation>重點 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="107" />
            <source>Type key ideas of {group}</source>
            <translation>輸入{group}的重點</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="80" />
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="84" />
            <source>&amp;System language</source>
            <translation>跟隨系統語言(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="45" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="47" />
            <source>The new language applies after you restart Lesson Study.</source>
            <translation>新的語言會在重新啟動課堂研習後生效。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="49" />
            <source>Restart now</source>
            <translation>立即重新啟動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="51" />
            <source>Later</source>
            <translation>稍後</translation>
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
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="69" />
            <source>Subject</source>
            <translation>科目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="70" />
            <source>Class / grade</source>
            <translation>班別／年級</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="71" />
            <source>Unit</source>
            <translation>單元</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="72" />
            <source>Lesson length</source>
            <translation>課堂長度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="73" />
            <source>Lesson goals</source>
            <translation>課堂目標</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="74" />
            <source>Rationale</source>
            <translation>設計理念</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="75" />
            <source>Research theme (cycle)</source>
            <translation>研究主題（研習循環）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="76" />
            <source>Cycle goals</source>
            <translation>研習循環目標</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="77" />
            <source>Team members</source>
            <translation>團隊成員</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="80" />
            <source>Save lesson</source>
            <translation>儲存課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="83" />
            <source>Revert</source>
            <translation>還原</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblemPage</name>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="60" />
            <source>Nothing in the library folder was changed. Put back one of its backups, or open another library folder.</source>
            <translation>資料庫資料夾內的一切都沒有改動。請還原它的其中一個備份，或開啟另一個資料庫資料夾。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="63" />
            <source>Restore from backup…</source>
            <translation>從備份還原…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="66" />
            <source>Open another library…</source>
            <translation>開啟另一個資料庫…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="80" />
            <source>The library in {folder} could not be opened</source>
            <translation>無法開啟 {folder} 中的資料庫</translation>
        </message>
    </context>
    <context>
        <name>LibrarySwitch</name>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="64" />
            <source>&amp;Open library…</source>
            <translation>開啟資料庫(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="68" />
            <source>&amp;Recent libraries</source>
            <translation>最近的資料庫(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="71" />
            <source>Restore from &amp;backup…</source>
            <translation>從備份還原(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="83" />
            <source>Open library folder</source>
            <translation>開啟資料庫資料夾</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="94" />
            <source>Opening the library in {folder}…</source>
            <translation>正在開啟 {folder} 的資料庫…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="102" />
            <source>Opened the library in {folder}</source>
            <translation>已開啟 {folder} 的資料庫</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="120" />
            <location filename="../../lessonstudy/ui/library_switch.py" line="137" />
            <source>Restore from backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="121" />
            <source>Library backups (*.db)</source>
            <translation>資料庫備份 (*.db)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="140" />
            <source>Restoring {name}…</source>
            <translation>正在還原 {name}…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="144" />
            <source>Put back the backup {name} from {when} ({lessons}, {teachings})?</source>
            <translation>要還原 {when} 的備份 {name}（{lessons}，{teachings}）嗎？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="150" />
            <source>It replaces the damaged library in {folder}.</source>
            <translation>它會取代 {folder} 中已損壞的資料庫。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="152" />
            <source>It replaces the library in {folder}, which has {lessons} and {teachings} now.</source>
            <translation>它會取代 {folder} 中的資料庫（目前有 {lessons}，{teachings}）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="157" />
            <source>A backup of the current library is kept first in {folder}.</source>
            <translation>還原前會先把目前的資料庫備份到 {folder}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="164" />
            <source>Restored {name}.</source>
            <translation>已還原 {name}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="166" />
            <source>The library it replaced was kept as {path}.</source>
            <translation>被取代的資料庫已保留為 {path}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="168" />
            <source>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</source>
            <translation>
                <numerusform>它用到但不在相片資料夾中的相片檔案：%n 個（「檔案 → 檢查資料庫」會列出）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="189" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n 個課堂</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="193" />
            <source>%n teaching(s)</source>
            <translation>
                <numerusform>%n 次授課</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="207" />
            <source>A server database is restored on the server (ask whoever runs it); Lesson Study restores only library folders.</source>
            <translation>伺服器資料庫須在伺服器上還原（請聯絡管理伺服器的同事）；Lesson Study 只能還原資料庫資料夾。</translation>
        </message>
    </context>
    <context>
        <name>LibraryTreeModel</name>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="124" />
            <source>Lesson study cycle</source>
            <translation>課堂研習循環</translation>
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
            <translation>已試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>taught</source>
            <translation>已授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="135" />
            <source>Teachings</source>
            <translation>授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="142" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="43" />
            <source>Rehearsal</source>
            <translation>試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="143" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="44" />
            <source>Research lesson</source>
            <translation>研究課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="144" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="198" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="45" />
            <source>Reteach</source>
            <translation>重教</translation>
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
            <translation>請先在資料庫中選取一次授課，然後開啟投影畫面。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/__init__.py" line="42" />
            <source>&amp;Projector view of the live lesson</source>
            <translation>即時課堂投影畫面(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="61" />
            <source>&amp;Start lesson</source>
            <translation>開始上課(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="62" />
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="137" />
            <source>&amp;Pause</source>
            <translation>暫停(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="63" />
            <source>&amp;Next segment now (N)</source>
            <translation>立即進入下一環節(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="64" />
            <source>&amp;Back one segment</source>
            <translation>返回上一環節(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="65" />
            <source>En&amp;d lesson…</source>
            <translation>結束課堂(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="66" />
            <source>Start aga&amp;in…</source>
            <translation>重新開始(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="67" />
            <source>Pro&amp;jector view</source>
            <translation>投影畫面(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="79" />
            <source>Elapsed</source>
            <translation>已過時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="82" />
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="108" />
            <source>No segments planned</source>
            <translation>未有計劃任何環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="111" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="76" />
            <source>Next: {title} ({time})</source>
            <translation>下一環節：{title}（{time}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="113" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="78" />
            <source>Next: end of the lesson</source>
            <translation>下一步：課堂結束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="118" />
            <source>The app was closed while the lesson clock ran. It is paused at {time}; press Resume to carry on.</source>
            <translation>課堂計時期間程式被關閉。計時已暫停於 {time}；按「繼續」即可接續。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="136" />
            <source>&amp;Resume</source>
            <translation>繼續(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="148" />
            <source>End the lesson now? The clock stops for good.</source>
            <translation>現在結束課堂嗎？計時會完全停止。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="152" />
            <source>Start again? The clock and every recorded segment timing of this teaching are cleared; notes are kept. Edit → Undo brings them back.</source>
            <translation>重新開始？此教學的計時器及所有已記錄的環節時間將被清除；筆記會保留。可用「編輯 → 復原」取回。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/controller.py" line="90" />
            <source>Start again</source>
            <translation>重新開始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="63" />
            <source>Loading the classroom…</source>
            <translation>正在載入課室…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="121" />
            <source>Live lesson</source>
            <translation>即時課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="30" />
            <source>Not started</source>
            <translation>未開始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="31" />
            <source>Running</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="32" />
            <source>Paused</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="33" />
            <source>Lesson ended</source>
            <translation>課堂已結束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Evidence</source>
            <translation>證據</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Interpretation</source>
            <translation>詮釋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="39" />
            <source>Question</source>
            <translation>疑問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="56" />
            <source>{time} behind plan</source>
            <translation>比計劃慢 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="58" />
            <source>{time} ahead of plan</source>
            <translation>比計劃快 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="59" />
            <source>on plan</source>
            <translation>符合計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="35" />
            <source>Edit note</source>
            <translation>編輯筆記</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="83" />
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="85" />
            <source>Delete note</source>
            <translation>刪除筆記</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="33" />
            <source>E&amp;xport notes…</source>
            <translation>匯出記錄(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="35" />
            <source>Save every note of this teaching as a spreadsheet (.xlsx or .csv), one row per note</source>
            <translation>把這次授課的所有記錄存為試算表（.xlsx 或 .csv），每則記錄一行</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="45" />
            <source>Export the notes</source>
            <translation>匯出記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="66" />
            <source>Exported {n} notes to {path}.</source>
            <translation>已把 {n} 則記錄匯出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="118" />
            <source>Not in a segment</source>
            <translation>不在任何環節內</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Group</source>
            <translation>小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Segment</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Case pupil</source>
            <translation>個案學生</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Flag</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Observer</source>
            <translation>觀課者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Photo</source>
            <translation>相片</translation>
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
            <translation>搜尋筆記 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="76" />
            <source>Loading notes…</source>
            <translation>正在載入筆記…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="84" />
            <source>A&amp;ttach photo…</source>
            <translation>附加相片(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="347" />
            <source>Select the note the photo belongs to, then attach it.</source>
            <translation>請先選取相片所屬的筆記，然後再附加。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="349" />
            <source>Attach a photo</source>
            <translation>附加相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="350" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
            <translation>相片 (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="43" />
            <source>Lesson clock — {title}</source>
            <translation>課堂計時 — {title}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="79" />
            <source>Elapsed {time}</source>
            <translation>已過 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="83" />
            <source>OVER TIME</source>
            <translation>超時</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="46" />
            <source>Type what you see and press Enter to save it</source>
            <translation>輸入你觀察到的內容，按 Enter 儲存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="54" />
            <source>Fl&amp;ag</source>
            <translation>標記(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Group</source>
            <translation>小組(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Kind</source>
            <translation>類型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="71" />
            <source>&amp;Observer</source>
            <translation>觀課者(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="72" />
            <source>Case p&amp;upil</source>
            <translation>個案學生(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="41" />
            <source>Lesson Study</source>
            <translation>課堂研習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="65" />
            <source>Main</source>
            <translation>主工具列</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="68" />
            <source>Opening library…</source>
            <translation>正在開啟資料庫…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="141" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="142" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="143" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="144" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="147" />
            <source>Open &amp;demo open class</source>
            <translation>開啟示範公開課(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="150" />
            <source>&amp;Back up library now</source>
            <translation>立即備份資料庫(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="155" />
            <source>&amp;Check library</source>
            <translation>檢查資料庫(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="161" />
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="163" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="169" />
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="177" />
            <source>&amp;User guides</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="180" />
            <source>&amp;About Lesson Study</source>
            <translation>關於課堂研習(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="202" />
            <source>No library open</source>
            <translation>未開啟資料庫</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/main_window.py" line="221" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n 個課堂</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="256" />
            <source>Loading the demo open class…</source>
            <translation>正在載入示範公開課…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="264" />
            <source>Demo open class loaded.</source>
            <translation>示範公開課已載入。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="274" />
            <source>The daily backup failed: {error}</source>
            <translation>每日備份失敗：{error}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="295" />
            <source>The library needs attention</source>
            <translation>資料庫需要處理</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="300" />
            <source>Daily backup written: {path}</source>
            <translation>已寫入每日備份：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="308" />
            <source>Backup written: {path}</source>
            <translation>已完成備份：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="315" />
            <source>Checking the library and its photo files…</source>
            <translation>正在檢查資料庫及其相片檔案…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="337" />
            <source>The library is healthy.</source>
            <translation>資料庫狀況良好。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="339" />
            <source>Problems found:
</source>
            <translation>發現以下問題：
</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="433" />
            <location filename="../../lessonstudy/ui/main_window.py" line="450" />
            <source>The library could not be opened</source>
            <translation>無法開啟資料庫</translation>
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
            <translation>團隊角色</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../lessonstudy/ui/messages.py" line="36" />
            <location filename="../../lessonstudy/ui/messages.py" line="57" />
            <location filename="../../lessonstudy/ui/messages.py" line="65" />
            <source>Lesson Study</source>
            <translation>課堂研習</translation>
        </message>
    </context>
    <context>
        <name>NewLessonDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="34" />
            <source>New lesson</source>
            <translation>新增課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="44" />
            <source>A new team</source>
            <translation>新團隊</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="50" />
            <source>Lesson title</source>
            <translation>課堂名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="51" />
            <source>Subject</source>
            <translation>科目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="52" />
            <source>Class / grade</source>
            <translation>班別／年級</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="53" />
            <source>Lesson length</source>
            <translation>課堂長度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="54" />
            <source>Planning team</source>
            <translation>備課團隊</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="55" />
            <source>New team's name</source>
            <translation>新團隊名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="56" />
            <source>School</source>
            <translation>學校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="57" />
            <source>Research theme</source>
            <translation>研究主題</translation>
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
            <translation>改了甚麼、為甚麼（例如試教後的修訂）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="41" />
            <source>Copy of version {n}.</source>
            <translation>第 {n} 版的副本。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="42" />
            <source>Change summary</source>
            <translation>修訂摘要</translation>
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
            <translation>觀課者可用自己的手機，經這部電腦的 Wi-Fi 網絡傳送筆記、相片和重點。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="66" />
            <source>Observation open: join code…</source>
            <translation>觀課已開放：加入碼…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Open observation…</source>
            <translation>開放觀課…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Opening observation…</source>
            <translation>正在開放觀課…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="39" />
            <source>Observation: %1</source>
            <translation>觀課：%1</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="51" />
            <source>&amp;Close observation</source>
            <translation>關閉觀課(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="53" />
            <source>Copy &amp;link</source>
            <translation>複製連結(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="61" />
            <source>Observers scan the code with their phone camera, or open this address and type the join code:</source>
            <translation>觀課者用手機相機掃描二維碼，或開啟這個地址並輸入加入碼：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="66" />
            <source>Join code</source>
            <translation>加入碼</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="75" />
            <source>&amp;Hide</source>
            <translation>隱藏(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="97" />
            <source>Listening on every network of this computer (port %1).</source>
            <translation>正在這部電腦的所有網絡上聆聽（連接埠 %1）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="100" />
            <source>Listening on %1.</source>
            <translation>正在 %1 聆聽。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="101" />
            <source>Anyone on that network who has the link or the join code can join and send notes and photos into this library. Open it only on the school or classroom Wi-Fi, never on a public network, and close the observation after the lesson.</source>
            <translation>該網絡上任何持有連結或加入碼的人都可以加入，並把筆記和相片傳送到這個資料庫。只應在學校或課室的 Wi-Fi 開放，切勿在公共網絡開放，並在課後關閉觀課。</translation>
        </message>
    </context>
    <context>
        <name>ObservationForms</name>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="41" />
            <source>Select a teaching (an open class) in the library first.</source>
            <translation>請先在資料庫中選取一次授課（公開課）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="48" />
            <source>Observation forms</source>
            <translation>觀課記錄表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="53" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="66" />
            <source>Print observation forms…</source>
            <translation>列印觀課記錄表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="59" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="69" />
            <source>Import filled form…</source>
            <translation>匯入已填寫的觀課記錄表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="56" />
            <source>One form per observer, with their name and role</source>
            <translation>每位觀課者一份，印上姓名和角色</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="57" />
            <source>Fillable: observers can type into the PDF</source>
            <translation>可填寫：觀課者可直接在 PDF 上輸入</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="58" />
            <source>All forms in one PDF (for the printer)</source>
            <translation>所有觀課記錄表合併為一個 PDF（方便列印）</translation>
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
            <translation>觀課記錄表會印出小組的觀察重點和提示、環節表格，以及記錄四個重點的小白板 (iBoard) 頁。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="87" />
            <source>Paper:</source>
            <translation>紙張：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="88" />
            <source>Print language:</source>
            <translation>列印語言：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="110" />
            <source>Save the observation forms</source>
            <translation>儲存觀課記錄表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="112" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="158" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="117" />
            <source>Folder for the forms</source>
            <translation>存放觀課記錄表的資料夾</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="137" />
            <source>Printing the forms…</source>
            <translation>正在製作觀課記錄表…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="142" />
            <source>{count} form(s), {pages} pages, saved in {where}</source>
            <translation>{count} 份觀課記錄表，共 {pages} 頁，已儲存於 {where}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="157" />
            <source>Import filled observation forms</source>
            <translation>匯入已填寫的觀課記錄表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="168" />
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="173" />
            <source>Nothing was imported.</source>
            <translation>沒有匯入任何內容。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="180" />
            <source>Some forms were not imported (the others were):</source>
            <translation>部分觀課記錄表未能匯入（其餘已匯入）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="182" />
            <source>The form was not imported:</source>
            <translation>未能匯入觀課記錄表：</translation>
        </message>
    </context>
    <context>
        <name>ObserverGroups</name>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="38" />
            <source>Observer groups</source>
            <translation>觀課小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="76" />
            <source>No observers yet. Import the visitors' roster (a CSV file from the registration spreadsheet: a name column, and school, role or group if you have them) or add people one by one; then Assign automatically splits them into balanced groups.</source>
            <translation>還未有觀課者。可匯入來賓名單（由報名試算表匯出的 CSV 檔：須有姓名一欄，學校、角色或組別可有可無），或逐一新增；然後按「自動分組」把他們分成人數均衡的小組。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="80" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="55" />
            <source>Import roster…</source>
            <translation>匯入名單…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="82" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="69" />
            <source>Add observer</source>
            <translation>新增觀課者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="194" />
            <location filename="../../lessonstudy/ui/observers/board.py" line="206" />
            <location filename="../../lessonstudy/ui/observers/column.py" line="133" />
            <source>Unassigned</source>
            <translation>未分組</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="195" />
            <source>Move %n observer(s) to {group}</source>
            <translation>
                <numerusform>將 %n 位觀課者移至 {group}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="202" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="78" />
            <source>Move to group…</source>
            <translation>移到小組…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Pin %n observer(s)</source>
            <translation>
                <numerusform>固定 %n 位觀課者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Unpin %n observer(s)</source>
            <translation>
                <numerusform>取消固定 %n 位觀課者</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="248" />
            <source>Add observer {name}</source>
            <translation>新增觀課者 {name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="270" />
            <source>Edit observer {name}</source>
            <translation>編輯觀課者 {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="280" />
            <source>Remove %n observer(s)</source>
            <translation>
                <numerusform>移除 %n 位觀課者</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="287" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="79" />
            <source>Remove observer</source>
            <translation>移除觀課者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="303" />
            <source>Remove {group}</source>
            <translation>移除 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="58" />
            <source>Groups: </source>
            <translation>小組數目：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="61" />
            <source>Seed: </source>
            <translation>隨機種子：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="62" />
            <source>Another seed gives another, equally balanced split.</source>
            <translation>換一個隨機種子，會得出另一個同樣平均的分組。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="224" />
            <source>Assign automatically</source>
            <translation>自動分組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="66" />
            <source>Print group list…</source>
            <translation>列印分組名單…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="68" />
            <source>Add group</source>
            <translation>新增小組</translation>
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
            <translation>觀察重點…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="91" />
            <source>Foci for new groups</source>
            <translation>新小組的觀察重點</translation>
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
            <translation>移動、移除、固定或取消固定所選觀課者；觀察重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="108" />
            <source>The teaching's own foci (default)</source>
            <translation>沿用這次授課的觀察重點（預設）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="138" />
            <source>%n observer(s)</source>
            <translation>
                <numerusform>%n 位觀課者</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="151" />
            <source>Add {group}</source>
            <translation>新增 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="171" />
            <source>Edit {group}</source>
            <translation>編輯 {group}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="195" />
            <source>Import roster</source>
            <translation>匯入名單</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="196" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="207" />
            <source>{file} cannot be read: {why}</source>
            <translation>無法讀取 {file}：{why}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="211" />
            <source>Import roster {file}</source>
            <translation>匯入名單 {file}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="233" />
            <source>Print group list</source>
            <translation>列印分組名單</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="234" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="251" />
            <source>Group list written: {path}</source>
            <translation>分組名單已儲存：{path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="258" />
            <source>Imported %n observer(s)</source>
            <translation>
                <numerusform>已匯入 %n 位觀課者</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="259" />
            <source>; {placed} placed in a group from the file.</source>
            <translation>；其中 {placed} 位已按檔案編入小組。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="261" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="271" />
            <source>Created: {groups}.</source>
            <translation>已建立：{groups}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="268" />
            <source>Assigned automatically (seed {seed}): {sizes}.</source>
            <translation>已自動分組（隨機種子 {seed}）：{sizes}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="274" />
            <source>Every rule was met.</source>
            <translation>所有規則均已符合。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="112" />
            <source>Edit group</source>
            <translation>編輯小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="113" />
            <source>Remove group</source>
            <translation>移除小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="134" />
            <source>Drag people from here into a group.</source>
            <translation>從這裏把人拖到小組中。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="137" />
            <source>No focus yet</source>
            <translation>尚未設定觀察重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="138" />
            <source>Convenor: {name}</source>
            <translation>召集人：{name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="146" />
            <source>{n} observer(s)</source>
            <translation>{n} 位觀課者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="147" />
            <source>{n} of {capacity} seats</source>
            <translation>{n}／{capacity} 個座位</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="44" />
            <source>Observer group</source>
            <translation>觀課小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="49" />
            <source>(choose from the focus-area library)</source>
            <translation>（從觀察重點資料庫中選擇）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="55" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="47" />
            <source>One prompt per line</source>
            <translation>每行一個提示</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="62" />
            <source>no limit</source>
            <translation>不設上限</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="59" />
            <source>Name</source>
            <comment>of a group or focus area, not a person</comment>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="66" />
            <source>Focus from library</source>
            <translation>從資料庫選取觀察重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="67" />
            <source>Focus</source>
            <translation>觀察重點</translation>
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
            <translation>召集人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="70" />
            <source>Capacity (seats)</source>
            <translation>名額（座位）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="95" />
            <source>Observer</source>
            <translation>觀課者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="103" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="104" />
            <source>School / organisation</source>
            <translation>學校／機構</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="105" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="41" />
            <source>Focus areas</source>
            <translation>觀察重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="48" />
            <source>Save changes</source>
            <translation>儲存更改</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="49" />
            <source>Add as new</source>
            <translation>新增為新項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="50" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="110" />
            <source>Remove this focus area from the library? Groups that use it keep their copy of the focus and prompts.</source>
            <translation>要從資料庫中移除這個觀察重點嗎？使用它的小組會保留各自的觀察重點和提示。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Critical friend</source>
            <translation>諍友</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Knowledgeable other</source>
            <translation>專家顧問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Recorder</source>
            <translation>記錄員</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Team member</source>
            <translation>團隊成員</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Timekeeper</source>
            <translation>計時員</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Visitor</source>
            <translation>來賓</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="114" />
            <source>Pinned: automatic assignment keeps them here.</source>
            <translation>已固定：自動分組時會保留在這裏。</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="54" />
            <source>Open a library first, then open {name} again.</source>
            <translation>請先開啟資料庫，然後再開啟 {name}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="66" />
            <source>Importing {name}…</source>
            <translation>正在匯入 {name}…</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="46" />
            <source>No program could open {name}. It is saved in {folder}.</source>
            <translation>沒有程式可以開啟 {name}。檔案已儲存於 {folder}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="55" />
            <source>Saved {name}</source>
            <translation>已儲存 {name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="78" />
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="79" />
            <source>Show in folder</source>
            <translation>在資料夾中顯示</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="61" />
            <source>School</source>
            <translation>學校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="62" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="81" />
            <source>Subject</source>
            <translation>科目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="63" />
            <source>Cycles</source>
            <translation>研習循環</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="69" />
            <source>Lesson study cycle</source>
            <translation>課堂研習循環</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="71" />
            <source>Research theme</source>
            <translation>研究主題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>Phase</source>
            <translation>階段</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>conference</source>
            <translation>課後會議</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>open_class</source>
            <translation>公開課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>plan</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>rehearse</source>
            <translation>試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>revise</source>
            <translation>修訂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>study</source>
            <translation>研習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="73" />
            <source>Lessons</source>
            <translation>課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="82" />
            <source>Class / grade</source>
            <translation>班別／年級</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="83" />
            <source>Duration</source>
            <translation>時間長度</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="84" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="85" />
            <source>Teachings</source>
            <translation>授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>yes: a teaching used it, edits make a new version</source>
            <translation>是：已用於授課，修改會建立新版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="92" />
            <source>Version {n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>rehearsed</source>
            <translation>已試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>taught</source>
            <translation>已授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="95" />
            <source>Segments</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="96" />
            <source>Planned time</source>
            <translation>計劃時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="97" />
            <source>Frozen</source>
            <translation>已鎖定</translation>
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
            <translation>班別</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="108" />
            <source>Teacher</source>
            <translation>教師</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="109" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="130" />
            <source>Overview</source>
            <translation>概覽</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="34" />
            <source>Select a teaching in the library first, then import its photos.</source>
            <translation>請先在資料庫中選取一次授課，然後匯入相片。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="40" />
            <source>Import &amp;photos…</source>
            <translation>匯入相片(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="147" />
            <source>Edit photo details</source>
            <translation>編輯相片資料</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="164" />
            <source>Edit key ideas</source>
            <translation>編輯重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo left</source>
            <translation>向左旋轉相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo right</source>
            <translation>向右旋轉相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="181" />
            <source>Blur region</source>
            <translation>模糊區域</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="44" />
            <source>What the photo shows</source>
            <translation>相片內容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="46" />
            <source>e.g. Table 3</source>
            <translation>例如：第 3 組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="48" />
            <source>Key idea {n}</source>
            <translation>重點 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="67" />
            <source>Caption</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="68" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="77" />
            <source>Group</source>
            <translation>小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="69" />
            <source>Pupils' group</source>
            <translation>學生組別</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="70" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="80" />
            <source>Segment</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="71" />
            <source>Four key ideas on the iBoard</source>
            <translation>小白板 (iBoard) 上的四個重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="84" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="118" />
            <source>No group</source>
            <translation>沒有小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="87" />
            <source>Pupils' group (label)</source>
            <translation>學生組別（標籤）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="89" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="122" />
            <source>No segment</source>
            <translation>沒有環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/gallery_view.py" line="52" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="172" />
            <source>No photos yet.
Drop iBoard photos here, or click “Import photos…”.</source>
            <translation>尚未有相片。
把小白板 (iBoard) 相片拖放到這裏，或按「匯入相片…」。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="36" />
            <source>Imported %n photo(s)</source>
            <translation>
                <numerusform>已匯入 %n 張相片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="38" />
            <source>%n already imported</source>
            <translation>
                <numerusform>%n 張早已匯入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="40" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n 張無法匯入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="42" />
            <source>%n not imported (cancelled)</source>
            <translation>
                <numerusform>%n 張未匯入（已取消）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="52" />
            <source>Photo import results</source>
            <translation>相片匯入結果</translation>
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
                <numerusform>正在匯入 %n 張相片…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="47" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="87" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="112" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="178" />
            <source>Import photos</source>
            <translation>匯入相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="125" />
            <source>Photos are still being imported; wait for that to finish.</source>
            <translation>相片仍在匯入中，請等待完成。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <source>All files</source>
            <translation>所有檔案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="233" />
            <source>Photos</source>
            <translation>相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="43" />
            <source>time unknown</source>
            <translation>時間不詳</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="48" />
            <source>no group</source>
            <translation>沒有小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="51" />
            <source>segment {n}</source>
            <translation>環節 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="60" />
            <source>Key ideas:</source>
            <translation>重點：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="58" />
            <source>Import photos…</source>
            <translation>匯入相片…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="61" />
            <source>Delete…</source>
            <translation>刪除…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="62" />
            <source>Type key ideas…</source>
            <translation>輸入重點…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="113" />
            <source>All groups</source>
            <translation>所有小組</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="117" />
            <source>Pupils: {label}</source>
            <translation>學生：{label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="119" />
            <source>All segments</source>
            <translation>所有環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="141" />
            <source>Type this group's four key ideas without a photo</source>
            <translation>不用相片，直接輸入這個小組的四個重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="142" />
            <source>Choose an observer group first to type its key ideas without a photo</source>
            <translation>請先選擇觀課小組，才可不用相片輸入其重點</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="162" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 張相片</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="163" />
            <source>{shown} of {total} photos</source>
            <translation>{shown}／{total} 張相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="168" />
            <source>New photos go to: {where}</source>
            <translation>新相片會歸入：{where}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="169" />
            <source>Drop photos here to import them; choose a group or segment first to file them there.</source>
            <translation>把相片拖放到這裏即可匯入；先選擇小組或環節，相片便會歸入該處。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="173" />
            <source>No photos match these filters.</source>
            <translation>沒有符合這些篩選條件的相片。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="213" />
            <source>Delete %n photo(s) with their key ideas? This cannot be undone.</source>
            <translation>
                <numerusform>要刪除 %n 張相片及其重點嗎？此操作無法復原。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="215" />
            <source>Delete photos</source>
            <translation>刪除相片</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="82" />
            <source>◀ Previous</source>
            <translation>◀ 上一張</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="83" />
            <source>Next ▶</source>
            <translation>下一張 ▶</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="85" />
            <source>Fit</source>
            <translation>符合視窗</translation>
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
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="92" />
            <source>⟲ Rotate left</source>
            <translation>⟲ 向左旋轉</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="93" />
            <source>⟳ Rotate right</source>
            <translation>⟳ 向右旋轉</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="94" />
            <source>Blur a region…</source>
            <translation>模糊區域…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="97" />
            <source>Drag a box over a face or a name; it is blurred in the stored photo.</source>
            <translation>在面孔或姓名上拖出一個方框；儲存的相片中該處會被模糊處理。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="99" />
            <source>Undo</source>
            <translation>復原</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="101" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="107" />
            <source>Drag a box over a face or a name, then click “Blur this area”. The stored photo is changed (Undo puts it back).</source>
            <translation>在面孔或姓名上拖出一個方框，然後按「模糊此區域」。儲存的相片會被更改（可按「復原」還原）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="110" />
            <source>Blur this area</source>
            <translation>模糊此區域</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="154" />
            <source>Photo: {title}</source>
            <translation>相片：{title}</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="52" />
            <source>Segments</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="54" />
            <source>Lesson</source>
            <translation>課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="56" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="58" />
            <source>Timings</source>
            <translation>時間記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="74" />
            <source>&amp;New lesson…</source>
            <translation>新增課堂(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="77" />
            <source>&amp;Print / Export PDF…</source>
            <translation>列印／匯出 PDF(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PrintLanguage</name>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="63" />
            <source>&amp;Print language</source>
            <translation>列印語言(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="66" />
            <source>Same as the interface</source>
            <translation>與介面相同</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="101" />
            <source>Prints follow the interface language.</source>
            <translation>列印文件跟隨介面語言。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="103" />
            <source>This library now prints in {language}.</source>
            <translation>這個資料庫現在以{language}列印。</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="35" />
            <source>&lt;h3&gt;Lesson Study {version}&lt;/h3&gt;&lt;p&gt;Plan, teach, observe and debrief lessons together.&lt;br&gt;No one is perfect but the team can be.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;課堂研習 {version}&lt;/h3&gt;&lt;p&gt;一起備課、授課、觀課和議課。&lt;br&gt;沒有人是完美的，但團隊可以做到。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="42" />
            <source>About Lesson Study</source>
            <translation>關於課堂研習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="63" />
            <source>Export lesson plan</source>
            <translation>匯出教案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="64" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="81" />
            <source>Writing the lesson plan PDF…</source>
            <translation>正在製作教案 PDF…</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../lessonstudy/ui/search/__init__.py" line="29" />
            <source>&amp;Find in library…</source>
            <translation>在資料庫中尋找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Feedback</source>
            <translation>回饋</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Key idea</source>
            <translation>重點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Action</source>
            <translation>跟進事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Lesson</source>
            <translation>課堂</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Segment</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="48" />
            <source>Agenda record</source>
            <translation>會議記錄</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="56" />
            <source>Find in library</source>
            <translation>在資料庫中尋找</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="61" />
            <source>Words to find in notes, feedback, plans…</source>
            <translation>要在筆記、回饋、教案中尋找的字詞…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="140" />
            <source>Searching…</source>
            <translation>搜尋中…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="159" />
            <source>Nothing in the library mentions that.</source>
            <translation>資料庫中沒有相關記錄。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="169" />
            <source>Finds words in the notes, feedback, key ideas, actions, segments, conference records and lesson titles of every lesson. Two characters of Chinese or Japanese are enough.</source>
            <translation>在所有課堂的筆記、回饋、重點、跟進事項、環節、會議記錄和課堂名稱中尋找字詞。中文或日文輸入兩個字已足夠。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="173" />
            <source>Every word must appear in the same record. Try fewer words, part of a word, or another spelling.</source>
            <translation>每個字詞都必須出現在同一筆記錄中。請試用較少字詞、字詞的一部分或其他寫法。</translation>
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
                <numerusform>每類最新的 %n 項結果；加入字詞可收窄範圍。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/search/dock.py" line="165" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 項結果</numerusform>
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
            <translation>按 Enter 或 F2 編輯儲存格 · Tab 移到下一格 · Esc 取消 · 按右鍵查看更多</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="128" />
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="263" />
            <source>Add segment</source>
            <translation>新增環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="129" />
            <source>Insert above</source>
            <translation>在上方插入</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="130" />
            <source>Duplicate</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="131" />
            <source>Delete</source>
            <translation>刪除</translation>
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
            <translation>第 {n} 版已用於授課，不能再更改。請建立新版本來修訂教案。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="171" />
            <source>Plan</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="173" />
            <source>{total} planned of a {lesson} lesson</source>
            <translation>已計劃 {total}（課堂共 {lesson}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="177" />
            <source>⚠ {over} over time</source>
            <translation>⚠ 超時 {over}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="180" />
            <source>{left} left</source>
            <translation>尚餘 {left}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="252" />
            <source>Change {field} of '{title}'</source>
            <translation>更改「{title}」的{field}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Anticipated student responses</source>
            <translation>預計學生反應</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Learning activities and key questions</source>
            <translation>學習活動及關鍵問題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Materials</source>
            <translation>教材</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Planned time</source>
            <translation>計劃時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Points to evaluate</source>
            <translation>評估要點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Teacher support</source>
            <translation>教師支援</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Title</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="262" />
            <source>New segment</source>
            <translation>新環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="280" />
            <source>Duplicate '{title}'</source>
            <translation>複製「{title}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="290" />
            <source>Delete '{title}'</source>
            <translation>刪除「{title}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="302" />
            <source>Move '{title}'</source>
            <translation>移動「{title}」</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="326" />
            <source>Version {n} was used in a teaching, so it can no longer change.

Make a new version from it to revise the plan?</source>
            <translation>第 {n} 版已用於授課，不能再更改。

要以它為基礎建立新版本來修訂教案嗎？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="329" />
            <source>This version is frozen</source>
            <translation>這個版本已鎖定</translation>
        </message>
    </context>
    <context>
        <name>SegmentKind</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Gallery / peer feedback</source>
            <translation>畫廊漫步／同儕互評</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Group work</source>
            <translation>小組活動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Individual work</source>
            <translation>個人練習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Pair work</source>
            <translation>二人協作</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Student presentation</source>
            <translation>學生匯報</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Teacher presentation</source>
            <translation>教師講解</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Transition</source>
            <translation>過渡</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Whole-class Q&amp;A</source>
            <translation>全班問答</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>iBoard writing</source>
            <translation>小白板 (iBoard) 書寫</translation>
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
            <translation>預計反應</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Learning activities and key questions</source>
            <translation>學習活動及關鍵問題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Materials</source>
            <translation>教材</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Planned</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Points to evaluate</source>
            <translation>評估要點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Start–end</source>
            <translation>開始–結束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Teacher support</source>
            <translation>教師支援</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Title</source>
            <translation>名稱</translation>
        </message>
    </context>
    <context>
        <name>TeachingDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="36" />
            <source>Record a teaching</source>
            <translation>記錄一次教學</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="50" />
            <source>A teaching of version {n}.</source>
            <translation>版本 {n} 的一次教學。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="51" />
            <source>Version {n} is then frozen: later changes to the plan go into a new version.</source>
            <translation>版本 {n} 隨即凍結：之後對教案的修改會放入新版本。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="56" />
            <source>&amp;Kind</source>
            <translation>類型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="57" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="58" />
            <source>&amp;Class</source>
            <translation>班別(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="59" />
            <source>&amp;Teacher</source>
            <translation>教師(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="60" />
            <source>&amp;Room</source>
            <translation>課室(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="63" />
            <source>Record</source>
            <translation>記錄</translation>
        </message>
    </context>
    <context>
        <name>TeachingView</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Rehearsal</source>
            <translation>試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Research lesson</source>
            <translation>研究課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Reteach</source>
            <translation>重教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="60" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="93" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Class</source>
            <translation>班別</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Teacher</source>
            <translation>教師</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="99" />
            <source>Room</source>
            <translation>課室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="101" />
            <source>Save teaching</source>
            <translation>儲存授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="107" />
            <source>&lt;b&gt;Planned versus actual&lt;/b&gt;</source>
            <translation>&lt;b&gt;計劃與實際比較&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="136" />
            <source>Planned</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="137" />
            <source>Actual</source>
            <translation>實際</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="140" />
            <source>Version {n} has no segments yet: plan them in the version's Segments tab, and the clock of the Live lesson tab records when each starts and ends.</source>
            <translation>第 {n} 版還未有環節：請在該版本的「環節」分頁編排環節，「即時課堂」分頁的計時器便會記錄每個環節的開始和結束時間。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="145" />
            <source>Nothing timed yet: press Start lesson in the Live lesson tab and the clock records each segment, or type the actual times in the table.</source>
            <translation>尚未計時：在「即時課堂」分頁按「開始上課」，計時器便會記錄每個環節；或在表格中輸入實際時間。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="149" />
            <source>Not every segment has an actual end yet.</source>
            <translation>並非所有環節都有實際結束時間。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="151" />
            <source>The lesson ran {d} over the plan.</source>
            <translation>課堂比計劃超時 {d}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="154" />
            <source>The lesson ended {d} early.</source>
            <translation>課堂提早 {d} 結束。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="157" />
            <source>The lesson kept to the plan.</source>
            <translation>課堂按計劃完成。</translation>
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
            <translation>實際結束</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Actual start</source>
            <translation>實際開始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Difference</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Planned</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Segment</source>
            <translation>環節</translation>
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
            <translation>修訂摘要</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Created</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New time</source>
            <translation>新時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old time</source>
            <translation>原時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old version</source>
            <translation>舊版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Planned</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Segments</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>What changed</source>
            <translation>更改內容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="100" />
            <source>frozen</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>rehearsed</source>
            <translation>已試教</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>taught</source>
            <translation>已授課</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="125" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="127" />
            <source>removed</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="130" />
            <source>moved {a} → {b}</source>
            <translation>移動 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="133" />
            <source>retimed {a} → {b} ({d})</source>
            <translation>調整時間 {a} → {b}（{d}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Anticipated student responses</source>
            <translation>預計學生反應</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Learning activities and key questions</source>
            <translation>學習活動及關鍵問題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Materials</source>
            <translation>教材</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Planned time</source>
            <translation>計劃時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Points to evaluate</source>
            <translation>評估要點</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Teacher support</source>
            <translation>教師支援</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Title</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="138" />
            <source>changed: {fields}</source>
            <translation>更改：{fields}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="139" />
            <source>unchanged</source>
            <translation>沒有更改</translation>
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
            <translation>這個課堂還未記錄任何授課。試教或授課後，選取所用的版本並記錄授課：授課會保存時間記錄、觀課者的筆記、相片和課後會議。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="83" />
            <source>Record a teaching…</source>
            <translation>記錄授課…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="85" />
            <source>There is only one version, so there is nothing to compare yet. After a rehearsal and its conference, start the next version from this one; the two are then compared here, segment by segment.</source>
            <translation>目前只有一個版本，暫時沒有可比較的內容。試教及課後會議後，以這個版本建立下一個版本；兩個版本便會在這裏逐個環節比較。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="89" />
            <source>New version…</source>
            <translation>新版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="100" />
            <source>New version from selected…</source>
            <translation>以選取的版本建立新版本…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="104" />
            <source>&lt;b&gt;Versions&lt;/b&gt;</source>
            <translation>&lt;b&gt;版本&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="106" />
            <source>Record a teaching of selected…</source>
            <translation>記錄選取版本的授課…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="112" />
            <source>&lt;b&gt;Compare&lt;/b&gt;</source>
            <translation>&lt;b&gt;比較&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="114" />
            <source>with</source>
            <translation>與</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="147" />
            <source>Planned total {old} → {new} ({delta}). {n} segment(s) changed.</source>
            <translation>計劃總時間 {old} → {new}（{delta}）。{n} 個環節有更改。</translation>
        </message>
    </context>
</TS>
