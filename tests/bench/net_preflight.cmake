# Pre-flight benchmark: the SnapshotLoader's wall time against the sandbox with 100 ms latency per
# request, in round trips, against the same reads made one after another. Prints a table.
# ctest runs it (label bench) only in its smoke form: WOD_BENCH_SMOKE=1, the 10-user org once.
add_wod_test(NAME bench_net_preflight
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/net_preflight/bench_net_preflight.cpp
  LIBS wod_test_support wod_net wod_sandbox wod_core Qt6::Network
  LABELS bench
  TIMEOUT 120
  ENV WOD_BENCH_SMOKE=1)
target_include_directories(bench_net_preflight PRIVATE ${CMAKE_CURRENT_LIST_DIR}/support)
