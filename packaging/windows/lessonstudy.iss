; Inno Setup script: a per-machine Windows installer for Lesson Study.
; Built by .github/workflows/desktop.yml after `pyinstaller build.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\lessonstudy.iss
; It installs dist\LessonStudy into Program Files, adds Start-menu entries, registers
; .lsb (double-click opens the import in Lesson Study) and uninstalls cleanly.
; Libraries stay in each teacher's %LOCALAPPDATA%\LessonStudy and are never removed.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Lesson Study"
#define AppExe "LessonStudy.exe"

[Setup]
AppId={{6A0F3E4C-2B8D-4F5A-9C71-5E2D8B1A7C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Lesson Study
DefaultDirName={autopf}\Lesson Study
DefaultGroupName=Lesson Study
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=LessonStudy-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\lessonstudy.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\LessonStudy\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Lesson Study"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Lesson Study"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .lsb → Lesson Study bundle → "LessonStudy.exe" "%1" (the window opens and imports it)
Root: HKA; Subkey: "Software\Classes\.lsb"; ValueType: string; ValueName: ""; ValueData: "LessonStudy.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lsb"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-lessonstudy-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LessonStudy.Bundle"; ValueType: string; ValueName: ""; ValueData: "Lesson Study bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LessonStudy.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\LessonStudy.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Lesson Study}"; Flags: nowait postinstall skipifsilent
