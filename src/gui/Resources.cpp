#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initHooksmithResources()
{
    Q_INIT_RESOURCE(hooksmith);
}

namespace hooksmith {

void initResources()
{
    static const bool done = [] {
        initHooksmithResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace hooksmith
