# Build the Windows installer of Newsroom: dist\Newsroom-<version>-windows-x64-setup.exe
# Run in PowerShell on Windows with Python 3.11 on the PATH and Inno Setup 6 installed
# (CI: .github/workflows/installers.yml). PyInstaller makes build\windows\Newsroom
# (packaging\newsroom.spec: Newsroom.exe for the window, newsroom-cli.exe for the command
# line); Inno Setup (packaging\windows\newsroom.iss) makes the installer with its Start
# menu entry and the .newsroom file association. The last line printed is the installer's path.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $root
$pyinstallerVersion = "6.22.3"

function Invoke-Checked([string] $program, [string[]] $arguments) {
  & $program @arguments
  if ($LASTEXITCODE -ne 0) { throw "$program failed with exit status $LASTEXITCODE" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked "python" @("-m", "venv", ".venv") }
$python = Join-Path $root ".venv\Scripts\python.exe"
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $python @("-m", "pip", "install", "--quiet", ".", "pyinstaller==$pyinstallerVersion")

$version = (& $python -c "import newsroom; print(newsroom.__version__)").Trim()
$work = Join-Path $root "build\windows"
$dist = Join-Path $root "dist"
New-Item -ItemType Directory -Force -Path $work, $dist | Out-Null

$started = Get-Date
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
  "--distpath", $work, "--workpath", (Join-Path $work "pyinstaller"), "packaging\newsroom.spec")
$frozen = Join-Path $work "Newsroom"
Invoke-Checked (Join-Path $frozen "newsroom-cli.exe") @("--version")

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 is not installed: choco install innosetup" }
Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "/DSourceDir=$frozen", "/DOutputDir=$dist",
  "packaging\windows\newsroom.iss")
$installer = Join-Path $dist "Newsroom-$version-windows-x64-setup.exe"
$size = [math]::Round((Get-Item $installer).Length / 1MB)
$seconds = [math]::Round(((Get-Date) - $started).TotalSeconds)
Write-Host "build-windows: $size MB in $seconds s"
Write-Output $installer
