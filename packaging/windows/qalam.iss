; Inno Setup script for Qalam on Windows, around the PyInstaller one-folder bundle.
;
; On a Windows CI runner (see packaging/README.md, "Windows"):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\pyside6-lrelease translations\qalam_ar.ts -qm translations\qalam_ar.qm   (and qalam_en)
;   .venv\Scripts\python scripts\build-icons.py build\icons
;   set QALAM_HUNSPELL_DIR=<folder with ar.aff, ar.dic, en_US.aff, en_US.dic>
;   set QALAM_FONT_FILES=<NotoSansArabic-Regular.ttf;NotoNaskhArabic-Regular.ttf;Amiri-Regular.ttf;...>
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist\pyinstaller --workpath build\pyinstaller packaging\pyinstaller\qalam.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\qalam.iss
; Output: dist\qalam-<version>-windows-x64-setup.exe
;
; The installer is per-user by default (no administrator rights: reporters rarely have them) and offers
; an all-users install to IT. Arabic and English wizard languages; the app picks its own UI language.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Qalam"
#define AppId "{{6F1C2B7E-7C0B-4E57-9A3B-51A1E0C4D9A1}"
#define BundleDir "..\..\dist\pyinstaller\qalam"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Qalam developers
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\Qalam
DefaultGroupName=Qalam
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=qalam-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\qalam.ico
UninstallDisplayIcon={app}\qalamw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Drafts live in %APPDATA%\qalam (platformdirs); uninstalling never deletes them.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[CustomMessages]
english.LaunchQalam=Start Qalam
arabic.LaunchQalam=تشغيل قلم
english.DesktopIcon=Create a desktop shortcut
arabic.DesktopIcon=إنشاء اختصار على سطح المكتب

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Qalam"; Filename: "{app}\qalamw.exe"; Comment: "Offline-first editor for Arabic newsrooms"
Name: "{autodesktop}\Qalam"; Filename: "{app}\qalamw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\qalamw.exe"; Description: "{cm:LaunchQalam}"; Flags: nowait postinstall skipifsilent
