# The README's figures table is generated from tests/bench/results.json (tests/bench/run-all.sh);
# this test fails when the table in README.md differs from what the generator gives for the
# committed results file, i.e. when a figure was typed by hand or the results were not committed.
add_test(NAME readme_figures_table
  COMMAND ${CMAKE_COMMAND} -DRESULTS=${PROJECT_SOURCE_DIR}/tests/bench/results.json
          -DREADME=${PROJECT_SOURCE_DIR}/README.md -DMODE=check
          -P ${CMAKE_CURRENT_LIST_DIR}/tools/figures.cmake)
set_tests_properties(readme_figures_table PROPERTIES LABELS "core;docs" TIMEOUT 60)
