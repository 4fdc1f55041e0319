#pragma once

class QAbstractItemView;

namespace hooksmith {

/// Hovering a cell whose text is cut off ("Signed event (S…") shows the whole text, before the tooltip the
/// model gives (if any). Installed once per view.
void installElidedToolTips(QAbstractItemView* view);

} // namespace hooksmith
