#include "FreeMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wod::net::FreeMemory {

void releaseToSystem()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace wod::net::FreeMemory
