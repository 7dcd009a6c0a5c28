# UI benchmarks (issue #8): figures printed by programs, not timed tests. ctest runs each (label
# bench) only in its smoke form, WOD_BENCH_SMOKE=1, to prove it still works. Full figures:
#   build-*/tests/bench/bench_ui_run        UI-thread stalls and progress updates/s, 10,000-user run
#   build-*/tests/bench/bench_ui_startup    start-up to the first painted main window vs a bare one
#   build-*/tests/bench/bench_ui_memory     peak memory of the GUI with 100,000 users; search speed
if(NOT TARGET wod_ui OR NOT TARGET webex-sandbox)
  return()
endif()

set(WOD_UI_BENCH_SUPPORT
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/BenchFigures.h
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/BenchSandbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/BenchSandbox.h
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/EventLoopWait.h
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/PreflightWait.h
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/StallProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/StallProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/TracingApplication.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ui_support/TracingApplication.h)

foreach(bench bench_ui_run bench_ui_memory)
  string(REPLACE "bench_ui_" "ui_" folder ${bench})
  add_wod_test(NAME ${bench}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${folder}/${bench}.cpp ${WOD_UI_BENCH_SUPPORT}
    # wod_test_ui_support: the GUI tests' click-by-objectName steps (WizardDriver).
    LIBS wod_test_ui_support Qt6::Network
    LABELS bench
    TIMEOUT 300
    ENV WOD_BENCH_SMOKE=1)
  target_include_directories(${bench} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ui_support
                             ${CMAKE_CURRENT_LIST_DIR}/support)
  target_compile_definitions(${bench} PRIVATE WOD_SANDBOX_PATH="$<TARGET_FILE:webex-sandbox>")
  add_dependencies(${bench} webex-sandbox)
endforeach()

# Start-up: the real executable and a bare QMainWindow, each timed to its first flushed frame by the
# wodpaintprobe generic plugin that the benchmark loads into them through the environment.
if(TARGET webex-org-delete)
  add_executable(bench_ui_bare_window ${CMAKE_CURRENT_LIST_DIR}/ui_startup/bare_window.cpp)
  target_link_libraries(bench_ui_bare_window PRIVATE Qt6::Widgets)
  add_library(wod_paint_probe MODULE ${CMAKE_CURRENT_LIST_DIR}/ui_startup/PaintProbePlugin.cpp
              ${CMAKE_CURRENT_LIST_DIR}/ui_startup/paint_probe.json)
  target_link_libraries(wod_paint_probe PRIVATE Qt6::Widgets)
  set_target_properties(wod_paint_probe PROPERTIES AUTOMOC ON
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/ui_plugins/generic)
  add_wod_test(NAME bench_ui_startup
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/ui_startup/bench_ui_startup.cpp
    LABELS bench
    TIMEOUT 300
    ENV WOD_BENCH_SMOKE=1)
  target_include_directories(bench_ui_startup PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ui_support
                             ${CMAKE_CURRENT_LIST_DIR}/support)
  target_compile_definitions(bench_ui_startup PRIVATE
    WOD_APP_PATH="$<TARGET_FILE:webex-org-delete>"
    WOD_BARE_WINDOW_PATH="$<TARGET_FILE:bench_ui_bare_window>"
    WOD_PAINT_PROBE_DIR="${CMAKE_CURRENT_BINARY_DIR}/ui_plugins")
  add_dependencies(bench_ui_startup webex-org-delete bench_ui_bare_window wod_paint_probe)
endif()
