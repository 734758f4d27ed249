#pragma once

#include <QStyledItemDelegate>

namespace sstc {

// Draws a text that stands in for a missing translation (FallbackLanguageRole) in grey
// italics with a small tag naming its language ("EN" or "中"), so that an officer sees at a
// glance which titles still need writing in the UI language.
class FallbackTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The tag shown for a language code of FallbackLanguageRole.
    static QString tagFor(const QString &languageCode);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static int tagWidth(const QStyleOptionViewItem &option, const QString &tag);
};

} // namespace sstc
