; Inno Setup script for Walkthrough's Windows installer (Inno Setup 6.3 or newer).
;
; Build the bundle first, on Windows (README, "Building the app: Windows"):
;     .venv\Scripts\pyinstaller --noconfirm packaging\walkthrough.spec
; then compile this script from the checkout's root:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\walkthrough.iss
; which writes dist\Walkthrough-<version>-setup.exe. To stamp another version:
;     ISCC.exe /DAppVersion=0.2.0 packaging\windows\walkthrough.iss
;
; The installer installs for the current user without administrator rights
; (in %LOCALAPPDATA%\Programs\Walkthrough), or for all users when run as an
; administrator and chosen in its first dialog, or with /ALLUSERS (silent
; deployment: /VERYSILENT /ALLUSERS). Uninstalling removes the program only:
; the records in the data folder (%LOCALAPPDATA%\Walkthrough) are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Walkthrough"
#define AppExeName "Walkthrough.exe"
#define BundleDir "..\..\dist\Walkthrough"

[Setup]
; The AppId is the installer's identity: never change it, or upgrades install side by side.
AppId={{FCCE174C-0EEB-4109-8C40-B65757AD30F9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Walkthrough
AppComments=Classroom walkthroughs and non-evaluative peer visits, offline
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Walkthrough-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\walkthrough.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the previous bundle whole, so no library of an older Qt or Python is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Classroom walkthroughs and peer visits"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
