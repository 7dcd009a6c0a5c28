#pragma once
// The memory guards' verdict (tests/bench/memory_guard.cmake), shared by the headless and the GUI
// guard: prints one "memory guard: ..." line and says whether the peak stays within its bound.
// Under AddressSanitizer (HeapPeak::available()) the live heap's peak is held against a fixed
// part plus a part per user; otherwise the resident peak (VmHWM) against the target, scaled down
// for a smaller organization: target * min(1, floorShare + userShare * users / 100,000).

#include "HeapPeak.h"

#include <QTextStream>
#include <algorithm>

struct MemoryGuard
{
    QString subject;   // "" for the headless client, "GUI " for the window
    double targetMiB;  // the resident target for 100,000 users
    double floorShare; // the share of the target a tiny organization gets
    double userShare;  // the share that grows with the users (floorShare + userShare = 1)
    double fixedMiB;   // the heap budget: fixed part
    double perUserBytes; // the heap budget: part per user

    bool passes(QTextStream &out, int users, double heapPeakBytes, double residentPeakKib) const
    {
        if (HeapPeak::available()) {
            const double value = heapPeakBytes / 1048576.0;
            const double bound = fixedMiB + perUserBytes * users / 1048576.0;
            out << QStringLiteral("memory guard: %1heap peak %2 MiB for %3 users (AddressSanitizer "
                                  "allocator hooks); bound %4 MiB\n")
                       .arg(subject)
                       .arg(value, 0, 'f', 1)
                       .arg(users)
                       .arg(bound, 0, 'f', 1);
            return value <= bound;
        }
        const double value = residentPeakKib / 1024.0;
        const double bound =
            targetMiB * std::min(1.0, floorShare + userShare * users / 100'000.0);
        out << QStringLiteral("memory guard: %1peak resident memory (VmHWM) %2 MiB for %3 users; "
                              "bound %4 MiB (target %5 MiB for 100,000 users)\n")
                   .arg(subject)
                   .arg(value, 0, 'f', 1)
                   .arg(users)
                   .arg(bound, 0, 'f', 1)
                   .arg(targetMiB, 0, 'f', 0);
        return value <= bound;
    }
};
