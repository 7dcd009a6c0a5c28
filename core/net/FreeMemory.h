#pragma once
// Gives the memory the allocator keeps for reuse back to the system (glibc: malloc_trim, every
// arena). After a large organization's transient work (its pages decoded on the worker, its
// fingerprint), glibc keeps the freed blocks in that thread's arena: the process's resident size
// stays at its peak and the next large allocation (the receipt, ~34 MB for 100,000 users) adds to
// it. Called at such points only (it walks every arena: a few ms). No-op elsewhere.

namespace wod::net::FreeMemory {

void releaseToSystem();

} // namespace wod::net::FreeMemory
