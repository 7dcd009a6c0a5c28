# Core benchmark: load, evaluate and fingerprint a 100,000-user scenario (generatedUsers), printing
# times and peak memory. ctest runs it in smoke mode only (10,000 users) to prove it still works;
# run the full figure by hand: build-*/tests/bench/bench_core
add_wod_test(NAME bench_core SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/bench_core.cpp LIBS wod_core
             LABELS bench TIMEOUT 300 ENV WOD_BENCH_SMOKE=1)
target_include_directories(bench_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/support)
