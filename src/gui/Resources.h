#pragma once

namespace hooksmith {

/// Registers the icons and the demo workspace (":/hooksmith/..."), which live in the static GUI
/// library. Call once before the first window is created.
void initResources();

} // namespace hooksmith
