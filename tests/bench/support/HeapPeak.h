#pragma once
// The most bytes this process held through malloc at once (its live heap's peak), for the memory
// guards (tests/bench/memory_guard.cmake). Resident memory (VmHWM) is what the targets name, but
// under AddressSanitizer, the only configuration CI builds, it is several times larger (redzones,
// the quarantine of freed blocks, shadow memory) and says nothing. The heap peak is the same in
// both builds (the sizes the program asks for), so a guard on it catches, under the sanitizers,
// what makes the resident peak grow: another copy of the user list, a buffer that doubles, JSON
// kept alive. It does not see the allocator's own overhead (freed memory a thread's arena keeps).
//
// Under AddressSanitizer it counts through the sanitizer's allocator hooks; elsewhere it is not
// available (available() false) and the guards use VmHWM against the real targets.
// install() first thing in main(): blocks allocated before it and freed later are not counted.

#include <QtGlobal>

#include <atomic>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WOD_HEAP_PEAK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WOD_HEAP_PEAK_ASAN 1
#endif

#ifdef WOD_HEAP_PEAK_ASAN
#include <cstddef>
// From the sanitizers' allocator interface (clang's sanitizer/allocator_interface.h; GCC 12 ships
// the functions in libasan but not that header).
extern "C" {
size_t __sanitizer_get_allocated_size(const volatile void *p);
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *, size_t),
                                              void (*free_hook)(const volatile void *));
}
#endif

namespace HeapPeak {

inline std::atomic<qint64> &current()
{
    static std::atomic<qint64> bytes{0};
    return bytes;
}

inline std::atomic<qint64> &peak()
{
    static std::atomic<qint64> bytes{0};
    return bytes;
}

#ifdef WOD_HEAP_PEAK_ASAN
inline void onMalloc(const volatile void *, size_t size)
{
    const qint64 now = current().fetch_add(qint64(size), std::memory_order_relaxed) + qint64(size);
    qint64 top = peak().load(std::memory_order_relaxed);
    while (now > top && !peak().compare_exchange_weak(top, now, std::memory_order_relaxed)) {
    }
}

inline void onFree(const volatile void *p)
{
    // Called before the block is released: its size is still known.
    current().fetch_sub(qint64(__sanitizer_get_allocated_size(p)),
                        std::memory_order_relaxed);
}
#endif

inline bool available()
{
#ifdef WOD_HEAP_PEAK_ASAN
    return true;
#else
    return false;
#endif
}

inline void install()
{
#ifdef WOD_HEAP_PEAK_ASAN
    __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree);
#endif
}

inline qint64 peakBytes()
{
    return peak().load();
}

} // namespace HeapPeak
