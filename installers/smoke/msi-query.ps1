# Used by installers/smoke-test.sh on Windows: prints the first column of each row that an SQL
# query over an .msi's tables returns, read through Windows Installer's COM API (late-bound calls:
# the Installer object has no type library PowerShell can bind to).
#   powershell -NoProfile -File msi-query.ps1 -Msi FILE.msi -Query "SELECT Value FROM Property WHERE Property='ProductName'"
param([Parameter(Mandatory = $true)][string]$Msi, [Parameter(Mandatory = $true)][string]$Query)
$ErrorActionPreference = 'Stop'
function Call($target, [string]$name, [System.Reflection.BindingFlags]$kind, [object[]]$arguments) {
    $target.GetType().InvokeMember($name, $kind, $null, $target, $arguments)
}
$installer = New-Object -ComObject WindowsInstaller.Installer
$database = Call $installer 'OpenDatabase' 'InvokeMethod' @($Msi, 0)
$view = Call $database 'OpenView' 'InvokeMethod' @($Query)
Call $view 'Execute' 'InvokeMethod' $null | Out-Null
while ($null -ne ($record = Call $view 'Fetch' 'InvokeMethod' $null)) {
    Call $record 'StringData' 'GetProperty' @(1)
}
Call $view 'Close' 'InvokeMethod' $null | Out-Null
