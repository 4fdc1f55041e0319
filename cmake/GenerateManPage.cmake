# Writes a man page (section 1) for one of Hooksmith's programs from what the program itself prints for
# --help, so that the page cannot drift from the options the program takes.
#   cmake -DPROGRAM=path/to/hooksmith-cli -DNAME=hooksmith-cli -DVERSION=0.1.0 -DOUTPUT=file.1
#         [-DSUBCOMMANDS=ON] [-DSEE_ALSO="hooksmith(1)"] -P GenerateManPage.cmake
# With SUBCOMMANDS, every command listed under "Commands:" gets a section with its own --help.

cmake_minimum_required(VERSION 3.22)

foreach(var PROGRAM NAME VERSION OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateManPage.cmake: ${var} is not set")
    endif()
endforeach()

# The help text must not depend on the machine that builds the page: English, the default folders
# written from the home directory, no display.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{HOOKSMITH_DATA_DIR} "~/.local/share/hooksmith")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(run_help out)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} --help
        OUTPUT_VARIABLE text ERROR_VARIABLE ignored RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${ARGN} --help exited with ${status}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text for roff: backslashes, and lines that would read as requests.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff: indented lines (options, commands, arguments) kept as they are, other lines (the
# descriptions, one long line each) filled by the man reader.
function(format_help out text)
    roff_escape(text "${text}")
    string(ASCII 1 semicolon)
    string(REPLACE ";" "${semicolon}" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(result "")
    set(mode fill)
    foreach(line IN LISTS lines)
        string(REPLACE "${semicolon}" ";" line "${line}")
        if(line STREQUAL "")
            if(mode STREQUAL "nofill")
                string(APPEND result ".fi\n")
                set(mode fill)
            endif()
            string(APPEND result ".PP\n")
        elseif(line MATCHES "^Usage:")
            string(APPEND result "${line}\n.PP\n")
        elseif(line MATCHES "^ ")
            if(mode STREQUAL "fill")
                string(APPEND result ".nf\n")
                set(mode nofill)
            endif()
            string(APPEND result "${line}\n")
        else()
            if(mode STREQUAL "nofill")
                string(APPEND result ".fi\n")
                set(mode fill)
            endif()
            string(APPEND result "${line}\n")
        endif()
    endforeach()
    if(mode STREQUAL "nofill")
        string(APPEND result ".fi\n")
    endif()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

run_help(main_help)
string(REGEX MATCH "Usage: [^\n]*" usage "${main_help}")
string(REGEX REPLACE "^Usage: [^ ]*/" "Usage: " usage "${usage}")
string(REGEX REPLACE "^Usage: " "" usage "${usage}")
string(REGEX REPLACE "^[^ ]+" "${NAME}" usage "${usage}")

# The summary: the first non-empty line after the usage line.
string(REGEX REPLACE "^Usage: [^\n]*\n\n?" "" rest "${main_help}")
string(REGEX MATCH "^[^\n]+" summary "${rest}")
string(REGEX REPLACE "\\.$" "" summary "${summary}")
string(FIND "${rest}" "\n" end_of_summary)
if(end_of_summary EQUAL -1)
    set(body "")
else()
    math(EXPR end_of_summary "${end_of_summary} + 1")
    string(SUBSTRING "${rest}" ${end_of_summary} -1 body)
    string(REGEX REPLACE "^\n+" "" body "${body}")
endif()

roff_escape(e_summary "${summary}")
roff_escape(e_usage "${usage}")
format_help(e_body "${body}")

set(page ".TH \"${NAME}\" \"1\" \"\" \"Hooksmith ${VERSION}\" \"User Commands\"\n")
string(TOUPPER "${NAME}" upper)
string(APPEND page ".SH NAME\n${NAME} \\- ${e_summary}\n")
string(APPEND page ".SH SYNOPSIS\n.nf\n${e_usage}\n.fi\n")
string(APPEND page ".SH DESCRIPTION\n${e_summary}.\n.PP\n${e_body}")

if(SUBCOMMANDS)
    string(REGEX MATCH "Commands:\n(  [^\n]+\n)+" commands "${main_help}")
    string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "${commands}")
    string(APPEND page ".SH COMMANDS\n")
    foreach(entry IN LISTS names)
        string(STRIP "${entry}" command)
        run_help(command_help "${command}")
        format_help(e_command_help "${command_help}")
        string(APPEND page ".SS ${command}\n${e_command_help}")
    endforeach()
endif()

if(DEFINED SEE_ALSO)
    string(APPEND page ".SH SEE ALSO\n${SEE_ALSO}\n")
endif()
string(APPEND page ".PP\nThe documentation is in /usr/share/doc/hooksmith.\n")

file(WRITE "${OUTPUT}" "${page}")
