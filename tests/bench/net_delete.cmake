# Deletion benchmark: the DeletionRunner in this process against a standalone webex-sandbox
# process. Prints (1) 10,000 users deleted one by one with 20 ms latency and a 300 requests/s rate
# limit, against the rate-limit floor and a one-request-at-a-time loop, and users lost; (2) the
# same with SCIM Bulk; (3) peak memory (VmHWM) of this client for a 100,000-user org.
# ctest runs it (label bench) only in its smoke form: WOD_BENCH_SMOKE=1 (300 users, 2,000 for
# memory). Full figures: build-*/tests/bench/bench_net_delete
if(TARGET webex-sandbox)
  add_wod_test(NAME bench_net_delete
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/net_delete/bench_net_delete.cpp
            ${CMAKE_CURRENT_SOURCE_DIR}/ui_support/BenchSandbox.cpp
    LIBS wod_test_support wod_net wod_core Qt6::Network
    LABELS bench
    TIMEOUT 300
    ENV WOD_BENCH_SMOKE=1)
  target_compile_definitions(bench_net_delete PRIVATE
    WOD_SANDBOX_PATH="$<TARGET_FILE:webex-sandbox>")
  add_dependencies(bench_net_delete webex-sandbox)
  target_include_directories(bench_net_delete PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support
                             ${CMAKE_CURRENT_SOURCE_DIR}/ui_support)
endif()
