#include "channelicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {
struct Look
{
    QColor color;
    QString glyph;
};

Look lookOf(Dixa::Channel channel)
{
    switch (channel) {
    case Dixa::Channel::Email:
        return {QColor(0x2f, 0x6f, 0xd6), u"@"_s};
    case Dixa::Channel::ContactForm:
        return {QColor(0x5b, 0x5f, 0xc7), u"F"_s};
    case Dixa::Channel::WidgetChat:
    case Dixa::Channel::Messenger:
        return {QColor(0x14, 0x9c, 0x8c), u"C"_s};
    case Dixa::Channel::PstnPhone:
    case Dixa::Channel::Voicemail:
    case Dixa::Channel::Callback:
        return {QColor(0xd9, 0x7a, 0x10), u"P"_s};
    case Dixa::Channel::Sms:
        return {QColor(0x7a, 0x4f, 0xb8), u"S"_s};
    case Dixa::Channel::WhatsApp:
        return {QColor(0x25, 0x9b, 0x4a), u"W"_s};
    case Dixa::Channel::FacebookMessenger:
        return {QColor(0x1c, 0x6e, 0xe6), u"M"_s};
    case Dixa::Channel::Twitter:
        return {QColor(0x1d, 0x8f, 0xd0), u"T"_s};
    case Dixa::Channel::Unknown:
        break;
    }
    return {QColor(0x80, 0x80, 0x80), u"?"_s};
}

QPixmap draw(const Look &look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath badge;
    badge.addRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), size / 4.0, size / 4.0);
    painter.fillPath(badge, look.color);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qRound(size * 0.62));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, look.glyph);
    return pixmap;
}
} // namespace

QIcon ChannelIcons::icon(Dixa::Channel channel)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(channel));
    if (found != cache.constEnd())
        return *found;
    const Look look = lookOf(channel);
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(draw(look, size));
    cache.insert(int(channel), icon);
    return icon;
}
