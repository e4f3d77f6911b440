# Makes the pseudo-locale's po file: msgen copies every English text into its translation,
# msgfilter runs each through the filter (po/pseudo.c), and the header says 'qps' with
# English's plural rule. Run by po/CMakeLists.txt with POT, OUT, MSGEN, MSGFILTER, FILTER.
execute_process(COMMAND ${MSGEN} --no-wrap --output-file=${OUT}.en ${POT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "msgen failed on ${POT}")
endif()
file(READ ${OUT}.en text)
string(REPLACE "#, fuzzy\nmsgid \"\"" "msgid \"\"" text "${text}")
string(REPLACE "\"Language: \\n\"" "\"Language: qps\\n\"" text "${text}")
string(REPLACE "nplurals=INTEGER; plural=EXPRESSION;" "nplurals=2; plural=(n != 1);" text "${text}")
string(REPLACE "YEAR-MO-DA HO:MI+ZONE" "2026-01-01 00:00+0000" text "${text}")
string(REPLACE "FULL NAME <EMAIL@ADDRESS>" "po/pseudo.c <grayarea@users.noreply.example>" text "${text}")
string(REPLACE "LANGUAGE <LL@li.org>" "none" text "${text}")
file(WRITE ${OUT}.en "${text}")
execute_process(COMMAND ${MSGFILTER} --keep-header --no-wrap --input=${OUT}.en --output-file=${OUT} ${FILTER}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "msgfilter failed making ${OUT}")
endif()
