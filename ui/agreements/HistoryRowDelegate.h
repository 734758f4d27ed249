#pragma once

#include "ui/shell/FallbackTextDelegate.h"

namespace sstc {

// Draws the agreement history's rows: milestones (context, not agreements) in grey italics,
// agreements whose validity ends soon on an amber background; titles not yet translated
// tagged with their language.
class HistoryRowDelegate : public FallbackTextDelegate
{
    Q_OBJECT

public:
    using FallbackTextDelegate::FallbackTextDelegate;

    static QColor expiringBackground();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sstc
