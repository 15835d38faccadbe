<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>CheckProgress</name>
        <message>
            <location filename="../../lessonstudy/ui/check_progress.py" line="38" />
            <source>Photos checked: %v of %m</source>
            <translation>点検した写真：%v / %m</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Groups of four</source>
            <translation>4人グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="49" />
            <source>Rows of desks</source>
            <translation>一斉型（横並び）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="50" />
            <source>Horseshoe</source>
            <translation>コの字型</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Table</source>
            <translation>机</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="54" />
            <source>Teacher's place</source>
            <translation>教師の位置</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="55" />
            <source>Board</source>
            <translation>黒板</translation>
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
            <translation>テンプレートを使う</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="118" />
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="119" />
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="67" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="89" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="120" />
            <source>Seats −</source>
            <translation>座席 −</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="121" />
            <source>Seats +</source>
            <translation>座席 +</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="136" />
            <source>Name of the picked table or place</source>
            <translation>選んだ机・場所の名前</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="140" />
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="283" />
            <source>Seat label</source>
            <translation>座席ラベル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="141" />
            <source>Case pupil</source>
            <translation>抽出児</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="147" />
            <source>Click a table to pick it; drag it to move it.</source>
            <translation>机をクリックすると選択、ドラッグすると移動します。</translation>
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
            <translation>抽出児 {label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="237" />
            <source>Group {n}</source>
            <translation>{n}班</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="239" />
            <source>Add {what}</source>
            <translation>{what}を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="249" />
            <source>Remove {name}</source>
            <translation>「{name}」を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="256" />
            <source>Move {name}</source>
            <translation>「{name}」を移動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="266" />
            <source>Seats at {name}</source>
            <translation>「{name}」の座席</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="274" />
            <source>Rename {name}</source>
            <translation>「{name}」の名前を変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/editor.py" line="292" />
            <source>Case pupil's seat</source>
            <translation>抽出児の座席</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="61" />
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="63" />
            <source>Draw the classroom: six groups of four</source>
            <translation>教室を描く：4人グループ×6</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="173" />
            <source>Next note is about: {names}</source>
            <translation>次の記録の対象：{names}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/live_map.py" line="174" />
            <source>Click seats or a table (or press its number) to say whom the next note is about.</source>
            <translation>座席か机をクリック（または番号キーを押す）して、次の記録の対象を指定します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="58" />
            <source>Add case pupil…</source>
            <translation>抽出児を追加…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="63" />
            <source>The case pupil to rename or remove</source>
            <translation>名前を変える・削除する抽出児</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="64" />
            <source>Rename…</source>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="102" />
            <source>For each case pupil and segment, write how you predict the pupil will respond. Observers record what the pupil did beside it.</source>
            <translation>抽出児ごと・場面ごとに、予想される反応を書きます。参観者はその横に実際の様子を記録します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="104" />
            <source>This lesson has no case pupils yet: press Add case pupil to name the pupils the observers will follow, then write predictions for them.</source>
            <translation>この授業にはまだ抽出児がいません。「抽出児を追加」で参観者が追う児童を決めてから、予想を書いてください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="140" />
            <source>Add case pupil</source>
            <translation>抽出児を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="141" />
            <source>Label (such as A, or a first name):</source>
            <translation>記号（A や名前など）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>New label:</source>
            <translation>新しい記号：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="149" />
            <source>Rename case pupil</source>
            <translation>抽出児の名前を変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="167" />
            <source>Add case pupil {label}</source>
            <translation>抽出児 {label} を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="181" />
            <source>Rename case pupil {label}</source>
            <translation>抽出児の名前を {label} に変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/predictions_view.py" line="192" />
            <source>Remove case pupil {label}</source>
            <translation>抽出児 {label} を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="26" />
            <source>Classroom</source>
            <translation>教室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="30" />
            <source>Predictions</source>
            <translation>予想</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tabs.py" line="34" />
            <source>Tallies</source>
            <translation>集計</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>Key</source>
            <translation>キー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="56" />
            <source>What is counted</source>
            <translation>数える項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="62" />
            <source>Counts by segment (segment numbers as in the plan)</source>
            <translation>場面ごとの回数（場面番号は指導案と同じ）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="64" />
            <source>Tallies are kept per observer group, and this teaching has no groups yet. Make them in the Observer groups tab (Import roster…, then Assign automatically); then choose here what each group counts.</source>
            <translation>集計は参観グループごとに行いますが、この授業実施にはまだグループがありません。「参観グループ」タブでグループを作ってから（名簿を読み込む…、次に「自動で割り当て」）、ここで各グループが数える項目を選んでください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="70" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="91" />
            <source>Use suggested set</source>
            <translation>おすすめの項目を使う</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="71" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="90" />
            <source>Use COPUS codes</source>
            <translation>COPUS コードを使う</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="72" />
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="88" />
            <source>Add counter</source>
            <translation>カウンターを追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="82" />
            <source>Observer group</source>
            <translation>参観グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="92" />
            <source>Save counters</source>
            <translation>カウンターを保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tallies_view.py" line="158" />
            <source>{group} counts nothing yet. Take a ready-made set or add your own counters, give each a key letter and press Save counters. In the live lesson, that letter pressed on the classroom map counts it.</source>
            <translation>{group} にはまだ数える項目がありません。用意されたセットを使うか、カウンターを追加し、それぞれにキーの文字を決めて「カウンターを保存」を押します。授業の進行中に教室図の上でその文字を押すと数えられます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="58" />
            <source>Tallies for</source>
            <translation>集計の対象</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="113" />
            <source>{name}: press {key} on the map to count</source>
            <translation>{name}：座席表で {key} を押して数える</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/classroom/tally_strip.py" line="149" />
            <source>Count {name}</source>
            <translation>「{name}」を数える</translation>
        </message>
    </context>
    <context>
        <name>Conference</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/__init__.py" line="21" />
            <source>Conference</source>
            <translation>協議会</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="46" />
            <source>Done in version {n}</source>
            <translation>第{n}版で対応済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="48" />
            <source>Dropped</source>
            <translation>見送り</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="50" />
            <source>Open · in version {n}</source>
            <translation>未対応 · 第{n}版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="51" />
            <source>Open</source>
            <translation>未対応</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="65" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="129" />
            <source>Action</source>
            <translation>改善事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="66" />
            <source>Target</source>
            <translation>対象</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="67" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="130" />
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="68" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="83" />
            <source>What will the team change?</source>
            <translation>チームは何を変えますか？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="90" />
            <source>(any part)</source>
            <translation>（どの部分でも）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Anticipated student responses</source>
            <translation>予想される児童生徒の反応</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Case pupils</source>
            <translation>抽出児</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Learning activity and key questions</source>
            <translation>学習活動と主な発問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson duration</source>
            <translation>授業時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Lesson goals</source>
            <translation>本時のねらい</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Materials</source>
            <translation>教材・教具</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Points to evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Rationale</source>
            <translation>授業設計の意図</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment timing</source>
            <translation>場面の時間配分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Segment title</source>
            <translation>場面の名前</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="92" />
            <source>Teacher support</source>
            <translation>指導上の留意点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="96" />
            <source>Unlink</source>
            <translation>関連付けを解除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="102" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="210" />
            <source>Add action</source>
            <translation>改善事項を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="103" />
            <source>Done by version</source>
            <translation>対応した版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="104" />
            <source>Drop</source>
            <translation>見送る</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="105" />
            <source>Reopen</source>
            <translation>再開</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="106" />
            <source>Create revised version…</source>
            <translation>修正版を作成…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="119" />
            <source>Closing version:</source>
            <translation>対応した版：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="128" />
            <source>From feedback</source>
            <translation>元の意見</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="131" />
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="80" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="77" />
            <source>Segment</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="132" />
            <source>Part of the plan</source>
            <translation>指導案の箇所</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="147" />
            <source>(whole lesson)</source>
            <translation>（授業全体）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="153" />
            <source>Version {n}</source>
            <translation>第{n}版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="156" />
            <source>(no later version yet)</source>
            <translation>（まだ新しい版はありません）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="184" />
            <source>Agree action from feedback</source>
            <translation>意見から改善事項を決める</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="209" />
            <source>(none: a new action of its own)</source>
            <translation>（なし：独立した改善事項）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="213" />
            <source>“{text}” — the action will be linked to it</source>
            <translation>「{text}」— 改善事項はこの意見に関連付けられます</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="215" />
            <source>Agree action</source>
            <translation>改善事項を決める</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="220" />
            <source>Mark action done</source>
            <translation>改善事項を対応済みにする</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/actions_panel.py" line="225" />
            <source>Change action status</source>
            <translation>改善事項の状態を変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="59" />
            <source>Planned minutes must be a whole number, or blank if not planned.</source>
            <translation>予定時間（分）は整数で入力してください。予定がなければ空欄にします。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="78" />
            <source>Step</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="79" />
            <source>Speaker</source>
            <translation>発言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="80" />
            <source>Planned (min)</source>
            <translation>予定（分）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="82" />
            <source>Time used</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="91" />
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="244" />
            <source>No step is being timed.</source>
            <translation>計時中の項目はありません。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="93" />
            <source>Start step</source>
            <translation>この項目を開始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="94" />
            <source>Next step</source>
            <translation>次の項目</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="95" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="104" />
            <source>Record of the selected step</source>
            <translation>選んだ項目の記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="108" />
            <source>What was said: the reflection, the rationale, the discussion, the comments…</source>
            <translation>発言の内容：授業者の自評、設計の意図、協議、講評…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="111" />
            <source>Save record</source>
            <translation>記録を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="160" />
            <source>Select a step to write down what was said.</source>
            <translation>項目を選んで、発言の内容を書き留めます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="162" />
            <source>Record of “{step}”</source>
            <translation>「{step}」の記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="192" />
            <source>Write the record of a step</source>
            <translation>項目の記録を書く</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="236" />
            <source>Time an agenda step</source>
            <translation>次第の項目を計時</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="246" />
            <source>{step}: {used} of {planned} min</source>
            <translation>{step}：{used}／{planned} 分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/agenda_panel.py" line="272" />
            <source>Edit agenda step</source>
            <translation>次第の項目を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Concern</source>
            <translation>気になる点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Strength</source>
            <translation>よい点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="53" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="46" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="42" />
            <source>Suggestion</source>
            <translation>提案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="56" />
            <source>Who said it</source>
            <translation>発言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="57" />
            <source>Critical friend</source>
            <translation>クリティカル・フレンド</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="62" />
            <source>What the group saw, asked or suggests</source>
            <translation>グループが見取ったこと・質問・提案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="75" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="73" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="76" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="75" />
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="77" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="76" />
            <source>Author</source>
            <translation>発言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="79" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="74" />
            <source>Focus</source>
            <translation>視点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="81" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="78" />
            <location filename="../../lessonstudy/ui/conference/tab.py" line="261" />
            <source>Feedback</source>
            <translation>意見</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="82" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="79" />
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="92" />
            <source>(whole conference)</source>
            <translation>（協議会全体）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_form.py" line="99" />
            <source>(no particular segment)</source>
            <translation>（場面の指定なし）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="93" />
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="36" />
            <source>Key ideas → feedback</source>
            <translation>要点 → 意見</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="94" />
            <source>Type key ideas…</source>
            <translation>要点を入力…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="96" />
            <source>Type the group's four key ideas from its board or its report, without a photo</source>
            <translation>グループの4つの要点を、ボードや報告から写真なしで入力します</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="98" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="180" />
            <source>Add feedback</source>
            <translation>意見を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="99" />
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="100" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="101" />
            <source>Agree an action from it</source>
            <translation>この意見から改善事項を決める</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="148" />
            <source>{group} ({n} key ideas)</source>
            <translation>{group}（要点 {n} 件）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="194" />
            <source>Edit feedback</source>
            <translation>意見を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="211" />
            <source>Delete feedback</source>
            <translation>意見を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="221" />
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="235" />
            <source>Every key idea of this group is already a feedback item.</source>
            <translation>このグループの要点はすべて意見として登録済みです。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/feedback_panel.py" line="232" />
            <source>Key ideas to feedback</source>
            <translation>要点を意見にする</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/key_idea_types.py" line="53" />
            <source>Choose the type of each of {group}'s key ideas:</source>
            <translation>{group}の要点それぞれの種類を選んでください：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="32" />
            <source>Conference report…</source>
            <translation>協議会の報告書…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="42" />
            <source>Save the conference report</source>
            <translation>協議会の報告書を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/report_button.py" line="43" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="141" />
            <source>Loading the conference…</source>
            <translation>協議会を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="213" />
            <source>No conference has been prepared for this teaching yet. Preparing one sets out the protocol agenda (thanks, the teacher's reflection, one report per observer group, critical friends, open discussion, final comments, agreed actions) and the five feedback principles.</source>
            <translation>この授業実施の協議会はまだ準備されていません。準備すると、協議会の次第（謝辞、授業者の自評、参観グループごとの報告、クリティカル・フレンド、全体協議、指導講評、改善事項の決定）と、意見を述べるときの五つの原則が用意されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="218" />
            <source>Prepare the conference</source>
            <translation>協議会を準備</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="247" />
            <source>Save details</source>
            <translation>詳細を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="259" />
            <source>Details and principles</source>
            <translation>詳細と原則</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="260" />
            <source>Agenda</source>
            <translation>次第</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="262" />
            <source>Actions</source>
            <translation>改善事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="279" />
            <source>Facilitator</source>
            <translation>司会</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="280" />
            <source>Recorder</source>
            <translation>記録者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="281" />
            <source>Feedback principles
(one per line)</source>
            <translation>意見の原則
（1行に1つ）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="307" />
            <source>&lt;b&gt;Post-lesson conference&lt;/b&gt; · {lesson} · version {n} · {when}</source>
            <translation>&lt;b&gt;事後協議会&lt;/b&gt; · {lesson} · 第{n}版 · {when}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="335" />
            <source>Edit conference details</source>
            <translation>協議会の詳細を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="346" />
            <source>Create the next version of this lesson, linked to every open action?</source>
            <translation>この授業の次の版を作成し、未対応の改善事項をすべて関連付けますか？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/tab.py" line="355" />
            <source>Version {n} was created as a draft with {k} open action(s) linked.</source>
            <translation>第{n}版を下書きとして作成し、未対応の改善事項 {k} 件を関連付けました。</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="41" />
            <source>Someone else</source>
            <translation>他の人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="44" />
            <source>{who} changed this at {when} while you were editing it.</source>
            <translation>編集中に、{who} が {when} にこの内容を変更しました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="46" />
            <source>{who} changed this while you were editing it.</source>
            <translation>編集中に、{who} がこの内容を変更しました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="61" />
            <source>Changed by someone else</source>
            <translation>他の人が変更しました</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="63" />
            <source>Reload to see their version (your unsaved change is dropped), or keep yours to save it over theirs.</source>
            <translation>再読み込みすると相手の内容が表示されます（保存していない変更は破棄されます）。自分の内容を残すと、相手の変更の上に保存します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="65" />
            <source>Reload theirs</source>
            <translation>相手の内容を読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conflict.py" line="67" />
            <source>Keep mine</source>
            <translation>自分の内容を残す</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="33" />
            <source>Lesson Study: unexpected error</source>
            <translation>授業研究：予期しないエラー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="35" />
            <source>Something went wrong inside Lesson Study. Your saved work is safe: every change is stored as soon as it is made.</source>
            <translation>授業研究アプリの内部で問題が起きました。保存済みの作業は無事です。変更はすべて、その場で保存されています。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/crash.py" line="40" />
            <source>Please send the details below to whoever looks after the app.</source>
            <translation>下の詳細を、アプリの管理担当者に送ってください。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentView</name>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="30" />
            <source>Open a library first.</source>
            <translation>先にライブラリを開いてください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/__init__.py" line="43" />
            <source>&amp;Department view…</source>
            <translation>教科部会の一覧(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="35" />
            <source>Words in lesson, team, theme, teacher…</source>
            <translation>授業・チーム・主題・授業者の語句…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Cycle:</source>
            <translation>サイクル：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="45" />
            <source>Team:</source>
            <translation>チーム：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="46" />
            <source>From:</source>
            <translation>開始：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="46" />
            <source>To:</source>
            <translation>終了：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="50" />
            <source>Search:</source>
            <translation>検索：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="76" />
            <source>All teams</source>
            <translation>すべてのチーム</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="82" />
            <source>(no theme)</source>
            <translation>（主題なし）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="84" />
            <source>All cycles</source>
            <translation>すべてのサイクル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="109" />
            <source>start date</source>
            <translation>開始日</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/filters.py" line="110" />
            <source>end date</source>
            <translation>終了日</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="56" />
            <source>Lesson</source>
            <translation>授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="57" />
            <source>Team</source>
            <translation>チーム</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="58" />
            <source>Subject</source>
            <translation>教科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="59" />
            <source>Research theme</source>
            <translation>研究主題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="61" />
            <source>Teacher</source>
            <translation>授業者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="62" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="63" />
            <source>Strengths</source>
            <translation>よい点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="64" />
            <source>Questions</source>
            <translation>質問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="65" />
            <source>Suggestions</source>
            <translation>提案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="66" />
            <source>Concerns</source>
            <translation>気になる点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="67" />
            <source>Open actions</source>
            <translation>未対応の改善事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/model.py" line="68" />
            <source>Closed actions</source>
            <translation>対応済みの改善事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="57" />
            <source>Save the debrief packet</source>
            <translation>協議記録集を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="58" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="83" />
            <source>Writing the debrief packet…</source>
            <translation>協議記録集を作成しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="87" />
            <source>Laying out {n} lesson(s)…</source>
            <translation>{n} 件の授業をレイアウトしています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="88" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="90" />
            <source>Debrief packet</source>
            <translation>協議記録集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="114" />
            <source>Debrief packet written: {path} ({pages} pages)</source>
            <translation>協議記録集を保存しました：{path}（{pages} ページ）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/print_packet.py" line="121" />
            <source>Packet cancelled; no file was written.</source>
            <translation>協議記録集の作成を取り消しました。ファイルは書き込まれていません。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="53" />
            <source>Department view — debriefed lessons</source>
            <translation>教科部会の一覧 — 協議を終えた授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="111" />
            <source>the teams' schools</source>
            <translation>各チームの学校</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="112" />
            <source>Start each lesson on a right-hand page (duplex)</source>
            <translation>各授業を右ページから始める（両面印刷）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="114" />
            <source>Select all shown</source>
            <translation>表示中をすべて選択</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="117" />
            <source>Print packet…</source>
            <translation>記録集を印刷…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="122" />
            <source>Packet title:</source>
            <translation>記録集の題名：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="123" />
            <source>School on the cover:</source>
            <translation>表紙の学校名：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="159" />
            <source>{shown} of {total} lessons shown · {chosen} selected</source>
            <translation>{total} 件中 {shown} 件の授業を表示 · {chosen} 件を選択</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/department/view.py" line="179" />
            <source>Select one or more lessons in the table first (Ctrl+A selects all shown).</source>
            <translation>先に表で授業を1つ以上選んでください（Ctrl+A で表示中をすべて選択）。</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../lessonstudy/ui/detail_pane.py" line="102" />
            <source>Select a lesson, a version or a teaching.</source>
            <translation>授業、版、または授業実施を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>DurationDelegate</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/delegates.py" line="66" />
            <source>m:ss, e.g. 0:20 or 12:30</source>
            <translation>分:秒（例：0:20、12:30）</translation>
        </message>
    </context>
    <context>
        <name>EmptyLibraryPage</name>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="20" />
            <source>&lt;h2&gt;Your library is empty&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;ライブラリは空です&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="22" />
            <source>Lesson Study keeps your team's lessons, their timed segments and versions, the observer groups of an open class, their notes and iBoard photos, and the post-lesson conference.

Open the demo to explore a complete open class: a 50-minute mathematics lesson planned by a team of four, rehearsed, taught to 24 visitors in three observer groups, and debriefed.</source>
            <translation>授業研究アプリには、チームの授業、時間を区切った場面と指導案の版、公開授業の参観グループとその記録・iBoard の写真、そして事後協議会が保存されます。

デモを開くと、公開授業の一連の流れを見られます：4人のチームで計画し、事前授業を経て、3つの参観グループに分かれた24人の来校者の前で行い、協議会まで終えた50分の算数・数学の授業です。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="31" />
            <source>Open demo library</source>
            <translation>デモのライブラリを開く</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="41" />
            <source>E&amp;xport lesson bundle…</source>
            <translation>授業パッケージを書き出す(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="43" />
            <source>&amp;Import lesson…</source>
            <translation>授業を読み込む(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="45" />
            <source>Shared &amp;server…</source>
            <translation>共有サーバー(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="52" />
            <source>Select a lesson in the library first.</source>
            <translation>先にライブラリで授業を選んでください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="55" />
            <source>Export lesson bundle</source>
            <translation>授業パッケージを書き出す</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="57" />
            <source>Lesson bundles (*.lsb)</source>
            <translation>授業パッケージ (*.lsb)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="67" />
            <source>Exporting the lesson…</source>
            <translation>授業を書き出しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="70" />
            <source>Exported '{title}' to {path}</source>
            <translation>「{title}」を {path} に書き出しました</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="77" />
            <source>Import lesson</source>
            <translation>授業を読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="78" />
            <source>Lesson bundles and lesson files (*.lsb *.json)</source>
            <translation>授業パッケージと授業ファイル (*.lsb *.json)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="90" />
            <source>Importing {name}…</source>
            <translation>{name} を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="97" />
            <source>Imported '{title}': {added} added, {updated} updated.</source>
            <translation>「{title}」を読み込みました：追加 {added} 件、更新 {updated} 件。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="105" />
            <source>Please wait: the last import or export is still running.</source>
            <translation>お待ちください：前回の読み込み／書き出しがまだ実行中です。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="116" />
            <source>Shared server</source>
            <translation>共有サーバー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="117" />
            <source>Database URL of the school's server, e.g.
postgresql+psycopg://teacher@server/lessonstudy
Leave empty to use this computer's library.</source>
            <translation>学校のサーバーのデータベース URL。例：
postgresql+psycopg://teacher@server/lessonstudy
空欄にすると、このコンピューターのライブラリを使います。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/__init__.py" line="131" />
            <source>Connecting…</source>
            <translation>接続しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="35" />
            <source>Changed on both sides — please review</source>
            <translation>両方で変更されています — 確認してください</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="37" />
            <source>These records were changed here and on the other computer. Nothing was lost: notes, feedback, key ideas and actions now exist twice (yours and theirs); for other records yours was kept and theirs is shown below.</source>
            <translation>これらの記録は、このコンピューターと相手のコンピューターの両方で変更されました。失われたものはありません。記録・意見・要点・改善事項は両方（自分の分と相手の分）が残っています。それ以外の記録は自分の内容を残し、相手の内容を下に示しています。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Theirs</source>
            <translation>相手</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="43" />
            <source>Yours</source>
            <translation>自分</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>both kept</source>
            <translation>両方を保持</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/exchange/review_dialog.py" line="45" />
            <source>yours kept</source>
            <translation>自分の内容を保持</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="120" />
            <source>Lesson Study — user guides</source>
            <translation>授業研究 — 使い方ガイド</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="153" />
            <source>The user guides are not installed.</source>
            <translation>使い方ガイドがインストールされていません。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/help.py" line="157" />
            <source>For IT staff and developers (in English)</source>
            <translation>情報担当・開発者向け（英語）</translation>
        </message>
    </context>
    <context>
        <name>KeyIdeas</name>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="56" />
            <source>Type key ideas</source>
            <translation>要点を入力</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="57" />
            <source>The four key ideas {group} wrote on its iBoard, typed without a photo. Leave a box empty for fewer.</source>
            <translation>{group}が iBoard に書いた4つの要点を、写真なしで入力します。少ない場合は空欄のままにします。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="64" />
            <source>Already transcribed from its photos:</source>
            <translation>写真から書き起こし済み：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="74" />
            <source>Key idea {n}</source>
            <translation>要点 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/conference/typed_key_ideas.py" line="107" />
            <source>Type key ideas of {group}</source>
            <translation>{group}の要点を入力</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="80" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/language.py" line="84" />
            <source>&amp;System language</source>
            <translation>システムの言語(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="45" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="47" />
            <source>The new language applies after you restart Lesson Study.</source>
            <translation>新しい言語は、授業研究アプリを再起動すると反映されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="49" />
            <source>Restart now</source>
            <translation>今すぐ再起動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/restart.py" line="51" />
            <source>Later</source>
            <translation>後で</translation>
        </message>
    </context>
    <context>
        <name>LessonForm</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="52" />
            <source>e.g. 50:00 or 40 min</source>
            <translation>例：50:00、40 min</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="68" />
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="69" />
            <source>Subject</source>
            <translation>教科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="70" />
            <source>Class / grade</source>
            <translation>学級／学年</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="71" />
            <source>Unit</source>
            <translation>単元</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="72" />
            <source>Lesson length</source>
            <translation>授業時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="73" />
            <source>Lesson goals</source>
            <translation>本時のねらい</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="74" />
            <source>Rationale</source>
            <translation>授業設計の意図</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="75" />
            <source>Research theme (cycle)</source>
            <translation>研究主題（サイクル）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="76" />
            <source>Cycle goals</source>
            <translation>サイクルの目標</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="77" />
            <source>Team members</source>
            <translation>チームメンバー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="80" />
            <source>Save lesson</source>
            <translation>授業を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/lesson_form.py" line="83" />
            <source>Revert</source>
            <translation>元に戻す</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblemPage</name>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="60" />
            <source>Nothing in the library folder was changed. Put back one of its backups, or open another library folder.</source>
            <translation>ライブラリフォルダーの中身は何も変更していません。そのバックアップの一つを復元するか、別のライブラリフォルダーを開いてください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="63" />
            <source>Restore from backup…</source>
            <translation>バックアップから復元…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="66" />
            <source>Open another library…</source>
            <translation>別のライブラリを開く…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/empty_state.py" line="80" />
            <source>The library in {folder} could not be opened</source>
            <translation>{folder} のライブラリを開けませんでした</translation>
        </message>
    </context>
    <context>
        <name>LibrarySwitch</name>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="64" />
            <source>&amp;Open library…</source>
            <translation>ライブラリを開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="68" />
            <source>&amp;Recent libraries</source>
            <translation>最近使ったライブラリ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="71" />
            <source>Restore from &amp;backup…</source>
            <translation>バックアップから復元(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="83" />
            <source>Open library folder</source>
            <translation>ライブラリのフォルダーを開く</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="94" />
            <source>Opening the library in {folder}…</source>
            <translation>{folder} のライブラリを開いています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="102" />
            <source>Opened the library in {folder}</source>
            <translation>{folder} のライブラリを開きました</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="120" />
            <location filename="../../lessonstudy/ui/library_switch.py" line="137" />
            <source>Restore from backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="121" />
            <source>Library backups (*.db)</source>
            <translation>ライブラリのバックアップ (*.db)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="140" />
            <source>Restoring {name}…</source>
            <translation>{name} を復元しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="144" />
            <source>Put back the backup {name} from {when} ({lessons}, {teachings})?</source>
            <translation>{when} のバックアップ {name}（{lessons}、{teachings}）を復元しますか？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="150" />
            <source>It replaces the damaged library in {folder}.</source>
            <translation>{folder} の壊れたライブラリを置き換えます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="152" />
            <source>It replaces the library in {folder}, which has {lessons} and {teachings} now.</source>
            <translation>現在 {lessons}・{teachings} がある {folder} のライブラリを置き換えます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="157" />
            <source>A backup of the current library is kept first in {folder}.</source>
            <translation>先に、現在のライブラリのバックアップを {folder} に保存します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="164" />
            <source>Restored {name}.</source>
            <translation>{name} を復元しました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="166" />
            <source>The library it replaced was kept as {path}.</source>
            <translation>置き換えられたライブラリは {path} として残してあります。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="168" />
            <source>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</source>
            <translation>
                <numerusform>参照しているのに写真フォルダーにない写真ファイル: %n 個（「ファイル → ライブラリを点検」で一覧できます）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="189" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>授業 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/library_switch.py" line="193" />
            <source>%n teaching(s)</source>
            <translation>
                <numerusform>授業実施 %n 回</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_switch.py" line="207" />
            <source>A server database is restored on the server (ask whoever runs it); Lesson Study restores only library folders.</source>
            <translation>サーバーのデータベースはサーバー側で復元します（管理者に依頼してください）。授業研究アプリが復元できるのはライブラリのフォルダーだけです。</translation>
        </message>
    </context>
    <context>
        <name>LibraryTreeModel</name>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="124" />
            <source>Lesson study cycle</source>
            <translation>授業研究のサイクル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="129" />
            <source>Versions</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="131" />
            <source>Version {n} · {status} · {time}</source>
            <translation>第{n}版 · {status} · {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>rehearsed</source>
            <translation>事前授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="132" />
            <source>taught</source>
            <translation>授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="135" />
            <source>Teachings</source>
            <translation>授業実施</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="142" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="43" />
            <source>Rehearsal</source>
            <translation>事前授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="143" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="197" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="44" />
            <source>Research lesson</source>
            <translation>研究授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="144" />
            <location filename="../../lessonstudy/ui/search/dock.py" line="198" />
            <location filename="../../lessonstudy/ui/summary_pages.py" line="45" />
            <source>Reteach</source>
            <translation>再授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="146" />
            <source>no date</source>
            <translation>日付未定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/library_model.py" line="147" />
            <source>{kind} · {date} · class {cls}</source>
            <translation>{kind} · {date} · 学級 {cls}</translation>
        </message>
    </context>
    <context>
        <name>LiveLesson</name>
        <message>
            <location filename="../../lessonstudy/ui/live/__init__.py" line="35" />
            <source>Select a teaching in the library first, then open its projector view.</source>
            <translation>先にライブラリで授業実施を選び、プロジェクター表示を開いてください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/__init__.py" line="42" />
            <source>&amp;Projector view of the live lesson</source>
            <translation>授業中のプロジェクター表示(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="61" />
            <source>&amp;Start lesson</source>
            <translation>開始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="62" />
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="137" />
            <source>&amp;Pause</source>
            <translation>一時停止(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="63" />
            <source>&amp;Next segment now (N)</source>
            <translation>次の場面へ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="64" />
            <source>&amp;Back one segment</source>
            <translation>前の場面へ(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="65" />
            <source>En&amp;d lesson…</source>
            <translation>終了(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="66" />
            <source>Start aga&amp;in…</source>
            <translation>やり直す(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="67" />
            <source>Pro&amp;jector view</source>
            <translation>投影画面(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="79" />
            <source>Elapsed</source>
            <translation>経過時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="82" />
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="108" />
            <source>No segments planned</source>
            <translation>場面が計画されていません</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="111" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="76" />
            <source>Next: {title} ({time})</source>
            <translation>次：{title}（{time}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="113" />
            <location filename="../../lessonstudy/ui/live/projector.py" line="78" />
            <source>Next: end of the lesson</source>
            <translation>次：授業の終わり</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="118" />
            <source>The app was closed while the lesson clock ran. It is paused at {time}; press Resume to carry on.</source>
            <translation>授業の計時中にアプリが閉じられました。{time} で一時停止しています。「再開」を押すと続きから計時します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="136" />
            <source>&amp;Resume</source>
            <translation>再開(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="148" />
            <source>End the lesson now? The clock stops for good.</source>
            <translation>授業を今終了しますか？ 計時は完全に止まります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/clock_panel.py" line="152" />
            <source>Start again? The clock and every recorded segment timing of this teaching are cleared; notes are kept. Edit → Undo brings them back.</source>
            <translation>最初からやり直しますか？ この授業実施の計時と、記録済みの場面の時間はすべて消去されます（記録は残ります）。「編集 → 元に戻す」で戻せます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/controller.py" line="90" />
            <source>Start again</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="63" />
            <source>Loading the classroom…</source>
            <translation>教室を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/live_tab.py" line="121" />
            <source>Live lesson</source>
            <translation>授業の進行</translation>
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
            <translation>一時停止中</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="33" />
            <source>Lesson ended</source>
            <translation>授業終了</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="38" />
            <source>Interpretation</source>
            <translation>解釈</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="39" />
            <source>Question</source>
            <translation>疑問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="56" />
            <source>{time} behind plan</source>
            <translation>計画より {time} 遅れ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="58" />
            <source>{time} ahead of plan</source>
            <translation>計画より {time} 早い</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/look.py" line="59" />
            <source>on plan</source>
            <translation>計画どおり</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="35" />
            <source>Edit note</source>
            <translation>記録を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/note_commands.py" line="83" />
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="85" />
            <source>Delete note</source>
            <translation>記録を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="33" />
            <source>E&amp;xport notes…</source>
            <translation>記録を書き出す(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="35" />
            <source>Save every note of this teaching as a spreadsheet (.xlsx or .csv), one row per note</source>
            <translation>この授業実施の記録をすべて表計算ファイル（.xlsx または .csv）に保存します（1件1行）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV、UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="43" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ブック (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="45" />
            <source>Export the notes</source>
            <translation>記録を書き出す</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_export_button.py" line="66" />
            <source>Exported {n} notes to {path}.</source>
            <translation>記録 {n} 件を {path} に書き出しました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="118" />
            <source>Not in a segment</source>
            <translation>場面外</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Note</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Segment</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="138" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Case pupil</source>
            <translation>抽出児</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Flag</source>
            <translation>印</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Observer</source>
            <translation>参観者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_model.py" line="139" />
            <source>Photo</source>
            <translation>写真</translation>
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
            <translation>記録を検索 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="76" />
            <source>Loading notes…</source>
            <translation>記録を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="84" />
            <source>A&amp;ttach photo…</source>
            <translation>写真を添付(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="347" />
            <source>Select the note the photo belongs to, then attach it.</source>
            <translation>写真を付ける記録を選んでから添付してください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="349" />
            <source>Attach a photo</source>
            <translation>写真を添付</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/notes_panel.py" line="350" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
            <translation>写真 (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="43" />
            <source>Lesson clock — {title}</source>
            <translation>授業タイマー — {title}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="79" />
            <source>Elapsed {time}</source>
            <translation>経過 {time}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/projector.py" line="83" />
            <source>OVER TIME</source>
            <translation>時間超過</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="46" />
            <source>Type what you see and press Enter to save it</source>
            <translation>見取ったことを入力し、Enter で保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="54" />
            <source>Fl&amp;ag</source>
            <translation>印(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Group</source>
            <translation>グループ(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="70" />
            <source>&amp;Kind</source>
            <translation>種類(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="71" />
            <source>&amp;Observer</source>
            <translation>参観者(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/live/quick_note.py" line="72" />
            <source>Case p&amp;upil</source>
            <translation>抽出児(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="41" />
            <source>Lesson Study</source>
            <translation>授業研究</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="65" />
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="68" />
            <source>Opening library…</source>
            <translation>ライブラリを開いています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="141" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="142" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="143" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="144" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="147" />
            <source>Open &amp;demo open class</source>
            <translation>デモの公開授業を開く(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="150" />
            <source>&amp;Back up library now</source>
            <translation>今すぐライブラリをバックアップ(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="155" />
            <source>&amp;Check library</source>
            <translation>ライブラリを点検(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="161" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="163" />
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="169" />
            <source>&amp;Refresh</source>
            <translation>最新の情報に更新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="177" />
            <source>&amp;User guides</source>
            <translation>使い方ガイド(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="180" />
            <source>&amp;About Lesson Study</source>
            <translation>授業研究アプリについて(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="202" />
            <source>No library open</source>
            <translation>ライブラリが開かれていません</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/main_window.py" line="221" />
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>授業 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="256" />
            <source>Loading the demo open class…</source>
            <translation>デモの公開授業を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="264" />
            <source>Demo open class loaded.</source>
            <translation>デモの公開授業を読み込みました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="274" />
            <source>The daily backup failed: {error}</source>
            <translation>毎日のバックアップに失敗しました：{error}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="295" />
            <source>The library needs attention</source>
            <translation>ライブラリに問題があります</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="300" />
            <source>Daily backup written: {path}</source>
            <translation>毎日のバックアップを保存しました：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="308" />
            <source>Backup written: {path}</source>
            <translation>バックアップを保存しました：{path}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="315" />
            <source>Checking the library and its photo files…</source>
            <translation>ライブラリと写真ファイルを点検しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="337" />
            <source>The library is healthy.</source>
            <translation>ライブラリに問題はありません。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="339" />
            <source>Problems found:
</source>
            <translation>問題が見つかりました：
</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/main_window.py" line="433" />
            <location filename="../../lessonstudy/ui/main_window.py" line="450" />
            <source>The library could not be opened</source>
            <translation>ライブラリを開けませんでした</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/members_model.py" line="51" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/members_model.py" line="51" />
            <source>Role in the team</source>
            <translation>チームでの役割</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../lessonstudy/ui/messages.py" line="36" />
            <location filename="../../lessonstudy/ui/messages.py" line="57" />
            <location filename="../../lessonstudy/ui/messages.py" line="65" />
            <source>Lesson Study</source>
            <translation>授業研究</translation>
        </message>
    </context>
    <context>
        <name>NewLessonDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="34" />
            <source>New lesson</source>
            <translation>新しい授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="44" />
            <source>A new team</source>
            <translation>新しいチーム</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="50" />
            <source>Lesson title</source>
            <translation>授業の題名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="51" />
            <source>Subject</source>
            <translation>教科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="52" />
            <source>Class / grade</source>
            <translation>学級／学年</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="53" />
            <source>Lesson length</source>
            <translation>授業時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="54" />
            <source>Planning team</source>
            <translation>授業づくりのチーム</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="55" />
            <source>New team's name</source>
            <translation>新しいチームの名前</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/new_lesson.py" line="56" />
            <source>School</source>
            <translation>学校</translation>
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
            <translation>新しい版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="37" />
            <source>What changes, and why (e.g. after the rehearsal)</source>
            <translation>何を、なぜ変えるか（例：事前授業を受けて）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="41" />
            <source>Copy of version {n}.</source>
            <translation>第{n}版の写し。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="42" />
            <source>Change summary</source>
            <translation>変更の概要</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_dialogs.py" line="43" />
            <source>Author</source>
            <translation>作成者</translation>
        </message>
    </context>
    <context>
        <name>Observation</name>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="32" />
            <source>Observers send notes, photos and key ideas from their own phones over this computer's Wi-Fi network.</source>
            <translation>参観者は自分のスマートフォンから、このコンピューターの Wi-Fi ネットワーク経由で記録・写真・要点を送れます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="66" />
            <source>Observation open: join code…</source>
            <translation>参観を受付中：参加コード…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Open observation…</source>
            <translation>参観の受付を開始…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/button.py" line="67" />
            <source>Opening observation…</source>
            <translation>参観の受付を開始しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="39" />
            <source>Observation: %1</source>
            <translation>参観：%1</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="51" />
            <source>&amp;Close observation</source>
            <translation>参観の受付を終了(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="53" />
            <source>Copy &amp;link</source>
            <translation>リンクをコピー(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="61" />
            <source>Observers scan the code with their phone camera, or open this address and type the join code:</source>
            <translation>参観者はスマートフォンのカメラでコードを読み取るか、このアドレスを開いて参加コードを入力します：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="66" />
            <source>Join code</source>
            <translation>参加コード</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="75" />
            <source>&amp;Hide</source>
            <translation>隠す(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="97" />
            <source>Listening on every network of this computer (port %1).</source>
            <translation>このコンピューターのすべてのネットワークで待ち受けています（ポート %1）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="100" />
            <source>Listening on %1.</source>
            <translation>%1 で待ち受けています。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observation/dialog.py" line="101" />
            <source>Anyone on that network who has the link or the join code can join and send notes and photos into this library. Open it only on the school or classroom Wi-Fi, never on a public network, and close the observation after the lesson.</source>
            <translation>そのネットワーク上でリンクか参加コードを知っている人は誰でも参加でき、このライブラリに記録や写真を送れます。学校や教室の Wi-Fi でだけ受付を開始し、公衆ネットワークでは決して開始しないでください。授業が終わったら受付を終了してください。</translation>
        </message>
    </context>
    <context>
        <name>ObservationForms</name>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="41" />
            <source>Select a teaching (an open class) in the library first.</source>
            <translation>先にライブラリで授業実施（公開授業）を選んでください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="48" />
            <source>Observation forms</source>
            <translation>参観シート</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="53" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="66" />
            <source>Print observation forms…</source>
            <translation>参観シートを印刷…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/__init__.py" line="59" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="69" />
            <source>Import filled form…</source>
            <translation>記入済みのシートを読み込む…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="56" />
            <source>One form per observer, with their name and role</source>
            <translation>参観者ごとに1部（氏名と役割入り）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="57" />
            <source>Fillable: observers can type into the PDF</source>
            <translation>入力可能：参観者が PDF に直接入力できる</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="58" />
            <source>All forms in one PDF (for the printer)</source>
            <translation>すべてのシートを1つの PDF に（印刷用）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="61" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="62" />
            <source>Letter</source>
            <translation>レター</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="73" />
            <source>Forms print the group's focus and prompts, the segment grid and an iBoard page for four key ideas.</source>
            <translation>シートには、グループの参観の視点と問い、場面ごとの記入欄、4つの要点を書く iBoard のページが印刷されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="87" />
            <source>Paper:</source>
            <translation>用紙：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="88" />
            <source>Print language:</source>
            <translation>印刷の言語：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="110" />
            <source>Save the observation forms</source>
            <translation>参観シートを保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="112" />
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="158" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="117" />
            <source>Folder for the forms</source>
            <translation>シートを保存するフォルダー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="137" />
            <source>Printing the forms…</source>
            <translation>シートを作成しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="142" />
            <source>{count} form(s), {pages} pages, saved in {where}</source>
            <translation>シート {count} 部、{pages} ページを {where} に保存しました</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="157" />
            <source>Import filled observation forms</source>
            <translation>記入済みの参観シートを読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="168" />
            <source>Importing…</source>
            <translation>読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="173" />
            <source>Nothing was imported.</source>
            <translation>何も読み込まれませんでした。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="180" />
            <source>Some forms were not imported (the others were):</source>
            <translation>読み込めなかったシートがあります（ほかは読み込みました）：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/forms/forms_tab.py" line="182" />
            <source>The form was not imported:</source>
            <translation>シートを読み込めませんでした：</translation>
        </message>
    </context>
    <context>
        <name>ObserverGroups</name>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="38" />
            <source>Observer groups</source>
            <translation>参観グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="76" />
            <source>No observers yet. Import the visitors' roster (a CSV file from the registration spreadsheet: a name column, and school, role or group if you have them) or add people one by one; then Assign automatically splits them into balanced groups.</source>
            <translation>参観者がまだいません。来校者の名簿（申込表から書き出した CSV ファイル：氏名の列は必須、学校・役割・グループはあれば）を読み込むか、一人ずつ追加します。そのあと「自動で割り当て」でバランスよくグループに分けます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="80" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="55" />
            <source>Import roster…</source>
            <translation>名簿を読み込む…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="82" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="69" />
            <source>Add observer</source>
            <translation>参観者を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="194" />
            <location filename="../../lessonstudy/ui/observers/board.py" line="206" />
            <location filename="../../lessonstudy/ui/observers/column.py" line="133" />
            <source>Unassigned</source>
            <translation>未割り当て</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="195" />
            <source>Move %n observer(s) to {group}</source>
            <translation>
                <numerusform>参観者 %n 人を {group} に移動</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="202" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="78" />
            <source>Move to group…</source>
            <translation>グループへ移動…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Pin %n observer(s)</source>
            <translation>
                <numerusform>参観者 %n 人を固定</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="235" />
            <source>Unpin %n observer(s)</source>
            <translation>
                <numerusform>参観者 %n 人の固定を解除</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="248" />
            <source>Add observer {name}</source>
            <translation>参観者 {name} を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="270" />
            <source>Edit observer {name}</source>
            <translation>参観者 {name} を編集</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board.py" line="280" />
            <source>Remove %n observer(s)</source>
            <translation>
                <numerusform>参観者 %n 人を削除</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="287" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="79" />
            <source>Remove observer</source>
            <translation>参観者を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board.py" line="303" />
            <source>Remove {group}</source>
            <translation>{group} を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="58" />
            <source>Groups: </source>
            <translation>グループ数：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="61" />
            <source>Seed: </source>
            <translation>シード：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="62" />
            <source>Another seed gives another, equally balanced split.</source>
            <translation>シードを変えると、同じように均等な別の分け方になります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="224" />
            <source>Assign automatically</source>
            <translation>自動で割り当て</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="66" />
            <source>Print group list…</source>
            <translation>グループ名簿を印刷…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="68" />
            <source>Add group</source>
            <translation>グループを追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="80" />
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="81" />
            <source>Unpin</source>
            <translation>固定を解除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="82" />
            <source>Focus areas…</source>
            <translation>参観の視点…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="91" />
            <source>Foci for new groups</source>
            <translation>新しいグループの視点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="97" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="99" />
            <source>More</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="98" />
            <source>Move, remove, pin or unpin the selected observers; focus areas</source>
            <translation>選んだ参観者の移動・削除・固定・固定解除、参観の視点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="108" />
            <source>The teaching's own foci (default)</source>
            <translation>この授業実施の視点（既定）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="138" />
            <source>%n observer(s)</source>
            <translation>
                <numerusform>参観者 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="151" />
            <source>Add {group}</source>
            <translation>{group} を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="171" />
            <source>Edit {group}</source>
            <translation>{group} を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="195" />
            <source>Import roster</source>
            <translation>名簿を読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="196" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="207" />
            <source>{file} cannot be read: {why}</source>
            <translation>{file} を読み込めません：{why}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="211" />
            <source>Import roster {file}</source>
            <translation>名簿 {file} を読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="233" />
            <source>Print group list</source>
            <translation>グループ名簿を印刷</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="234" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="251" />
            <source>Group list written: {path}</source>
            <translation>グループ名簿を保存しました：{path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="258" />
            <source>Imported %n observer(s)</source>
            <translation>
                <numerusform>参観者 %n 人を読み込みました</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="259" />
            <source>; {placed} placed in a group from the file.</source>
            <translation>。うち {placed} 人はファイルの指定どおりグループに入れました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="261" />
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="271" />
            <source>Created: {groups}.</source>
            <translation>作成：{groups}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="268" />
            <source>Assigned automatically (seed {seed}): {sizes}.</source>
            <translation>自動で割り当てました（シード {seed}）：{sizes}。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/board_toolbar.py" line="274" />
            <source>Every rule was met.</source>
            <translation>すべての条件を満たしました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="112" />
            <source>Edit group</source>
            <translation>グループを編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="113" />
            <source>Remove group</source>
            <translation>グループを削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="134" />
            <source>Drag people from here into a group.</source>
            <translation>ここから人をグループへドラッグします。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="137" />
            <source>No focus yet</source>
            <translation>視点は未設定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="138" />
            <source>Convenor: {name}</source>
            <translation>まとめ役：{name}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="146" />
            <source>{n} observer(s)</source>
            <translation>参観者 {n} 人</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/column.py" line="147" />
            <source>{n} of {capacity} seats</source>
            <translation>{n}／{capacity} 席</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="44" />
            <source>Observer group</source>
            <translation>参観グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="49" />
            <source>(choose from the focus-area library)</source>
            <translation>（視点の一覧から選ぶ）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="55" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="47" />
            <source>One prompt per line</source>
            <translation>1行に1つの問い</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="62" />
            <source>no limit</source>
            <translation>上限なし</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="65" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="59" />
            <source>Name</source>
            <comment>of a group or focus area, not a person</comment>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="66" />
            <source>Focus from library</source>
            <translation>一覧から視点を選ぶ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="67" />
            <source>Focus</source>
            <translation>視点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="68" />
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="60" />
            <source>Prompts</source>
            <translation>問い</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="69" />
            <source>Convenor</source>
            <translation>まとめ役</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="70" />
            <source>Capacity (seats)</source>
            <translation>定員（席）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="95" />
            <source>Observer</source>
            <translation>参観者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="103" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="104" />
            <source>School / organisation</source>
            <translation>学校／所属</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/dialogs.py" line="105" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="41" />
            <source>Focus areas</source>
            <translation>参観の視点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="48" />
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="49" />
            <source>Add as new</source>
            <translation>新規として追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="50" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/focus_dialog.py" line="110" />
            <source>Remove this focus area from the library? Groups that use it keep their copy of the focus and prompts.</source>
            <translation>この視点を一覧から削除しますか？ 使っているグループには、視点と問いの写しが残ります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Critical friend</source>
            <translation>クリティカル・フレンド</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Facilitator</source>
            <translation>司会</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Knowledgeable other</source>
            <translation>指導助言者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Recorder</source>
            <translation>記録者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Team member</source>
            <translation>チームメンバー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Timekeeper</source>
            <translation>タイムキーパー</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="44" />
            <source>Visitor</source>
            <translation>来校者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/observers/members_model.py" line="114" />
            <source>Pinned: automatic assignment keeps them here.</source>
            <translation>固定：自動割り当てでもここに残ります。</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="54" />
            <source>Open a library first, then open {name} again.</source>
            <translation>先にライブラリを開いてから、もう一度 {name} を開いてください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/open_files.py" line="66" />
            <source>Importing {name}…</source>
            <translation>{name} を読み込んでいます…</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="46" />
            <source>No program could open {name}. It is saved in {folder}.</source>
            <translation>{name} を開けるプログラムがありません。{folder} に保存してあります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="55" />
            <source>Saved {name}</source>
            <translation>{name} を保存しました</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="78" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/outputs.py" line="79" />
            <source>Show in folder</source>
            <translation>フォルダーで表示</translation>
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
            <translation>教科</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="63" />
            <source>Cycles</source>
            <translation>サイクル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="69" />
            <source>Lesson study cycle</source>
            <translation>授業研究のサイクル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="71" />
            <source>Research theme</source>
            <translation>研究主題</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>Phase</source>
            <translation>段階</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>conference</source>
            <translation>協議会</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>open_class</source>
            <translation>公開授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>plan</source>
            <translation>計画</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>rehearse</source>
            <translation>事前授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>revise</source>
            <translation>修正</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="72" />
            <source>study</source>
            <translation>教材研究</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="73" />
            <source>Lessons</source>
            <translation>授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="82" />
            <source>Class / grade</source>
            <translation>学級／学年</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="83" />
            <source>Duration</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="84" />
            <source>Versions</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="85" />
            <source>Teachings</source>
            <translation>授業実施</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="91" />
            <source>yes: a teaching used it, edits make a new version</source>
            <translation>はい：授業で使用済みのため、編集すると新しい版になります</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="92" />
            <source>Version {n}</source>
            <translation>第{n}版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>rehearsed</source>
            <translation>事前授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="94" />
            <source>taught</source>
            <translation>授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="95" />
            <source>Segments</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="96" />
            <source>Planned time</source>
            <translation>予定時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="97" />
            <source>Frozen</source>
            <translation>確定済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="98" />
            <source>Changes</source>
            <translation>変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="106" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="107" />
            <source>Class</source>
            <translation>学級</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="108" />
            <source>Teacher</source>
            <translation>授業者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="109" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/summary_pages.py" line="130" />
            <source>Overview</source>
            <translation>概要</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="34" />
            <source>Select a teaching in the library first, then import its photos.</source>
            <translation>先にライブラリで授業実施を選んでから、写真を読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/__init__.py" line="40" />
            <source>Import &amp;photos…</source>
            <translation>写真を読み込む(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="147" />
            <source>Edit photo details</source>
            <translation>写真の詳細を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="164" />
            <source>Edit key ideas</source>
            <translation>要点を編集</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo left</source>
            <translation>写真を左に回転</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="175" />
            <source>Rotate photo right</source>
            <translation>写真を右に回転</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/controller.py" line="181" />
            <source>Blur region</source>
            <translation>範囲をぼかす</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="44" />
            <source>What the photo shows</source>
            <translation>写真の内容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="46" />
            <source>e.g. Table 3</source>
            <translation>例：3班</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="48" />
            <source>Key idea {n}</source>
            <translation>要点 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="67" />
            <source>Caption</source>
            <translation>説明</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="68" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="77" />
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="69" />
            <source>Pupils' group</source>
            <translation>児童生徒の班</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="70" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="80" />
            <source>Segment</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="71" />
            <source>Four key ideas on the iBoard</source>
            <translation>iBoard の4つの要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="84" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="118" />
            <source>No group</source>
            <translation>グループなし</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="87" />
            <source>Pupils' group (label)</source>
            <translation>児童生徒の班（ラベル）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/details_panel.py" line="89" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="122" />
            <source>No segment</source>
            <translation>場面なし</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/gallery_view.py" line="52" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="172" />
            <source>No photos yet.
Drop iBoard photos here, or click “Import photos…”.</source>
            <translation>まだ写真がありません。
iBoard の写真をここにドロップするか、「写真を読み込む…」をクリックしてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="36" />
            <source>Imported %n photo(s)</source>
            <translation>
                <numerusform>写真 %n 枚を読み込みました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="38" />
            <source>%n already imported</source>
            <translation>
                <numerusform>%n 枚は読み込み済み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="40" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n 枚は読み込めませんでした</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="42" />
            <source>%n not imported (cancelled)</source>
            <translation>
                <numerusform>%n 枚は読み込んでいません（取り消し）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/import_results.py" line="52" />
            <source>Photo import results</source>
            <translation>写真の読み込み結果</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="44" />
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="113" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/importer.py" line="44" />
            <source>Importing %n photo(s)…</source>
            <translation>
                <numerusform>写真 %n 枚を読み込んでいます…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="47" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="87" />
            <location filename="../../lessonstudy/ui/photos/importer.py" line="112" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="178" />
            <source>Import photos</source>
            <translation>写真を読み込む</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/importer.py" line="125" />
            <source>Photos are still being imported; wait for that to finish.</source>
            <translation>写真の読み込み中です。終わるまでお待ちください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <source>All files</source>
            <translation>すべてのファイル</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="39" />
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="233" />
            <source>Photos</source>
            <translation>写真</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="43" />
            <source>time unknown</source>
            <translation>時刻不明</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="48" />
            <source>no group</source>
            <translation>グループなし</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="51" />
            <source>segment {n}</source>
            <translation>場面 {n}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/look.py" line="60" />
            <source>Key ideas:</source>
            <translation>要点：</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="58" />
            <source>Import photos…</source>
            <translation>写真を読み込む…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="61" />
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="62" />
            <source>Type key ideas…</source>
            <translation>要点を入力…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="113" />
            <source>All groups</source>
            <translation>すべてのグループ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="117" />
            <source>Pupils: {label}</source>
            <translation>児童生徒：{label}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="119" />
            <source>All segments</source>
            <translation>すべての場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="141" />
            <source>Type this group's four key ideas without a photo</source>
            <translation>このグループの4つの要点を写真なしで入力します</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="142" />
            <source>Choose an observer group first to type its key ideas without a photo</source>
            <translation>写真なしで要点を入力するには、先に参観グループを選んでください</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="162" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>写真 %n 枚</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="163" />
            <source>{shown} of {total} photos</source>
            <translation>{total} 枚中 {shown} 枚</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="168" />
            <source>New photos go to: {where}</source>
            <translation>新しい写真の分類先：{where}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="169" />
            <source>Drop photos here to import them; choose a group or segment first to file them there.</source>
            <translation>写真をここにドロップすると読み込みます。先にグループか場面を選ぶと、そこに分類されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="173" />
            <source>No photos match these filters.</source>
            <translation>この条件に合う写真はありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="213" />
            <source>Delete %n photo(s) with their key ideas? This cannot be undone.</source>
            <translation>
                <numerusform>写真 %n 枚をその要点と一緒に削除しますか？ この操作は元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/photos_tab.py" line="215" />
            <source>Delete photos</source>
            <translation>写真を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="82" />
            <source>◀ Previous</source>
            <translation>◀ 前へ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="83" />
            <source>Next ▶</source>
            <translation>次へ ▶</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="85" />
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="86" />
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="87" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="89" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="92" />
            <source>⟲ Rotate left</source>
            <translation>⟲ 左に回転</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="93" />
            <source>⟳ Rotate right</source>
            <translation>⟳ 右に回転</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="94" />
            <source>Blur a region…</source>
            <translation>範囲をぼかす…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="97" />
            <source>Drag a box over a face or a name; it is blurred in the stored photo.</source>
            <translation>顔や名前を枠で囲むと、保存される写真でぼかされます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="99" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="101" />
            <source>Redo</source>
            <translation>やり直し</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="107" />
            <source>Drag a box over a face or a name, then click “Blur this area”. The stored photo is changed (Undo puts it back).</source>
            <translation>顔や名前を枠で囲み、「この範囲をぼかす」をクリックします。保存される写真が変更されます（「元に戻す」で戻せます）。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="110" />
            <source>Blur this area</source>
            <translation>この範囲をぼかす</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/photos/viewer.py" line="154" />
            <source>Photo: {title}</source>
            <translation>写真：{title}</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="52" />
            <source>Segments</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="54" />
            <source>Lesson</source>
            <translation>授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="56" />
            <source>Versions</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="58" />
            <source>Timings</source>
            <translation>時間の記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="74" />
            <source>&amp;New lesson…</source>
            <translation>新しい授業(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/__init__.py" line="77" />
            <source>&amp;Print / Export PDF…</source>
            <translation>印刷／PDF 書き出し(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PrintLanguage</name>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="63" />
            <source>&amp;Print language</source>
            <translation>印刷の言語(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="66" />
            <source>Same as the interface</source>
            <translation>画面の言語と同じ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="101" />
            <source>Prints follow the interface language.</source>
            <translation>印刷物は画面の言語に従います。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/print_language.py" line="103" />
            <source>This library now prints in {language}.</source>
            <translation>このライブラリは今後 {language} で印刷します。</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="35" />
            <source>&lt;h3&gt;Lesson Study {version}&lt;/h3&gt;&lt;p&gt;Plan, teach, observe and debrief lessons together.&lt;br&gt;No one is perfect but the team can be.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;授業研究 {version}&lt;/h3&gt;&lt;p&gt;授業をともに計画し、実践し、参観し、協議する。&lt;br&gt;一人では完璧でなくても、チームならできる。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/about.py" line="42" />
            <source>About Lesson Study</source>
            <translation>授業研究アプリについて</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="63" />
            <source>Export lesson plan</source>
            <translation>指導案を書き出す</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="64" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/print_plan.py" line="81" />
            <source>Writing the lesson plan PDF…</source>
            <translation>指導案の PDF を作成しています…</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../lessonstudy/ui/search/__init__.py" line="29" />
            <source>&amp;Find in library…</source>
            <translation>ライブラリ内を検索(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Feedback</source>
            <translation>意見</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Key idea</source>
            <translation>要点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="46" />
            <source>Note</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Action</source>
            <translation>改善事項</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Lesson</source>
            <translation>授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="47" />
            <source>Segment</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="48" />
            <source>Agenda record</source>
            <translation>次第の記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="56" />
            <source>Find in library</source>
            <translation>ライブラリ内を検索</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="61" />
            <source>Words to find in notes, feedback, plans…</source>
            <translation>記録・意見・指導案などから探す語句…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="140" />
            <source>Searching…</source>
            <translation>検索しています…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="159" />
            <source>Nothing in the library mentions that.</source>
            <translation>ライブラリに該当するものはありません。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="169" />
            <source>Finds words in the notes, feedback, key ideas, actions, segments, conference records and lesson titles of every lesson. Two characters of Chinese or Japanese are enough.</source>
            <translation>すべての授業の記録、意見、要点、改善事項、場面、次第の記録、授業の題名から言葉を探します。中国語や日本語は2文字あれば探せます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="173" />
            <source>Every word must appear in the same record. Try fewer words, part of a word, or another spelling.</source>
            <translation>すべての言葉が同じ記録に含まれている必要があります。言葉を減らす、言葉の一部だけにする、別の書き方にする、などを試してください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/search/dock.py" line="211" />
            <source>{lesson} — {kind}, {date}</source>
            <translation>{lesson} — {kind}、{date}</translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/search/dock.py" line="162" />
            <source>The newest %n hit(s) of each kind; add words to narrow.</source>
            <translation>
                <numerusform>種類ごとに新しいものから %n 件。語句を加えると絞り込めます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../lessonstudy/ui/search/dock.py" line="165" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SegmentEditor</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="81" />
            <source>New version…</source>
            <translation>新しい版…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="96" />
            <source>Enter or F2 edits a cell · Tab moves on · Escape cancels · right-click for more</source>
            <translation>Enter/F2：編集 · Tab：次へ · Esc：取消 · 右クリック：その他</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="128" />
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="263" />
            <source>Add segment</source>
            <translation>場面を追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="129" />
            <source>Insert above</source>
            <translation>上に挿入</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="130" />
            <source>Duplicate</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="131" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="133" />
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="134" />
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="160" />
            <source>Version {n} was used in a teaching, so it can no longer change. Make a new version to revise the plan.</source>
            <translation>第{n}版は授業で使われたため、変更できません。指導案を修正するには新しい版を作成してください。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="171" />
            <source>Plan</source>
            <translation>指導案</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="173" />
            <source>{total} planned of a {lesson} lesson</source>
            <translation>授業 {lesson} のうち {total} を計画済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="177" />
            <source>⚠ {over} over time</source>
            <translation>⚠ {over} 超過</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="180" />
            <source>{left} left</source>
            <translation>残り {left}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="252" />
            <source>Change {field} of '{title}'</source>
            <translation>「{title}」の{field}を変更</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Anticipated student responses</source>
            <translation>予想される児童生徒の反応</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Learning activities and key questions</source>
            <translation>学習活動と主な発問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Materials</source>
            <translation>教材・教具</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Planned time</source>
            <translation>予定時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Points to evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Teacher support</source>
            <translation>指導上の留意点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="253" />
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="262" />
            <source>New segment</source>
            <translation>新しい場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="280" />
            <source>Duplicate '{title}'</source>
            <translation>「{title}」を複製</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="290" />
            <source>Delete '{title}'</source>
            <translation>「{title}」を削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="302" />
            <source>Move '{title}'</source>
            <translation>「{title}」を移動</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="326" />
            <source>Version {n} was used in a teaching, so it can no longer change.

Make a new version from it to revise the plan?</source>
            <translation>第{n}版は授業で使われたため、変更できません。

この版をもとに新しい版を作成して、指導案を修正しますか？</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_editor.py" line="329" />
            <source>This version is frozen</source>
            <translation>この版は確定済みです</translation>
        </message>
    </context>
    <context>
        <name>SegmentKind</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Gallery / peer feedback</source>
            <translation>ギャラリーウォーク／相互評価</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Group work</source>
            <translation>グループ学習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Individual work</source>
            <translation>個人追究</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Pair work</source>
            <translation>ペア学習</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Student presentation</source>
            <translation>児童生徒の発表</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Teacher presentation</source>
            <translation>教師の説明</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Transition</source>
            <translation>切り替え</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>Whole-class Q&amp;A</source>
            <translation>全体での問答</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="56" />
            <source>iBoard writing</source>
            <translation>iBoard への記入</translation>
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
            <translation>予想される反応</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Learning activities and key questions</source>
            <translation>学習活動と主な発問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Materials</source>
            <translation>教材・教具</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Points to evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Start–end</source>
            <translation>開始–終了</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Teacher support</source>
            <translation>指導上の留意点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/segment_model.py" line="128" />
            <source>Title</source>
            <translation>題名</translation>
        </message>
    </context>
    <context>
        <name>TeachingDialog</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="36" />
            <source>Record a teaching</source>
            <translation>授業実施を記録</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="50" />
            <source>A teaching of version {n}.</source>
            <translation>第{n}版の授業実施。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="51" />
            <source>Version {n} is then frozen: later changes to the plan go into a new version.</source>
            <translation>第{n}版はこれで確定します。以後の指導案の変更は新しい版に入ります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="56" />
            <source>&amp;Kind</source>
            <translation>種類(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="57" />
            <source>&amp;Date</source>
            <translation>日付(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="58" />
            <source>&amp;Class</source>
            <translation>学級(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="59" />
            <source>&amp;Teacher</source>
            <translation>授業者(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="60" />
            <source>&amp;Room</source>
            <translation>教室(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="63" />
            <source>Record</source>
            <translation>記録する</translation>
        </message>
    </context>
    <context>
        <name>TeachingView</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Rehearsal</source>
            <translation>事前授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Research lesson</source>
            <translation>研究授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_dialog.py" line="40" />
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="59" />
            <source>Reteach</source>
            <translation>再授業</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="60" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="93" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Class</source>
            <translation>学級</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="98" />
            <source>Teacher</source>
            <translation>授業者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="99" />
            <source>Room</source>
            <translation>教室</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="101" />
            <source>Save teaching</source>
            <translation>授業実施を保存</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="107" />
            <source>&lt;b&gt;Planned versus actual&lt;/b&gt;</source>
            <translation>&lt;b&gt;計画と実際&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="136" />
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="137" />
            <source>Actual</source>
            <translation>実際</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="140" />
            <source>Version {n} has no segments yet: plan them in the version's Segments tab, and the clock of the Live lesson tab records when each starts and ends.</source>
            <translation>第{n}版にはまだ場面がありません。その版の「場面」タブで場面を計画すると、「授業の進行」タブのタイマーが各場面の開始と終了を記録します。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="145" />
            <source>Nothing timed yet: press Start lesson in the Live lesson tab and the clock records each segment, or type the actual times in the table.</source>
            <translation>まだ時間が記録されていません。「授業の進行」タブで「開始」を押すとタイマーが各場面を記録します。表に実際の時刻を入力することもできます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="149" />
            <source>Not every segment has an actual end yet.</source>
            <translation>実際の終了時刻がまだない場面があります。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="151" />
            <source>The lesson ran {d} over the plan.</source>
            <translation>授業は計画より {d} 延びました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="154" />
            <source>The lesson ended {d} early.</source>
            <translation>授業は {d} 早く終わりました。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/teaching_view.py" line="157" />
            <source>The lesson kept to the plan.</source>
            <translation>授業は計画どおりに進みました。</translation>
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
            <translation>実際の終了</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Actual start</source>
            <translation>実際の開始</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Difference</source>
            <translation>差</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/timings_model.py" line="59" />
            <source>Segment</source>
            <translation>場面</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Change summary</source>
            <translation>変更の概要</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Created</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New time</source>
            <translation>新しい時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>New version</source>
            <translation>新しい版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old time</source>
            <translation>元の時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Old version</source>
            <translation>元の版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Segments</source>
            <translation>場面</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="74" />
            <source>What changed</source>
            <translation>変更内容</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="100" />
            <source>frozen</source>
            <translation>確定済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>rehearsed</source>
            <translation>事前授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="102" />
            <source>taught</source>
            <translation>授業済み</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="125" />
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="127" />
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="130" />
            <source>moved {a} → {b}</source>
            <translation>移動 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="133" />
            <source>retimed {a} → {b} ({d})</source>
            <translation>時間変更 {a} → {b}（{d}）</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Anticipated student responses</source>
            <translation>予想される児童生徒の反応</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Learning activities and key questions</source>
            <translation>学習活動と主な発問</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Materials</source>
            <translation>教材・教具</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Planned time</source>
            <translation>予定時間</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Points to evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Teacher support</source>
            <translation>指導上の留意点</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="137" />
            <source>Title</source>
            <translation>題名</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="138" />
            <source>changed: {fields}</source>
            <translation>変更：{fields}</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/version_models.py" line="139" />
            <source>unchanged</source>
            <translation>変更なし</translation>
        </message>
    </context>
    <context>
        <name>VersionsView</name>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="75" />
            <source>Version {n}</source>
            <translation>第{n}版</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="79" />
            <source>No teaching of this lesson is recorded yet. When it has been rehearsed or taught, select the version used and record the teaching: it keeps the timings, the observers' notes, the photos and the conference.</source>
            <translation>この授業の授業実施はまだ記録されていません。事前授業や研究授業のあと、使った版を選んで授業実施を記録してください。時間の記録、参観者の記録、写真、協議会がそこに保存されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="83" />
            <source>Record a teaching…</source>
            <translation>授業実施を記録…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="85" />
            <source>There is only one version, so there is nothing to compare yet. After a rehearsal and its conference, start the next version from this one; the two are then compared here, segment by segment.</source>
            <translation>版が1つしかないため、まだ比較するものがありません。事前授業と協議会のあと、この版から次の版を作ると、2つの版がここで場面ごとに比較されます。</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="89" />
            <source>New version…</source>
            <translation>新しい版…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="100" />
            <source>New version from selected…</source>
            <translation>選んだ版から新しい版…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="104" />
            <source>&lt;b&gt;Versions&lt;/b&gt;</source>
            <translation>&lt;b&gt;版&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="106" />
            <source>Record a teaching of selected…</source>
            <translation>選んだ版の授業実施を記録…</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="112" />
            <source>&lt;b&gt;Compare&lt;/b&gt;</source>
            <translation>&lt;b&gt;比較&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="114" />
            <source>with</source>
            <translation>と</translation>
        </message>
        <message>
            <location filename="../../lessonstudy/ui/planning/versions_view.py" line="147" />
            <source>Planned total {old} → {new} ({delta}). {n} segment(s) changed.</source>
            <translation>予定の合計 {old} → {new}（{delta}）。変更した場面 {n} 件。</translation>
        </message>
    </context>
</TS>
