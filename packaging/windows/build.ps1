# Build gutsleep for Windows (not verified on Windows by the project's CI; see packaging/README.md).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Run from the repository root, in an environment where gutsleep's dependencies are
# installed (py -3.11 -m venv .venv; .venv\Scripts\pip install -e ".[packaging]").
# Leaves dist\gutsleep\gutsleep.exe (windowed, with icon and version resource) and
# dist\gutsleep-<version>-windows-x86_64.zip.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$Python = if ($env:PYTHON) { $env:PYTHON } elseif (Test-Path ".venv\Scripts\python.exe") { ".venv\Scripts\python.exe" } else { "python" }

& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { & $Python -m pip install --quiet "pyinstaller>=6"; if ($LASTEXITCODE -ne 0) { throw "pip failed" } }

$Version = (& $Python packaging\project.py).Trim()
# The spec writes the version resource itself (packaging\windows\version_info.py);
# the .ico is committed and regenerated with: python packaging\make_icons.py
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\gutsleep.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$Exe = "dist\gutsleep\gutsleep.exe"
if (-not (Test-Path $Exe)) { throw "PyInstaller left no $Exe" }
$env:QT_QPA_PLATFORM = "offscreen"
$Data = Join-Path $env:TEMP "gutsleep-self-test"
Remove-Item -Recurse -Force $Data -ErrorAction SilentlyContinue
$Proc = Start-Process -FilePath $Exe -ArgumentList "--data-dir", "`"$Data`"", "--self-test" -Wait -PassThru
if ($Proc.ExitCode -ne 0) { throw "self-test failed with exit code $($Proc.ExitCode)" }
Remove-Item Env:\QT_QPA_PLATFORM

$Zip = "dist\gutsleep-$Version-windows-x86_64.zip"
Remove-Item $Zip -ErrorAction SilentlyContinue
Compress-Archive -Path "dist\gutsleep" -DestinationPath $Zip
Write-Host "built $Exe and $Zip"
