; Inno Setup script: a per-user installer for Windows (no administrator rights needed).
; build_spec/build.py --package compiles it after PyInstaller, passing the version from
; importer.__version__ and the onedir folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=%CD%\dist\contact-importer /Odist build_spec\contact_importer.iss
; Signing is a release step (README "Building the app"): add SignTool=... there, not here.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build_spec/build.py does).
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\contact-importer"
#endif

#define AppName "Sociocs Contact Importer"
#define AppPublisher "Sociocs"
#define AppExeName "ContactImporter.exe"
#define CliExeName "contact-importer.exe"
#define ProgId "SociocsContactImporter.Spreadsheet"
#define Classes "Software\Classes"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to this product; never change it.
AppId={{6F0C7E2A-5B1D-4C8E-9A3F-2D7B1E4C9A60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://sociocs.com
VersionInfoVersion={#AppVersion}
; Per-user install: %LOCALAPPDATA%\Programs, no UAC prompt; Start menu entries for this user.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=..\importer\resources\icons\app-icon.ico
OutputBaseFilename=Sociocs-Contact-Importer-{#AppVersion}-Setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
; The "Open with" entries below: tell Explorer to read the file associations again.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; "Open with Sociocs Contact Importer" for the files it reads (bundle_settings.OPEN_WITH), for
; this user only (HKCU, no administrator rights). The program is added to each extension's
; OpenWithProgids and Applications list, never made the default: Excel stays Excel's. The
; uninstaller removes the program's keys and its value under each extension.
Root: HKCU; Subkey: "{#Classes}\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Spreadsheet or contacts for {#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "{#Classes}\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKCU; Subkey: "{#Classes}\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKCU; Subkey: "{#Classes}\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".tsv"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xlsm"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""
Root: HKCU; Subkey: "{#Classes}\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.tsv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.xlsm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.xls\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.ods\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "{#Classes}\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's settings, logs and upload journals are kept.
Type: filesandordirs; Name: "{app}"
