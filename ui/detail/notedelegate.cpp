#include "notedelegate.h"

#include "items/itemroles.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace {

constexpr int Margin = 8;   // around the card
constexpr int Padding = 10; // inside it
constexpr int LineGap = 4;

QColor mixed(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

NoteDelegate::NoteDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

NoteDelegate::Parts NoteDelegate::partsOf(const QModelIndex &index)
{
    Parts parts;
    parts.author = index.data(ItemRoles::AuthorNameRole).toString();
    const QDateTime created = index.data(ItemRoles::CreatedAtRole).toDateTime();
    if (created.isValid())
        parts.time = QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
    parts.text = index.data(ItemRoles::TextRole).toString().trimmed();
    return parts;
}

int NoteDelegate::textWidth(const QStyleOptionViewItem &option)
{
    // The list lays out one column: the viewport's width, not option.rect's, is what there is.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(80, width - 2 * (Margin + Padding));
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Parts parts = partsOf(index);
    const QFontMetrics header(boldFont(option.font));
    const QFontMetrics body(option.font);
    const int width = textWidth(option);
    const QRect text = body.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, parts.text);
    return {width + 2 * (Margin + Padding),
            Margin + 2 * Padding + header.height() + LineGap + text.height()};
}

void NoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const Parts parts = partsOf(index);
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : mixed(base, text, 0.16),
                         selected ? 2 : 1));
    painter->setBrush(mixed(base, QColor(0xf2, 0xc1, 0x2e), 0.22));
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QRect inner = card.toRect().adjusted(Padding, Padding, -Padding, -Padding);
    const QFont bold = boldFont(option.font);
    const QFontMetrics header(bold);
    painter->setPen(text);
    painter->setFont(bold);
    const QString author = parts.author.isEmpty() ? tr("Unknown author") : parts.author;
    painter->drawText(QRect(inner.topLeft(), QSize(inner.width(), header.height())),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      header.elidedText(author, Qt::ElideRight, inner.width() * 2 / 3));
    painter->setFont(option.font);
    painter->setPen(mixed(text, base, 0.45));
    painter->drawText(QRect(inner.topLeft(), QSize(inner.width(), header.height())),
                      Qt::AlignRight | Qt::AlignVCenter, parts.time);
    painter->setPen(text);
    painter->drawText(inner.adjusted(0, header.height() + LineGap, 0, 0),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, parts.text);
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QPen focus(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
    }
    painter->restore();
}
