@echo off
rem Runs ACR Console from the source tree on Windows, building it first if it was never built.
rem Needs JAVA_HOME pointing at a JDK 25. The command line is the same as ./acr-console.
setlocal
set "ROOT=%~dp0"
if "%JAVA_HOME%"=="" (
  echo acr-console: set JAVA_HOME to a JDK 25, e.g. set JAVA_HOME=C:\Program Files\Eclipse Adoptium\jdk-25 1>&2
  exit /b 1
)
if not exist "%ROOT%ui\target\acr-console-ui.jar" (
  echo acr-console: building... 1>&2
  call "%ROOT%mvnw.cmd" -q -B -Dmaven.test.skip=true -pl ui -am package 1>&2 || exit /b 1
)
"%JAVA_HOME%\bin\java" @"%ROOT%ui\target\jvm.options" -cp "%ROOT%ui\target\acr-console-ui.jar;%ROOT%ui\target\lib\*" dev.acrconsole.ui.Launcher %*
exit /b %ERRORLEVEL%
