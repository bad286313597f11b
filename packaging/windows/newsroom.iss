; Inno Setup 6 script of the Newsroom installer for Windows.
; packaging/build-windows.ps1 runs it after PyInstaller, as:
;   iscc /DAppVersion=0.1.0 /DSourceDir=<repo>\build\windows\Newsroom /DOutputDir=<repo>\dist packaging\windows\newsroom.iss
; It installs per user by default (no administrator needed; Setup offers all users too),
; adds a Start menu entry, opens .newsroom library files with Newsroom, and puts the
; command line (newsroom-cli.exe) on the PATH when asked.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\Newsroom"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B7D1C2E-3F41-4E8A-9D55-2C0F7A1B9E64}
AppName=Newsroom
AppVersion={#AppVersion}
AppVerName=Newsroom {#AppVersion}
AppPublisher=Newsroom developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Newsroom
DefaultGroupName=Newsroom
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir={#OutputDir}
OutputBaseFilename=Newsroom-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\newsroom.ico
UninstallDisplayIcon={app}\Newsroom.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the newsroom-cli command to the PATH"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Newsroom"; Filename: "{app}\Newsroom.exe"; Comment: "Write, preview and publish news articles"
Name: "{autodesktop}\Newsroom"; Filename: "{app}\Newsroom.exe"; Tasks: desktopicon

[Registry]
; .newsroom library files open in Newsroom ({autoext}... HKA: per user or all users, as installed).
Root: HKA; Subkey: "Software\Classes\.newsroom"; ValueType: string; ValueName: ""; ValueData: "Newsroom.Library"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.newsroom\OpenWithProgids"; ValueType: string; ValueName: "Newsroom.Library"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Newsroom.Library"; ValueType: string; ValueName: ""; ValueData: "Newsroom Library"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Newsroom.Library\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Newsroom.exe,0"
Root: HKA; Subkey: "Software\Classes\Newsroom.Library\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Newsroom.exe"" --library ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Newsroom.exe\SupportedTypes"; ValueType: string; ValueName: ".newsroom"; ValueData: ""; Flags: uninsdeletekey
; Markdown, Word documents and web pages: Newsroom is offered in Open With, never made the
; default; it imports the file into the library and opens the article.
Root: HKA; Subkey: "Software\Classes\Newsroom.Import"; ValueType: string; ValueName: ""; ValueData: "Import into Newsroom"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Newsroom.Import\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Newsroom.exe,0"
Root: HKA; Subkey: "Software\Classes\Newsroom.Import\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Newsroom.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "Newsroom.Import"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "Newsroom.Import"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "Newsroom.Import"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: string; ValueName: "Newsroom.Import"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Newsroom.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Newsroom.exe\SupportedTypes"; ValueType: string; ValueName: ".markdown"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Newsroom.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Newsroom.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""
; the command line, for those who asked for it
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\Newsroom.exe"; Description: "{cm:LaunchProgram,Newsroom}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
  RootKey: Integer;
  SubKey: string;
begin
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Path) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
