<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>LibrarySwitch</name>
    <message numerus="yes">
      <source>%n lesson(s)</source>
      <translation>
        <numerusform>%n lesson</numerusform>
        <numerusform>%n lessons</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n teaching(s)</source>
      <translation>
        <numerusform>%n teaching</numerusform>
        <numerusform>%n teachings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</source>
      <translation>
        <numerusform>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</numerusform>
        <numerusform>Photo files it names that are missing from the photos folder: %n (File → Check library lists them).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n lesson(s)</source>
      <translation>
        <numerusform>%n lesson</numerusform>
        <numerusform>%n lessons</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ObserverGroups</name>
    <message numerus="yes">
      <source>%n observer(s)</source>
      <translation>
        <numerusform>%n observer</numerusform>
        <numerusform>%n observers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n observer(s)</source>
      <translation>
        <numerusform>Imported %n observer</numerusform>
        <numerusform>Imported %n observers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n observer(s) to {group}</source>
      <translation>
        <numerusform>Move %n observer to {group}</numerusform>
        <numerusform>Move %n observers to {group}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pin %n observer(s)</source>
      <translation>
        <numerusform>Pin %n observer</numerusform>
        <numerusform>Pin %n observers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n observer(s)</source>
      <translation>
        <numerusform>Remove %n observer</numerusform>
        <numerusform>Remove %n observers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Unpin %n observer(s)</source>
      <translation>
        <numerusform>Unpin %n observer</numerusform>
        <numerusform>Unpin %n observers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message numerus="yes">
      <source>%n already imported</source>
      <translation>
        <numerusform>%n already imported</numerusform>
        <numerusform>%n already imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n could not be imported</source>
      <translation>
        <numerusform>%n could not be imported</numerusform>
        <numerusform>%n could not be imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not imported (cancelled)</source>
      <translation>
        <numerusform>%n not imported (cancelled)</numerusform>
        <numerusform>%n not imported (cancelled)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n photo(s) with their key ideas? This cannot be undone.</source>
      <translation>
        <numerusform>Delete %n photo with their key ideas? This cannot be undone.</numerusform>
        <numerusform>Delete %n photos with their key ideas? This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n photo(s)</source>
      <translation>
        <numerusform>Imported %n photo</numerusform>
        <numerusform>Imported %n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Importing %n photo(s)…</source>
      <translation>
        <numerusform>Importing %n photo…</numerusform>
        <numerusform>Importing %n photos…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n hit</numerusform>
        <numerusform>%n hits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The newest %n hit(s) of each kind; add words to narrow.</source>
      <translation>
        <numerusform>The newest %n hit of each kind; add words to narrow.</numerusform>
        <numerusform>The newest %n hits of each kind; add words to narrow.</numerusform>
      </translation>
    </message>
  </context>
</TS>
